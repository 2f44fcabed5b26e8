"""Dutch news articles (stories S02-S07) with their gold.

Each article lists its figures once, as rows that give both the mention
(money or GPU count) and its claim; _article() splits them into the
"money"/"gpu_counts" and "claims" layers that make_news_set.py reads.
"""

K, M, B, T = 10**3, 10**6, 10**9, 10**12


def money(text, occ, value, currency, bound, subject, predicate, fact, cluster=None,
          attribution=None, hedge=None, scope=None, period=None, per=None):
    return ("money", text, occ, value, currency, bound, subject, predicate, fact, cluster,
            attribution, hedge, scope, period, per)


def gpus(text, occ, count, model, bound, subject, fact, cluster=None,
         attribution=None, hedge=None, scope=None, period=None, per=None):
    return ("gpu", text, occ, count, model, bound, subject, "gpu_count", fact, cluster,
            attribution, hedge, scope, period, per)


def _article(id, source, slug, published, title, body, figures, entities):
    text = title + "\n\n" + body.strip()
    a = {"id": id, "lang": "nl", "source": source, "url": "https://%s/%s" % (source, slug),
         "published": published, "title": title, "text": text,
         "money": [], "gpu_counts": [], "entities": list(entities), "claims": []}
    for (kind, t, occ, value, unit, bound, subject, predicate, fact, cluster,
         attribution, hedge, scope, period, per) in figures:
        if kind == "money":
            a["money"].append((t, occ, value, unit, bound))
        else:
            a["gpu_counts"].append((t, occ, value, unit, bound))
        c = {"text": t, "occurrence": occ, "subject": subject, "predicate": predicate,
             "value": value, "currency": unit if kind == "money" else None,
             "attribution": attribution, "hedge": hedge, "scope": scope, "period": period,
             "per": per, "fact": fact}
        if cluster:
            c["cluster"] = cluster
        a["claims"].append(c)
    return a


ARTICLES = []

# ---------------------------------------------------------------- S02 TSMC
ARTICLES.append(_article(
    "news-nl-S02", "chipkoers.example", "tsmc-recordwinst-derde-kwartaal-ai-chips", "2026-10-16",
    "TSMC boekt recordwinst van 452 miljard Taiwanese dollar dankzij AI-chips",
    """
Door onze redactie Technologie | 16 oktober 2026, 09:12

HSINCHU – De Taiwanese chipfabrikant TSMC heeft in het derde kwartaal een nettowinst van 452 miljard Taiwanese dollar geboekt, meer dan ooit tevoren. Dat maakte het bedrijf donderdag bekend. De omzet steeg naar 1,05 biljoen Taiwanese dollar, omgerekend zo'n 33,1 miljard dollar.

De winst van TSMC, dat chips maakt voor onder meer Apple en Nvidia, kwam daarmee ruim boven de 325 miljard Taiwanese dollar die het concern in het derde kwartaal van 2025 verdiende. Analisten wijzen op de onverminderd grote vraag naar processors voor datacenters.

"Onze klanten vragen om meer capaciteit dan we op dit moment kunnen leveren", zei topman C.C. Wei tijdens een toelichting voor beleggers. Volgens Wei blijft de krapte zeker tot eind volgend jaar aanhouden.

Voor heel 2026 trekt de onderneming tussen de 40 miljard en 42 miljard dollar uit voor investeringen in nieuwe fabrieken, zo liet het bedrijf weten. Volgens mensen die bekend zijn met de plannen gaat een groot deel daarvan naar de uitbreiding in Arizona.

Het aandeel TSMC sloot op de beurs van Taipei 1,2 procent hoger op 1.450 Taiwanese dollar.

Schrijf je in voor de dagelijkse nieuwsbrief Tech & Beurs van Chipkoers.
""",
    [
        money("452 miljard Taiwanese dollar", 0, 452 * B, "TWD", "exact", "tsmc", "profit",
              "S02 tsmc profit q3", attribution="tsmc"),
        money("452 miljard Taiwanese dollar", 1, 452 * B, "TWD", "exact", "tsmc", "profit",
              "S02 tsmc profit q3", attribution="tsmc", period="2026-Q3"),
        money("1,05 biljoen Taiwanese dollar", 0, 1.05 * T, "TWD", "exact", "tsmc", "revenue",
              "S02 tsmc revenue q3", attribution="tsmc", period="2026-Q3"),
        money("33,1 miljard dollar", 0, 33.1 * B, "USD", "approx", "tsmc", "revenue",
              "S02 tsmc revenue q3", cluster="S02 tsmc revenue q3|USD", attribution="tsmc",
              period="2026-Q3"),
        money("325 miljard Taiwanese dollar", 0, 325 * B, "TWD", "exact", "tsmc", "profit",
              "S02 tsmc profit 2025-Q3", period="2025-Q3"),
        money("40 miljard", 0, 40 * B, "USD", "exact", "tsmc", "capex",
              "S02 tsmc capex 2026", cluster="S02 tsmc capex 2026 low", attribution="tsmc",
              period="2026"),
        money("42 miljard dollar", 0, 42 * B, "USD", "exact", "tsmc", "capex",
              "S02 tsmc capex 2026", attribution="tsmc", period="2026"),
        money("1.450 Taiwanese dollar", 0, 1450, "TWD", "exact", "tsmc", "price_per_unit",
              "S02 tsmc share price", per="share"),
    ],
    [
        ("TSMC", 0, "tsmc", "org"), ("TSMC", 1, "tsmc", "org"), ("TSMC", 2, "tsmc", "org"),
        ("TSMC", 3, "tsmc", "org"),
        ("Apple", 0, "apple", "org"), ("Nvidia", 0, "nvidia", "org"),
        ("C.C. Wei", 0, "c-c-wei", "person"), ("Wei", 1, "c-c-wei", "person"),
    ],
))

