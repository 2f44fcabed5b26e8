"""German articles of the news development set (see scripts/make_news_set.py).

Stories S01 S02 S09 S10 S11 S12 (corpus/news/STORIES.md); German writes the
disagreeing figure of S11 (Humain buying 20,000 GB300 chips).

Each figure is written once as money(...) or gpus(...): it gives both the
mention and its claim. Spans are written as text; the k-th figure with a
given span is that span's k-th stand-alone occurrence (not inside a longer
number), turned here into the raw occurrence index make_news_set.py expects.
Entity mentions come from a list of names per article (longest first); a
German genitive "s" ("Nvidias", "Mistrals") is left outside the name.
"""
from rows_en_de import ACC, B, M, ORG, PER, T, article, gpus, money

ARTICLES = [
    # ------------------------------------------------------------------ S01
    article(
        "news-de-S01", "marktecho.example", "tech/mistral-ai-finanzierungsrunde-asml", "2026-09-09",
        "Mistral AI sammelt 2 Milliarden Euro ein – ASML wird größter Anteilseigner",
        "Paris, 09.09.2026 – Von Katrin Albers",
        [
            "Mistral AI hat in einer Finanzierungsrunde der Serie D 2 Mrd. Euro (rund 2,3 Mrd. "
            "US-Dollar) eingesammelt, wie das französische KI-Start-up am Mittwoch in Paris "
            "mitteilte. Die Runde bewertet das Unternehmen mit 14 Mrd. Euro.",

            "Größter Einzelinvestor ist der niederländische Chipausrüster ASML, der 1,3 Mrd. Euro "
            "beisteuert. Der Konzern aus Veldhoven wird damit größter Anteilseigner von Mistral und "
            "soll nach Informationen aus Unternehmenskreisen einen Sitz in einem neuen Strategiegremium "
            "erhalten.",

            "Mistrals Bewertung hat sich damit binnen gut zwei Jahren mehr als verdoppelt. Bei der "
            "vorigen Runde im Juni 2024 hatte das Unternehmen 600 Mio. Euro eingeworben und war mit "
            "rund 5,8 Mrd. Euro bewertet worden.",

            "\u201eDieses Kapital erlaubt uns, unabhängig zu bleiben und in Europa die "
            "Recheninfrastruktur aufzubauen, die unsere Kunden brauchen\u201c, sagte Mistral-Chef "
            "Arthur Mensch. Ein großer Teil des Geldes soll in eigene Rechenzentren südlich von Paris "
            "fließen.",

            "Der Abstand zu den US-Konkurrenten bleibt dennoch groß: Der ChatGPT-Anbieter OpenAI soll "
            "bei seiner jüngsten Transaktion mit 500 Mrd. Dollar bewertet worden sein. Auch das "
            "Heidelberger Start-up Aleph Alpha, einst als deutsche Antwort gefeiert, hatte 2023 nur "
            "rund 500 Mio. Dollar eingeworben.",
        ],
        "Den Newsletter \u201eMarktecho Tech\u201c können Sie hier kostenlos abonnieren.",
        [("Mistral AI", "mistral", ORG), ("Mistral", "mistral", ORG), ("ASML", "asml", ORG),
         ("Arthur Mensch", "arthur-mensch", PER), ("OpenAI", "openai", ORG),
         ("Aleph Alpha", "aleph-alpha", ORG)],
        [
            money("2 Milliarden Euro", 2 * B, "EUR", "exact", "funding", "mistral", "S01 mistral funding"),
            money("2 Mrd. Euro", 2 * B, "EUR", "exact", "funding", "mistral", "S01 mistral funding",
                  att="mistral"),
            money("2,3 Mrd. US-Dollar", 2.3 * B, "USD", "approx", "funding", "mistral",
                  "S01 mistral funding", att="mistral", cluster="S01 mistral funding|USD"),
            money("14 Mrd. Euro", 14 * B, "EUR", "exact", "valuation", "mistral", "S01 mistral valuation"),
            money("1,3 Mrd. Euro", 1.3 * B, "EUR", "exact", "investment", "asml", "S01 asml investment"),
            money("600 Mio. Euro", 600 * M, "EUR", "exact", "funding", "mistral",
                  "S01 mistral funding 2024", period="2024"),
            money("5,8 Mrd. Euro", 5.8 * B, "EUR", "approx", "valuation", "mistral",
                  "S01 mistral valuation 2024", period="2024"),
            money("500 Mrd. Dollar", 500 * B, "USD", "exact", "valuation", "openai", "S01 openai valuation",
                  hedge="reportedly"),
            money("500 Mio. Dollar", 500 * M, "USD", "approx", "funding", "aleph-alpha",
                  "S01 aleph-alpha funding 2023", period="2023"),
        ],
    ),
    # ------------------------------------------------------------------ S02
    article(
        "news-de-S02", "chipwoche.example", "halbleiter/tsmc-drittes-quartal-2026-rekordgewinn", "2026-10-16",
        "TSMC steigert Quartalsgewinn auf 452 Milliarden Taiwan-Dollar",
        "Hsinchu, 16. Oktober 2026 – Von Jens Hartmann",
        [
            "Der weltgrößte Auftragsfertiger von Halbleitern profitiert weiter vom KI-Boom: TSMC hat im "
            "dritten Quartal 2026 einen Umsatz von 1,05 Billionen Taiwan-Dollar (umgerechnet 33,1 "
            "Milliarden US-Dollar) erzielt, wie der Konzern am Donnerstag mitteilte. Das entspricht "
            "einem Plus von gut 30 Prozent zum Vorjahreszeitraum.",

            "Der Nettogewinn kletterte im selben Zeitraum auf 452 Milliarden Taiwan-Dollar. Analysten "
            "hatten laut dem Datenanbieter LSEG im Schnitt mit 437 Milliarden gerechnet.",

            "Für das Gesamtjahr 2026 stellt TSMC weiterhin Investitionen zwischen 40 und 42 Milliarden "
            "US-Dollar in Aussicht. \u201eDie Nachfrage nach KI-Rechenleistung bleibt außerordentlich "
            "stark und wird auch im kommenden Jahr weiter wachsen\u201c, sagte Konzernchef C.C. Wei in "
            "einer Telefonkonferenz mit Analysten.",

            "Zu den wichtigsten Kunden des Chipherstellers zählen Apple und Nvidia, dessen "
            "KI-Beschleuniger fast ausschließlich in Taiwan gefertigt werden. Ganz anders sieht es beim "
            "Rivalen Intel aus: Dessen Auftragsfertigung hatte zuletzt einen Quartalsverlust von 2,3 "
            "Milliarden Dollar ausgewiesen.",

            "Die Aktie des Unternehmens legte in Taipeh um 1,8 Prozent auf 1.465 Taiwan-Dollar zu.",
        ],
        "\u00a9 2026 Chipwoche \u2013 Alle Rechte vorbehalten.",
        [("TSMC", "tsmc", ORG), ("LSEG", "lseg", ORG), ("C.C. Wei", "c-c-wei", PER),
         ("Apple", "apple", ORG), ("Nvidia", "nvidia", ORG), ("Intel", "intel", ORG)],
        [
            money("452 Milliarden Taiwan-Dollar", 452 * B, "TWD", "exact", "profit", "tsmc",
                  "S02 tsmc profit q3"),
            money("1,05 Billionen Taiwan-Dollar", 1.05 * T, "TWD", "exact", "revenue", "tsmc",
                  "S02 tsmc revenue q3", att="tsmc", period="2026-Q3"),
            money("33,1 Milliarden US-Dollar", 33.1 * B, "USD", "exact", "revenue", "tsmc",
                  "S02 tsmc revenue q3", att="tsmc", period="2026-Q3", cluster="S02 tsmc revenue q3|USD"),
            money("452 Milliarden Taiwan-Dollar", 452 * B, "TWD", "exact", "profit", "tsmc",
                  "S02 tsmc profit q3", period="2026-Q3"),
            money("437 Milliarden", 437 * B, "TWD", "exact", "profit", "tsmc",
                  "S02 tsmc profit q3 consensus", att="lseg", hedge="expected"),
            money("40", 40 * B, "USD", "exact", "capex", "tsmc", "S02 tsmc capex 2026", hedge="expected",
                  period="2026", cluster="S02 tsmc capex 2026 low"),
            money("42 Milliarden US-Dollar", 42 * B, "USD", "exact", "capex", "tsmc",
                  "S02 tsmc capex 2026", hedge="expected", period="2026"),
            money("2,3 Milliarden Dollar", 2.3 * B, "USD", "exact", "loss", "intel",
                  "S02 intel foundry loss", att="intel"),
            money("1.465 Taiwan-Dollar", 1465, "TWD", "exact", "price_per_unit", "tsmc",
                  "S02 tsmc share price", per="share"),
        ],
    ),
    # ------------------------------------------------------------------ S09
    article(
        "news-de-S09", "finanzkurier.example", "unternehmen/sk-hynix-quartalszahlen-hbm", "2026-10-23",
        "SK Hynix verdient dank KI-Boom 11,4 Billionen Won",
        "Seoul, 23. Oktober 2026 – Von Felix Brandt",
        [
            "Der südkoreanische Speicherchiphersteller SK Hynix hat im dritten Quartal 2026 einen "
            "Rekordbetriebsgewinn von 11,4 Billionen Won (rund 8 Mrd. Dollar) erzielt, wie das "
            "Unternehmen am Donnerstag mitteilte.",

            "Der Umsatz stieg im Zeitraum Juli bis September auf 24,4 Billionen Won, nach 17,6 "
            "Billionen Won im Vorjahresquartal. Analysten hatten laut einer Umfrage des Finanzdienstes "
            "Yonhap Infomax mit einem operativen Gewinn von rund 10,9 Billionen Won gerechnet.",

            "Getrieben wird das Geschäft vor allem von Hochleistungsspeichern (HBM), die SK Hynix an "
            "Nvidia für dessen KI-Beschleuniger liefert. \u201eUnsere HBM-Produktion für das kommende Jahr "
            "ist bereits weitgehend ausverkauft\u201c, sagte Vorstandschef Kwak Noh-jung in einer "
            "Telefonkonferenz mit Analysten.",

            "Der größere Rivale Samsung Electronics, der ebenfalls um Nvidias Aufträge wirbt, hatte "
            "Anfang Oktober einen vorläufigen operativen Gewinn von 4,7 Billionen Won für das dritte "
            "Quartal gemeldet.",

            "Die Aktie von SK Hynix legte in Seoul um 3,2 Prozent zu. Der Börsenwert des Konzerns liegt "
            "damit bei rund 400 Billionen Won.",
        ],
        "Mehr aus der Chipbranche lesen Sie jeden Morgen in unserem Newsletter \u201eFinanzkurier Tech\u201c.",
        [("SK Hynix", "sk-hynix", ORG), ("Yonhap Infomax", "yonhap-infomax", ORG),
         ("Nvidia", "nvidia", ORG), ("Kwak Noh-jung", "kwak-noh-jung", PER),
         ("Samsung Electronics", "samsung", ORG)],
        [
            money("11,4 Billionen Won", 11.4 * T, "KRW", "exact", "operating_profit", "sk-hynix",
                  "S09 skhynix operating profit q3"),
            money("11,4 Billionen Won", 11.4 * T, "KRW", "exact", "operating_profit", "sk-hynix",
                  "S09 skhynix operating profit q3", att="sk-hynix", period="2026-Q3"),
            money("8 Mrd. Dollar", 8 * B, "USD", "approx", "operating_profit", "sk-hynix",
                  "S09 skhynix operating profit q3", att="sk-hynix", period="2026-Q3",
                  cluster="S09 skhynix operating profit q3|USD"),
            money("24,4 Billionen Won", 24.4 * T, "KRW", "exact", "revenue", "sk-hynix",
                  "S09 skhynix revenue q3", period="2026-Q3"),
            money("17,6 Billionen Won", 17.6 * T, "KRW", "exact", "revenue", "sk-hynix",
                  "S09 skhynix revenue 2025-Q3", period="2025-Q3"),
            money("10,9 Billionen Won", 10.9 * T, "KRW", "approx", "operating_profit", "sk-hynix",
                  "S09 skhynix operating profit q3 consensus", att="yonhap-infomax", hedge="expected"),
            money("4,7 Billionen Won", 4.7 * T, "KRW", "exact", "operating_profit", "samsung",
                  "S04 samsung operating profit q3", att="samsung", period="2026-Q3"),
            money("400 Billionen Won", 400 * T, "KRW", "approx", "market_value", "sk-hynix",
                  "S09 skhynix market value"),
        ],
    ),
    # ------------------------------------------------------------------ S10
    article(
        "news-de-S10", "marktecho.example", "tech/openai-oracle-cloud-vertrag-300-milliarden", "2026-07-15",
        "Oracle angelt sich Cloud-Auftrag von OpenAI über 300 Milliarden Dollar",
        "Frankfurt, 15.07.2026 – Von Lena Vogt",
        [
            "Der ChatGPT-Entwickler OpenAI will beim Softwarekonzern Oracle über rund fünf Jahre "
            "Rechenleistung für 300 Mrd. Dollar (etwa 258 Mrd. Euro) einkaufen. Das berichtet das "
            "\u201eWall Street Journal\u201c unter Berufung auf informierte Kreise.",

            "Pro Jahr entspräche das im Schnitt etwa 60 Mrd. Dollar. Es wäre einer der größten "
            "Cloud-Verträge, die je abgeschlossen wurden. Oracle selbst wollte den Kunden nicht nennen.",

            "An der Börse löste der Bericht ein Kursfeuerwerk aus: Die Oracle-Aktie schoss um 30 Prozent "
            "nach oben, der Börsenwert des Konzerns stieg an einem Tag um mehr als 200 Mrd. Dollar. "
            "Gründer Larry Ellison wurde zeitweise zum reichsten Menschen der Welt. \u201eDie Nachfrage "
            "nach Rechenkapazität für KI ist beispiellos\u201c, sagte Ellison vor Analysten.",

            "Für OpenAI ist der Vertrag eine Wette auf weiteres Wachstum. Der Umsatz des Unternehmens "
            "soll sich im laufenden Jahr auf rund 13 Mrd. Dollar belaufen. OpenAI-Chef Sam Altman hat "
            "Investitionen von insgesamt 1,4 Billionen Dollar in Rechenzentren angekündigt, die sich "
            "über acht Jahre verteilen sollen.",
        ],
        "\u00a9 2026 Marktecho \u2013 Alle Rechte vorbehalten.",
        [("OpenAI", "openai", ORG), ("Oracle", "oracle", ORG),
         ("Wall Street Journal", "wall-street-journal", ORG), ("Larry Ellison", "larry-ellison", PER),
         ("Ellison", "larry-ellison", PER), ("Sam Altman", "sam-altman", PER)],
        [
            money("300 Milliarden Dollar", 300 * B, "USD", "exact", "order_value", "oracle",
                  "S10 oracle openai contract"),
            money("300 Mrd. Dollar", 300 * B, "USD", "exact", "order_value", "oracle",
                  "S10 oracle openai contract", att="wall-street-journal", hedge="reportedly"),
            money("258 Mrd. Euro", 258 * B, "EUR", "approx", "order_value", "oracle",
                  "S10 oracle openai contract", att="wall-street-journal", hedge="reportedly",
                  cluster="S10 oracle openai contract|EUR"),
            money("60 Mrd. Dollar", 60 * B, "USD", "approx", "order_value", "oracle",
                  "S10 oracle openai contract per year", per="year"),
            money("200 Mrd. Dollar", 200 * B, "USD", "over", "market_cap_change", "oracle",
                  "S10 oracle market cap change"),
            money("13 Mrd. Dollar", 13 * B, "USD", "approx", "revenue", "openai", "S10 openai revenue 2026",
                  hedge="reportedly", period="2026"),
            money("1,4 Billionen Dollar", 1.4 * T, "USD", "exact", "investment", "openai",
                  "S10 openai infrastructure spending", att="sam-altman", scope="total"),
        ],
    ),
    # ------------------------------------------------------------------ S11 (disagreeing: 20,000 GB300)
    article(
        "news-de-S11", "chipwoche.example", "ki/humain-nvidia-gb300-bestellung", "2026-05-13",
        "Humain kauft 20.000 GB300-Chips von Nvidia",
        "Riad, 13.05.2026 – Von Tobias Reuter",
        [
            "Der saudi-arabische KI-Konzern Humain kauft bei Nvidia 20.000 Hochleistungschips vom Typ "
            "GB300, wie beide Unternehmen am Dienstag mitteilten. Die Beschleuniger sollen in einem "
            "Rechenzentrumskomplex mit einer Leistung von 500 Megawatt zum Einsatz kommen.",

            "Humain gehört dem saudischen Staatsfonds PIF und wird von Tareq Amin geführt, dem früheren "
            "Chef von Aramco Digital. Zugleich vereinbarte das Unternehmen mit dem US-Chipentwickler AMD "
            "eine Partnerschaft im Volumen von 10 Milliarden Dollar.",

            "\u201eSaudi-Arabien wird eines der großen KI-Zentren der Welt\u201c, sagte Nvidia-Chef Jensen "
            "Huang auf einem Investorenforum in Riad.",

            "Den Wert der Bestellung nannten die Partner nicht. Analysten von HSBC schätzen den Preis "
            "eines GB300-Chips auf rund 65.000 Dollar; der Auftrag dürfte damit mehr als 1,2 Milliarden "
            "Dollar schwer sein.",

            "Ganz neu ist eine solche Größenordnung nicht: Elon Musks KI-Firma xAI betreibt in Memphis "
            "nach eigenen Angaben bereits mehr als 200.000 Nvidia-GPUs.",
        ],
        "\u00a9 2026 Chipwoche \u2013 Alle Rechte vorbehalten.",
        [("Humain", "humain", ORG), ("Nvidia", "nvidia", ORG), ("GB300", "GB300", ACC),
         ("PIF", "public-investment-fund", ORG), ("Tareq Amin", "tareq-amin", PER),
         ("Aramco Digital", "aramco-digital", ORG), ("AMD", "amd", ORG),
         ("Jensen Huang", "jensen-huang", PER), ("HSBC", "hsbc", ORG), ("Elon Musk", "elon-musk", PER),
         ("xAI", "xai", ORG)],
        [
            gpus("20.000 GB300-Chips", 20000, "GB300", "exact", "humain", "S11 humain gb300",
                 cluster="S11 humain gb300 B"),
            gpus("20.000 Hochleistungschips", 20000, "GB300", "exact", "humain", "S11 humain gb300",
                 att="humain", cluster="S11 humain gb300 B"),
            money("10 Milliarden Dollar", 10 * B, "USD", "exact", "investment", "humain",
                  "S11 humain amd deal"),
            money("65.000 Dollar", 65000, "USD", "approx", "price_per_unit", "GB300", "S11 gb300 unit price",
                  att="hsbc", hedge="estimated", per="unit"),
            money("1,2 Milliarden Dollar", 1.2 * B, "USD", "over", "spending", "humain",
                  "S11 humain nvidia chip spending", hedge="estimated"),
            gpus("200.000 Nvidia-GPUs", 200000, None, "over", "xai", "S11 xai memphis gpus", att="xai"),
        ],
    ),
    # ------------------------------------------------------------------ S12
    article(
        "news-de-S12", "finanzkurier.example", "unternehmen/salesforce-uebernimmt-informatica", "2026-05-27",
        "Salesforce übernimmt Informatica für 8 Milliarden Dollar",
        "San Francisco, 27. Mai 2026 – Von Miriam Koch",
        [
            "Der SAP-Rivale Salesforce kauft den Datenspezialisten Informatica. Der US-Softwarekonzern "
            "zahlt 25 Dollar je Aktie in bar, wie beide Unternehmen am Dienstag mitteilten. Das "
            "Transaktionsvolumen beläuft sich auf rund 8 Milliarden Dollar (etwa 7,1 Milliarden Euro).",

            "Der Aufschlag auf den Schlusskurs vom Freitag liegt bei rund 30 Prozent. Es ist die größte "
            "Übernahme von Salesforce seit dem Kauf des Kommunikationsdienstes Slack, für den der Konzern "
            "2021 rund 27,7 Milliarden Dollar bezahlt hatte.",

            "Salesforce-Chef Marc Benioff will mit dem Zukauf vor allem sein Geschäft mit KI-Agenten "
            "stärken. \u201eWirklich autonome KI braucht saubere, vertrauenswürdige Daten als "
            "Fundament\u201c, sagte Benioff. Der Umsatz von Informatica lag im vergangenen Jahr bei 1,6 "
            "Milliarden Dollar.",

            "Bereits 2024 hatten beide Seiten verhandelt; die Gespräche scheiterten damals Medienberichten "
            "zufolge am Preis. Salesforce selbst erwartet für das laufende Geschäftsjahr einen Umsatz von "
            "rund 46 Milliarden Dollar.",
        ],
        "Der Finanzkurier-Newsletter: jeden Morgen die wichtigsten Wirtschaftsnachrichten \u2013 jetzt "
        "kostenlos abonnieren.",
        [("SAP", "sap", ORG), ("Salesforce", "salesforce", ORG), ("Informatica", "informatica", ORG),
         ("Slack", "slack", ORG), ("Marc Benioff", "marc-benioff", PER), ("Benioff", "marc-benioff", PER)],
        [
            money("8 Milliarden Dollar", 8 * B, "USD", "exact", "deal_value", "salesforce",
                  "S12 salesforce informatica deal"),
            money("25 Dollar", 25, "USD", "exact", "price_per_unit", "salesforce",
                  "S12 informatica share price", att="salesforce", per="share"),
            money("8 Milliarden Dollar", 8 * B, "USD", "approx", "deal_value", "salesforce",
                  "S12 salesforce informatica deal"),
            money("7,1 Milliarden Euro", 7.1 * B, "EUR", "approx", "deal_value", "salesforce",
                  "S12 salesforce informatica deal", cluster="S12 salesforce informatica deal|EUR"),
            money("27,7 Milliarden Dollar", 27.7 * B, "USD", "approx", "deal_value", "salesforce",
                  "S12 salesforce slack deal 2021", period="2021"),
            money("1,6 Milliarden Dollar", 1.6 * B, "USD", "exact", "revenue", "informatica",
                  "S12 informatica revenue", period="2025"),
            money("46 Milliarden Dollar", 46 * B, "USD", "approx", "revenue", "salesforce",
                  "S12 salesforce revenue FY2027", att="salesforce", hedge="expected", period="FY2027"),
        ],
    ),
]
