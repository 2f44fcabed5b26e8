"""French articles of the news development set (see scripts/make_news_set.py).

Stories S01 S02 S03 S10 S11 S12 (corpus/news/STORIES.md); French writes the
disagreeing figure of S12 (the Informatica deal at $8.5 billion).

The gold spans are written as text; the helpers below turn "the k-th
stand-alone occurrence of this span" into the raw occurrence index that
make_news_set.py expects (a raw index counts "2 milliards d'euros" inside
"12 milliards d'euros" too), and list every mention of each entity name.
"""
from rows_es_fr import B, M, article, gpus, money

ARTICLES = [
    # ------------------------------------------------------------------ S01
    article(
        "news-fr-S01", "lechodeseco.example", "tech/mistral-ai-leve-2-milliards-euros-asml",
        "2026-09-09",
        "Mistral AI lève 2 milliards d'euros, ASML en chef de file",
        "Paris, le 9 septembre 2026 – Par Claire Dumont",
        [
            "La pépite française de l'intelligence artificielle a bouclé une levée de fonds "
            "de série D de 2 milliards d'euros (environ 2,3 milliards de dollars), a annoncé "
            "mercredi Mistral AI. L'opération valorise la start-up à 14 milliards d'euros, selon "
            "un communiqué de la société.",

            "Le néerlandais ASML, fabricant des machines de lithographie indispensables à "
            "l'industrie des puces, apporterait à lui seul 1,3 milliard d'euros et deviendrait "
            "ainsi le premier actionnaire de la jeune pousse, d'après des personnes proches du "
            "dossier. Le groupe d'Eindhoven n'a pas souhaité commenter le montant.",

            "La valorisation de Mistral a ainsi plus que doublé en deux ans. En 2024, "
            "l'entreprise fondée par d'anciens chercheurs de Google DeepMind et de Meta avait "
            "levé 600 millions d'euros.",

            "« Cette levée nous donne les moyens de rester indépendants et de bâtir une "
            "infrastructure de calcul européenne », a déclaré Arthur Mensch, directeur général "
            "et cofondateur de Mistral AI. La société compte consacrer une large part des fonds "
            "à ses propres centres de données en Essonne.",

            "L'écart avec les géants américains reste considérable : OpenAI aurait été valorisé "
            "500 milliards de dollars lors de sa dernière opération, selon la presse américaine.",
        ],
        "Recevez chaque matin notre lettre Tech & Finance : inscrivez-vous gratuitement.",
        [("Mistral AI", "mistral", "org"), ("Mistral", "mistral", "org"),
         ("ASML", "asml", "org"), ("Google DeepMind", "google-deepmind", "org"),
         ("Meta", "meta", "org"), ("Arthur Mensch", "arthur-mensch", "person"),
         ("OpenAI", "openai", "org")],
        [
            money("2 milliards d'euros", 2 * B, "EUR", "exact", "funding", "mistral",
                  "S01 mistral funding"),
            money("2 milliards d'euros", 2 * B, "EUR", "exact", "funding", "mistral",
                  "S01 mistral funding", att="mistral"),
            money("2,3 milliards de dollars", 2.3 * B, "USD", "approx", "funding", "mistral",
                  "S01 mistral funding", att="mistral", cluster="S01 mistral funding|USD"),
            money("14 milliards d'euros", 14 * B, "EUR", "exact", "valuation", "mistral",
                  "S01 mistral valuation", att="mistral"),
            money("1,3 milliard d'euros", 1.3 * B, "EUR", "exact", "investment", "asml",
                  "S01 asml investment", hedge="reportedly"),
            money("600 millions d'euros", 600 * M, "EUR", "exact", "funding", "mistral",
                  "S01 mistral funding 2024", period="2024"),
            money("500 milliards de dollars", 500 * B, "USD", "exact", "valuation", "openai",
                  "S01 openai valuation", hedge="reportedly"),
        ],
    ),
    # ------------------------------------------------------------------ S02
    article(
        "news-fr-S02", "capitaltech.example", "semi-conducteurs/tsmc-resultats-troisieme-trimestre-2026",
        "2026-10-16",
        "TSMC : un bénéfice net de 452 milliards de dollars taïwanais au troisième trimestre",
        "Hsinchu (Taïwan), 16 octobre 2026 – Capital Tech, avec agences",
        [
            "Le fondeur taïwanais TSMC, premier fabricant mondial de semi-conducteurs sous "
            "contrat, a publié jeudi des résultats supérieurs aux attentes, toujours porté par "
            "la demande de puces destinées à l'intelligence artificielle.",

            "Au troisième trimestre 2026, le chiffre d'affaires de TSMC a atteint 1 050 milliards "
            "de dollars taïwanais, soit 33,1 milliards de dollars américains, contre 759,7 milliards "
            "de dollars taïwanais un an plus tôt. Le bénéfice net s'est établi à 452 milliards de "
            "dollars taïwanais, a indiqué le groupe, soit 17,43 dollars taïwanais par action.",

            "Le fabricant, qui grave notamment les processeurs d'Apple et les accélérateurs de "
            "Nvidia, a relevé son enveloppe d'investissements pour l'ensemble de l'année : ses "
            "dépenses d'investissement devraient atteindre 42 milliards de dollars en 2026.",

            "« La demande liée à l'IA reste extrêmement forte et nous ne voyons pas de "
            "ralentissement », a déclaré C.C. Wei, le président-directeur général de l'entreprise, "
            "lors de la conférence téléphonique avec les analystes. Selon lui, la société "
            "continuera d'étendre ses capacités en Arizona, au Japon et en Allemagne.",

            "À la Bourse de Taïwan, l'action a gagné 2,1 % dans la foulée de la publication.",
        ],
        "© 2026 Capital Tech – Tous droits réservés.",
        [("TSMC", "tsmc", "org"), ("Apple", "apple", "org"), ("Nvidia", "nvidia", "org"),
         ("C.C. Wei", "c-c-wei", "person")],
        [
            money("452 milliards de dollars taïwanais", 452 * B, "TWD", "exact", "profit", "tsmc",
                  "S02 tsmc profit q3", period="2026-Q3"),
            money("1 050 milliards de dollars taïwanais", 1050 * B, "TWD", "exact", "revenue", "tsmc",
                  "S02 tsmc revenue q3", att="tsmc", period="2026-Q3"),
            money("33,1 milliards de dollars américains", 33.1 * B, "USD", "exact", "revenue", "tsmc",
                  "S02 tsmc revenue q3", att="tsmc", period="2026-Q3",
                  cluster="S02 tsmc revenue q3|USD"),
            money("759,7 milliards de dollars taïwanais", 759.7 * B, "TWD", "exact", "revenue", "tsmc",
                  "S02 tsmc revenue 2025-Q3", att="tsmc", period="2025-Q3"),
            money("452 milliards de dollars taïwanais", 452 * B, "TWD", "exact", "profit", "tsmc",
                  "S02 tsmc profit q3", att="tsmc", period="2026-Q3"),
            money("17,43 dollars taïwanais", 17.43, "TWD", "exact", "profit", "tsmc",
                  "S02 tsmc eps q3", att="tsmc", period="2026-Q3", per="share"),
            money("42 milliards de dollars", 42 * B, "USD", "exact", "capex", "tsmc",
                  "S02 tsmc capex 2026", att="tsmc", hedge="expected", period="2026"),
        ],
    ),
    # ------------------------------------------------------------------ S03
    article(
        "news-fr-S03", "lejournaldunumerique.example", "regulation/bruxelles-amende-microsoft-copilot-office",
        "2026-06-24",
        "Copilot : Bruxelles inflige une amende de 1,1 milliard d'euros à Microsoft",
        "Bruxelles, 24 juin 2026 – Par Sophie Lambert, Le Journal du Numérique",
        [
            "La Commission européenne a condamné mercredi Microsoft à une amende de 1,08 milliard "
            "d'euros (environ 1,2 milliard de dollars) pour avoir lié son assistant d'intelligence "
            "artificielle Copilot à sa suite bureautique Office, au détriment de ses concurrents.",

            "Il s'agit de la sanction la plus lourde prononcée par l'exécutif européen pour abus "
            "de position dominante depuis l'amende de 4,34 milliards d'euros infligée à Google en "
            "2018 dans l'affaire Android.",

            "« Les entreprises dominantes ne peuvent pas utiliser leur puissance sur un marché "
            "pour verrouiller le suivant », a déclaré Teresa Ribera, vice-présidente exécutive "
            "chargée de la concurrence. Le groupe de Redmond dispose de 90 jours pour proposer "
            "des remèdes, faute de quoi il s'exposera à des astreintes.",

            "Rapportée aux comptes de l'éditeur, la somme reste modeste : Microsoft a réalisé un "
            "chiffre d'affaires de 245 milliards de dollars lors de son exercice 2024. Le groupe "
            "a fait savoir qu'il contesterait la décision devant le Tribunal de l'Union "
            "européenne.",

            "Selon des juristes interrogés, la procédure d'appel pourrait durer plusieurs années.",
        ],
        "Abonnez-vous à notre newsletter Régulation & Tech pour ne rien manquer.",
        [("Commission européenne", "european-commission", "org"),
         ("Bruxelles", "european-commission", "org", (1,)),  # 1: the dateline (the city)
         ("Microsoft", "microsoft", "org"), ("Google", "google", "org"),
         ("Teresa Ribera", "teresa-ribera", "person"),
         ("Tribunal de l'Union européenne", "general-court", "org")],
        [
            money("1,1 milliard d'euros", 1.1 * B, "EUR", "exact", "fine", "microsoft",
                  "S03 microsoft fine", att="european-commission"),
            money("1,08 milliard d'euros", 1.08 * B, "EUR", "exact", "fine", "microsoft",
                  "S03 microsoft fine", att="european-commission"),
            money("1,2 milliard de dollars", 1.2 * B, "USD", "approx", "fine", "microsoft",
                  "S03 microsoft fine", att="european-commission", cluster="S03 microsoft fine|USD"),
            money("4,34 milliards d'euros", 4.34 * B, "EUR", "exact", "fine", "google",
                  "S03 google fine 2018", period="2018"),
            money("245 milliards de dollars", 245 * B, "USD", "exact", "revenue", "microsoft",
                  "S03 microsoft revenue FY2024", period="FY2024"),
        ],
    ),
    # ------------------------------------------------------------------ S10
    article(
        "news-fr-S10", "lechodeseco.example", "tech/openai-oracle-contrat-300-milliards-cloud",
        "2026-07-15",
        "OpenAI va acheter pour 300 milliards de dollars de calcul à Oracle",
        "San Francisco, le 15 juillet 2026 – De notre correspondant Julien Marchal",
        [
            "OpenAI, l'éditeur de ChatGPT, s'est engagé à acheter à Oracle pour 300 milliards de "
            "dollars (environ 257 milliards d'euros) de puissance de calcul sur environ cinq ans, "
            "selon des personnes au fait du dossier citées par le Wall Street Journal. Il "
            "s'agirait de l'un des plus gros contrats de l'histoire du cloud.",

            "Le montant représente environ 60 milliards de dollars par an, soit davantage que le "
            "chiffre d'affaires annuel actuel du groupe texan. Oracle devra construire plusieurs "
            "centres de données d'une puissance totale de 4,5 gigawatts pour honorer la commande.",

            "L'action Oracle a bondi de 30 % mercredi à Wall Street, et la capitalisation boursière "
            "du groupe de Larry Ellison a gagné près de 190 milliards de dollars en une seule "
            "séance.",

            "« Nous avons besoin de beaucoup plus de calcul que ce que nous imaginions il y a "
            "encore un an », a déclaré Sam Altman, le directeur général d'OpenAI. La start-up, "
            "dont le chiffre d'affaires est estimé à 13 milliards de dollars en 2025, reste "
            "déficitaire et devra lever des fonds considérables pour tenir ses engagements.",
        ],
        "© 2026 L'Écho de l'Éco. Reproduction interdite sans autorisation.",
        [("OpenAI", "openai", "org"), ("Oracle", "oracle", "org"),
         ("Wall Street Journal", "wall-street-journal", "org"),
         ("Larry Ellison", "larry-ellison", "person"), ("Sam Altman", "sam-altman", "person")],
        [
            money("300 milliards de dollars", 300 * B, "USD", "exact", "order_value", "oracle",
                  "S10 oracle openai contract"),
            money("300 milliards de dollars", 300 * B, "USD", "exact", "order_value", "oracle",
                  "S10 oracle openai contract", att="wall-street-journal", hedge="reportedly"),
            money("257 milliards d'euros", 257 * B, "EUR", "approx", "order_value", "oracle",
                  "S10 oracle openai contract", att="wall-street-journal", hedge="reportedly",
                  cluster="S10 oracle openai contract|EUR"),
            money("60 milliards de dollars", 60 * B, "USD", "approx", "order_value", "oracle",
                  "S10 oracle openai contract per year", per="year"),
            money("190 milliards de dollars", 190 * B, "USD", "approx", "market_cap_change", "oracle",
                  "S10 oracle market cap change"),
            money("13 milliards de dollars", 13 * B, "USD", "exact", "revenue", "openai",
                  "S10 openai revenue 2025", hedge="estimated", period="2025"),
        ],
    ),
    # ------------------------------------------------------------------ S11
    article(
        "news-fr-S11", "capitaltech.example", "ia/humain-arabie-saoudite-18000-puces-nvidia",
        "2026-05-13",
        "IA : l'Arabie saoudite s'offre 18 000 puces Nvidia",
        "Riyad, 13 mai 2026 – Capital Tech",
        [
            "Humain, la société d'intelligence artificielle lancée par le fonds souverain saoudien "
            "PIF, va acquérir 18 000 puces GB300 de Nvidia, a annoncé mercredi Jensen Huang, le "
            "patron du géant américain, lors d'un forum d'investissement organisé à Riyad.",

            "Ces processeurs équiperont un premier centre de données d'une capacité de "
            "500 mégawatts, a précisé Tareq Amin, le directeur général de Humain. « Nous voulons "
            "devenir le troisième pôle mondial de l'IA, après les États-Unis et la Chine », "
            "a-t-il déclaré.",

            "La société saoudienne a également conclu avec AMD un partenariat de 10 milliards de "
            "dollars (environ 8,9 milliards d'euros) pour déployer sur cinq ans des puces du "
            "principal concurrent de Nvidia.",

            "Le montant de la commande passée à Nvidia n'a pas été dévoilé. Les analystes "
            "estiment toutefois le prix d'une GB300 à quelque 65 000 dollars pièce.",
        ],
        "Suivez l'actualité de l'IA et des semi-conducteurs avec notre lettre hebdomadaire.",
        [("Humain", "humain", "org"), ("PIF", "public-investment-fund", "org"), ("Nvidia", "nvidia", "org"),
         ("GB300", "GB300", "accelerator"), ("Jensen Huang", "jensen-huang", "person"),
         ("Tareq Amin", "tareq-amin", "person"), ("AMD", "amd", "org")],
        [
            gpus("18 000 puces", 18000, None, "exact", "humain", "S11 humain gb300"),
            gpus("18 000 puces GB300", 18000, "GB300", "exact", "humain", "S11 humain gb300",
                 att="jensen-huang"),
            money("10 milliards de dollars", 10 * B, "USD", "exact", "investment", "humain",
                  "S11 humain amd deal"),
            money("8,9 milliards d'euros", 8.9 * B, "EUR", "approx", "investment", "humain",
                  "S11 humain amd deal", cluster="S11 humain amd deal|EUR"),
            money("65 000 dollars", 65000, "USD", "approx", "price_per_unit", "GB300",
                  "S11 gb300 unit price", hedge="estimated", per="unit"),
        ],
    ),
    # ------------------------------------------------------------------ S12
    article(
        "news-fr-S12", "lejournaldunumerique.example", "logiciels/salesforce-rachete-informatica",
        "2026-05-28",
        "Salesforce met 8,5 milliards de dollars sur la table pour s'offrir Informatica",
        "San Francisco, 27 mai 2026 – Le Journal du Numérique",
        [
            "Le géant américain des logiciels de gestion de la relation client Salesforce a "
            "annoncé mercredi le rachat d'Informatica, spécialiste de la gestion des données, pour "
            "8,5 milliards de dollars. Salesforce paiera 25 dollars par action (environ 22 euros) "
            "en numéraire, soit une prime d'environ 30 % sur le dernier cours de clôture.",

            "Informatica, qui a réalisé un chiffre d'affaires annuel de 1,6 milliard de dollars, "
            "doit permettre à Salesforce de mieux alimenter ses agents d'IA avec les données de "
            "ses clients. « Les données sont le carburant de l'IA agentique », a déclaré "
            "Marc Benioff, PDG et cofondateur de Salesforce.",

            "Les deux groupes avaient déjà discuté d'un rapprochement en 2024, mais les "
            "négociations avaient achoppé sur le prix, selon la presse américaine. Salesforce "
            "avait déboursé 27,7 milliards de dollars pour racheter Slack en 2021, ce qui reste "
            "son acquisition la plus coûteuse.",

            "L'opération, qui doit être finalisée début 2027, reste soumise au feu vert des "
            "autorités de la concurrence et des actionnaires de la cible. La société de Redwood "
            "City emploie environ 5 000 personnes.",
        ],
        "© 2026 Le Journal du Numérique – Recevez nos alertes marchés.",
        [("Salesforce", "salesforce", "org"), ("Informatica", "informatica", "org"),
         ("Marc Benioff", "marc-benioff", "person"), ("Slack", "slack", "org")],
        [
            money("8,5 milliards de dollars", 8.5 * B, "USD", "exact", "deal_value", "salesforce",
                  "S12 salesforce informatica deal", cluster="S12 salesforce informatica deal B"),
            money("8,5 milliards de dollars", 8.5 * B, "USD", "exact", "deal_value", "salesforce",
                  "S12 salesforce informatica deal", att="salesforce",
                  cluster="S12 salesforce informatica deal B"),
            money("25 dollars", 25, "USD", "exact", "price_per_unit", "salesforce",
                  "S12 informatica share price", att="salesforce", per="share"),
            money("22 euros", 22, "EUR", "approx", "price_per_unit", "salesforce",
                  "S12 informatica share price", att="salesforce", per="share",
                  cluster="S12 informatica share price|EUR"),
            money("1,6 milliard de dollars", 1.6 * B, "USD", "exact", "revenue", "informatica",
                  "S12 informatica revenue", per="year"),  # "chiffre d'affaires annuel"
            money("27,7 milliards de dollars", 27.7 * B, "USD", "exact", "deal_value", "salesforce",
                  "S12 salesforce slack deal 2021", period="2021"),
        ],
    ),
]