# ---------------------------------------------------------------- S03 Microsoft fine
ARTICLES.append(_article(
    "news-nl-S03", "zakenpost.example", "brussel-boete-microsoft-copilot-office", "2026-06-24",
    "Brussel legt Microsoft boete van 1,1 miljard euro op om koppeling Copilot aan Office",
    """
Van onze correspondent in Brussel | woensdag 24 juni 2026

BRUSSEL – De Europese Commissie heeft Microsoft een boete van 1,1 miljard euro opgelegd, omdat het Amerikaanse softwareconcern zijn AI-assistent Copilot ongevraagd aan het kantoorpakket Office koppelde. Precies gaat het om 1,08 miljard euro.

Het is de hoogste mededingingsboete sinds 2018. Toen moest Google 4,34 miljard euro betalen voor misbruik van zijn machtspositie met het besturingssysteem Android. Volgens ingewijden had de Commissie aanvankelijk zelfs een boete van meer dan 2 miljard euro in gedachten, maar zou die zijn verlaagd omdat Microsoft tijdens het onderzoek concessies deed.

"Wie in Europa zaken doet, houdt zich aan onze regels, hoe groot het bedrijf ook is", zei Eurocommissaris Teresa Ribera, die over mededinging gaat. Volgens Ribera zijn Europese bedrijven jarenlang gedwongen geweest te betalen voor een product waar zij niet om hadden gevraagd.

Microsoft laat in een reactie weten in beroep te gaan bij het Europese Hof van Justitie. Het bedrijf zegt "teleurgesteld" te zijn. Voor de onderneming is de boete overigens weinig meer dan een schrammetje: het concern zette in boekjaar 2024 wereldwijd 245 miljard dollar om.

Lees elke ochtend het belangrijkste zakennieuws in de Zakenpost-nieuwsbrief.
""",
    [
        money("1,1 miljard euro", 0, 1.1 * B, "EUR", "exact", "microsoft", "fine",
              "S03 microsoft fine", attribution="european-commission"),
        money("1,1 miljard euro", 1, 1.1 * B, "EUR", "exact", "microsoft", "fine",
              "S03 microsoft fine", attribution="european-commission"),
        money("1,08 miljard euro", 0, 1.08 * B, "EUR", "exact", "microsoft", "fine",
              "S03 microsoft fine", attribution="european-commission"),
        money("4,34 miljard euro", 0, 4.34 * B, "EUR", "exact", "google", "fine",
              "S03 google fine 2018", period="2018"),
        money("2 miljard euro", 0, 2 * B, "EUR", "over", "microsoft", "fine",
              "S03 microsoft fine draft", hedge="reportedly"),
        money("245 miljard dollar", 0, 245 * B, "USD", "exact", "microsoft", "revenue",
              "S03 microsoft revenue FY2024", period="FY2024"),
    ],
    [
        ("Microsoft", 0, "microsoft", "org"), ("Europese Commissie", 0, "european-commission", "org"),
        ("Microsoft", 1, "microsoft", "org"),
        ("Google", 0, "google", "org"),
        ("Commissie", 1, "european-commission", "org"), ("Microsoft", 2, "microsoft", "org"),
        ("Teresa Ribera", 0, "teresa-ribera", "person"), ("Ribera", 1, "teresa-ribera", "person"),
        ("Microsoft", 3, "microsoft", "org"),
    ],
))

# ---------------------------------------------------------------- S04 Samsung (disagreeing: 4.6)
ARTICLES.append(_article(
    "news-nl-S04", "chipkoers.example", "samsung-winst-derde-kwartaal-tesla-order", "2026-10-08",
    "Samsung verdient 4,6 biljoen won in derde kwartaal, order van Tesla geeft chipdivisie lucht",
    """
Door Marieke de Groot | 8 oktober 2026, 07:45

SEOUL – Samsung Electronics heeft in het derde kwartaal een operationele winst van 4,6 biljoen won (ongeveer 2,9 miljard euro) behaald. Dat meldt het financiële persbureau Yonhap Infomax op basis van de voorlopige cijfers die het Zuid-Koreaanse concern woensdag publiceerde. De omzet kwam uit op 86 biljoen won.

Analisten hadden volgens dataleverancier LSEG gemiddeld gerekend op 4,9 biljoen won. In het derde kwartaal van 2025 was de operationele winst van Samsung nog 9,1 biljoen won.

Lichtpunt is de megaorder van Tesla. Het elektrische-autobedrijf van Elon Musk bestelt tot en met 2033 voor 16,5 miljard dollar (omgerekend zo'n 22,8 biljoen won) aan chips, die het Zuid-Koreaanse bedrijf in zijn nieuwe fabriek in Taylor, Texas gaat maken. Samsung bevestigde de order eerder dit jaar.

"Samsungs nieuwe fabriek in Texas gaat onze AI6-chip maken. Het strategische belang daarvan is moeilijk te overschatten", schreef Musk op X.

Volgens ingewijden praat het concern naar verluidt ook met andere Amerikaanse klanten over de fabriek in Texas. Het aandeel Samsung sloot in Seoul 1,3 procent hoger op 89.000 won. Definitieve kwartaalcijfers volgen eind oktober.

© 2026 Chipkoers – alle rechten voorbehouden.
""",
    [
        money("4,6 biljoen won", 0, 4.6 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", cluster="S04 samsung operating profit q3 B",
              period="2026-Q3"),
        money("4,6 biljoen won", 1, 4.6 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", cluster="S04 samsung operating profit q3 B",
              attribution="yonhap-infomax", period="2026-Q3"),
        money("2,9 miljard euro", 0, 2.9 * B, "EUR", "approx", "samsung", "operating_profit",
              "S04 samsung operating profit q3", cluster="S04 samsung operating profit q3 B|EUR",
              attribution="yonhap-infomax", period="2026-Q3"),
        money("86 biljoen won", 0, 86 * T, "KRW", "exact", "samsung", "revenue",
              "S04 samsung revenue q3", attribution="yonhap-infomax", period="2026-Q3"),
        money("4,9 biljoen won", 0, 4.9 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3 consensus", attribution="lseg", hedge="expected"),
        money("9,1 biljoen won", 0, 9.1 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit 2025-Q3", period="2025-Q3"),
        money("16,5 miljard dollar", 0, 16.5 * B, "USD", "exact", "samsung", "order_value",
              "S04 samsung tesla order"),
        money("22,8 biljoen won", 0, 22.8 * T, "KRW", "approx", "samsung", "order_value",
              "S04 samsung tesla order", cluster="S04 samsung tesla order|KRW"),
        money("89.000 won", 0, 89 * K, "KRW", "exact", "samsung", "price_per_unit",
              "S04 samsung share price", per="share"),
    ],
    [
        ("Samsung", 0, "samsung", "org"), ("Tesla", 0, "tesla", "org"),
        ("Samsung Electronics", 0, "samsung", "org"),
        ("Yonhap Infomax", 0, "yonhap-infomax", "org"), ("LSEG", 0, "lseg", "org"),
        ("Samsung", 2, "samsung", "org"), ("Tesla", 1, "tesla", "org"),
        ("Elon Musk", 0, "elon-musk", "person"), ("Samsung", 3, "samsung", "org"),
        ("Samsung", 4, "samsung", "org"), ("Musk", 1, "elon-musk", "person"), ("Samsung", 5, "samsung", "org"),
    ],
))

# ---------------------------------------------------------------- S05 Anthropic
ARTICLES.append(_article(
    "news-nl-S05", "digitaaldagblad.example", "anthropic-haalt-10-miljard-op", "2026-03-04",
    "Anthropic haalt 10 miljard dollar op bij waardering van 230 miljard",
    """
Door Joost Verhoeven | 4 maart 2026, 18:30

SAN FRANCISCO – Anthropic, de Amerikaanse maker van de chatbot Claude, heeft 10 miljard dollar (circa 9,2 miljard euro) opgehaald bij investeerders. Na de financieringsronde wordt het AI-bedrijf gewaardeerd op 230 miljard dollar, zo maakte het bedrijf woensdag bekend.

Het is al de tweede megaronde in korte tijd. In 2025 haalde de start-up nog 13 miljard dollar op. Volgens ingewijden doen Google en Amazon, die eerder al flink in Anthropic investeerden, opnieuw mee.

De omzet van Anthropic groeit snel. Het bedrijf zit volgens topman Dario Amodei inmiddels op een omzet van 7 miljard dollar op jaarbasis, vooral dankzij zakelijke klanten die Claude gebruiken om software te schrijven.

"De vraag van bedrijven groeit sneller dan we hadden voorzien", zei Amodei in een verklaring. Het opgehaalde geld gaat volgens hem vooral naar rekenkracht en onderzoek.

Anthropic blijft daarmee wel achter bij concurrent OpenAI. Dat bedrijf werd in oktober 2025 naar verluidt op 500 miljard dollar gewaardeerd.

Meer weten over AI en tech? Volg Digitaal Dagblad ook via onze app.
""",
    [
        money("10 miljard dollar", 0, 10 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding", attribution="anthropic"),
        money("230 miljard", 0, 230 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation", attribution="anthropic"),
        money("10 miljard dollar", 1, 10 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding", attribution="anthropic"),
        money("9,2 miljard euro", 0, 9.2 * B, "EUR", "approx", "anthropic", "funding",
              "S05 anthropic funding", cluster="S05 anthropic funding|EUR", attribution="anthropic"),
        money("230 miljard dollar", 0, 230 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation", attribution="anthropic"),
        money("13 miljard dollar", 0, 13 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding 2025", period="2025"),
        money("7 miljard dollar", 0, 7 * B, "USD", "exact", "anthropic", "revenue",
              "S05 anthropic revenue run-rate", attribution="dario-amodei", per="year"),
        money("500 miljard dollar", 0, 500 * B, "USD", "exact", "openai", "valuation",
              "S05 openai valuation 2025", hedge="reportedly", period="2025"),
    ],
    [
        ("Anthropic", 0, "anthropic", "org"), ("Anthropic", 1, "anthropic", "org"),
        ("Google", 0, "google", "org"), ("Amazon", 0, "amazon", "org"),
        ("Anthropic", 2, "anthropic", "org"), ("Anthropic", 3, "anthropic", "org"),
        ("Dario Amodei", 0, "dario-amodei", "person"),
        ("Amodei", 1, "dario-amodei", "person"), ("Anthropic", 4, "anthropic", "org"),
        ("OpenAI", 0, "openai", "org"),
    ],
))

# ---------------------------------------------------------------- S06 Cerebras IPO
ARTICLES.append(_article(
    "news-nl-S06", "zakenpost.example", "cerebras-beursgang-nasdaq", "2026-05-15",
    "Cerebras haalt 1,1 miljard dollar op met beursgang aan Nasdaq",
    """
Van onze redactie Beurs | 15 mei 2026

NEW YORK – De Amerikaanse chipontwerper Cerebras Systems heeft bij zijn beursgang aan de Nasdaq 1,1 miljard dollar opgehaald. De aandelen werden geplaatst tegen 28 dollar per aandeel, aan de bovenkant van de eerder afgegeven bandbreedte van 25 dollar tot 28 dollar. Dat waardeert Cerebras op zo'n 8,1 miljard dollar (7,5 miljard euro).

Volgens mensen die bij de beursgang betrokken waren, was de emissie ruim twintig keer overtekend. Beleggers willen graag profiteren van de AI-hausse, die chipgigant Nvidia een beurswaarde van meer dan 4 biljoen dollar heeft opgeleverd.

Cerebras, dat processors ter grootte van een complete siliciumwafer bouwt, leunt wel sterk op één klant: het Emiraatse techconglomeraat G42. Dat was goed voor het leeuwendeel van de 290 miljoen dollar omzet die het bedrijf in 2025 boekte.

"Dit is pas het begin", zei topman Andrew Feldman op de handelsvloer. "De wereld heeft snellere inferentie nodig, en die leveren wij." De onderneming wil met de opbrengst onder meer nieuwe datacenters bouwen.

Ontvang elke werkdag om 17.30 uur de Zakenpost Slotbel in je mailbox.
""",
    [
        money("1,1 miljard dollar", 0, 1.1 * B, "USD", "exact", "cerebras", "funding",
              "S06 cerebras ipo proceeds", attribution="cerebras"),
        money("1,1 miljard dollar", 1, 1.1 * B, "USD", "exact", "cerebras", "funding",
              "S06 cerebras ipo proceeds", attribution="cerebras"),
        money("28 dollar", 0, 28, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras share price", attribution="cerebras", per="share"),
        money("25 dollar", 0, 25, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras price range low", per="share"),
        money("28 dollar", 1, 28, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras price range high", per="share"),
        money("8,1 miljard dollar", 0, 8.1 * B, "USD", "approx", "cerebras", "valuation",
              "S06 cerebras valuation"),
        money("7,5 miljard euro", 0, 7.5 * B, "EUR", "approx", "cerebras", "valuation",
              "S06 cerebras valuation", cluster="S06 cerebras valuation|EUR"),
        money("4 biljoen dollar", 0, 4 * T, "USD", "over", "nvidia", "market_value",
              "S06 nvidia market value"),
        money("290 miljoen dollar", 0, 290 * M, "USD", "exact", "cerebras", "revenue",
              "S06 cerebras revenue 2025", period="2025"),
    ],
    [
        ("Cerebras", 0, "cerebras", "org"), ("Nasdaq", 0, "nasdaq", "org"),
        ("Cerebras Systems", 0, "cerebras", "org"), ("Nasdaq", 1, "nasdaq", "org"),
        ("Cerebras", 2, "cerebras", "org"), ("Nvidia", 0, "nvidia", "org"),
        ("Cerebras", 3, "cerebras", "org"), ("G42", 0, "g42", "org"),
        ("Andrew Feldman", 0, "andrew-feldman", "person"),
    ],
))

# ---------------------------------------------------------------- S07 Moonshot AI
ARTICLES.append(_article(
    "news-nl-S07", "digitaaldagblad.example", "moonshot-kimi-k3-training-goedkoop", "2026-02-20",
    "Chinese AI-start-up Moonshot traint Kimi K3 voor slechts 4,6 miljoen dollar",
    """
Door Sanne Bakker | 20 februari 2026, 14:05

PEKING – Moonshot AI, de door Alibaba gesteunde start-up uit Peking, zegt dat de laatste trainingsrun van zijn nieuwe taalmodel Kimi K3 slechts 4,6 miljoen dollar (4,2 miljoen euro) heeft gekost. Daarvoor gebruikte het bedrijf 3.072 Nvidia H800-gpu's, staat in een technisch rapport dat de onderneming vrijdag publiceerde.

Dat is een fractie van wat Amerikaanse concurrenten uitgeven. OpenAI zou volgens schattingen meer dan 100 miljoen dollar hebben uitgegeven aan de training van GPT-4.

Het bedrag heeft wel alleen betrekking op de rekenkracht voor die ene trainingsrun; onderzoek, personeel en eerdere experimenten tellen niet mee. In totaal beschikt Moonshot over ongeveer 20.000 gpu's, aldus oprichter Yang Zhilin. "Slim rekenen is belangrijker dan brute kracht", zei Yang.

De H800 is een afgeslankte versie van Nvidia's H100, die het Amerikaanse bedrijf speciaal voor de Chinese markt ontwikkelde voordat de VS ook die chip aan exportbeperkingen onderwierpen. Op de grijze markt kost een H800 naar verluidt zo'n 30.000 dollar per stuk.

Dit artikel verscheen eerder in onze nieuwsbrief AI Vandaag. Aanmelden kan gratis.
""",
    [
        money("4,6 miljoen dollar", 0, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        money("4,6 miljoen dollar", 1, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        money("4,2 miljoen euro", 0, 4.2 * M, "EUR", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", cluster="S07 moonshot training cost|EUR",
              attribution="moonshot", scope="run"),
        gpus("3.072 Nvidia H800-gpu's", 0, 3072, "H800", "exact", "moonshot",
             "S07 moonshot training gpus", attribution="moonshot", scope="run"),
        money("100 miljoen dollar", 0, 100 * M, "USD", "over", "openai", "training_cost",
              "S07 openai training cost gpt-4", hedge="estimated"),
        gpus("20.000 gpu's", 0, 20000, None, "approx", "moonshot", "S07 moonshot fleet",
             attribution="yang-zhilin", scope="total"),
        money("30.000 dollar", 0, 30 * K, "USD", "approx", "H800", "price_per_unit",
              "S07 h800 price per unit", hedge="reportedly", per="unit"),
    ],
    [
        ("Moonshot", 0, "moonshot", "org"), ("Moonshot AI", 0, "moonshot", "org"),
        ("Alibaba", 0, "alibaba", "org"),
        ("Nvidia", 0, "nvidia", "org"), ("H800", 0, "H800", "accelerator"),
        ("OpenAI", 0, "openai", "org"),
        ("Moonshot", 2, "moonshot", "org"),
        ("Yang Zhilin", 0, "yang-zhilin", "person"), ("Yang", 1, "yang-zhilin", "person"),
        ("H800", 1, "H800", "accelerator"), ("Nvidia", 1, "nvidia", "org"),
        ("H100", 0, "H100", "accelerator"), ("H800", 2, "H800", "accelerator"),
    ],
))
