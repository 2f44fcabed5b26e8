"""English articles of the news development set (see scripts/make_news_set.py).

Stories S01 S08 S09 S10 S11 S12 (corpus/news/STORIES.md); English writes the
disagreeing figure of S10 (the Oracle contract at "$30 billion a year").

Each figure is written once as money(...) or gpus(...): it gives both the
mention and its claim. Spans are written as text; the k-th figure with a
given span is that span's k-th stand-alone occurrence (not inside a longer
number), turned here into the raw occurrence index make_news_set.py expects.
Entity mentions come from a list of names per article (longest first).
"""
from rows_en_de import ACC, B, M, ORG, PER, T, article, gpus, money

ARTICLES = [
    # ------------------------------------------------------------------ S01
    article(
        "news-en-S01", "ledgerwire.example", "tech/mistral-ai-raises-2-billion-euros-asml", "2026-09-09",
        "Mistral AI raises €2 billion as ASML becomes top shareholder",
        "PARIS, Sept. 9, 2026 — By Hannah Cole",
        [
            "Mistral AI has raised €2 billion ($2.3 billion) in a Series D funding round that values "
            "the French artificial intelligence start-up at €14 billion, the company said on Wednesday.",

            "ASML, the Dutch maker of the lithography machines used to print the most advanced chips, "
            "is putting €1.3 billion into the round, according to a statement from the Paris-based "
            "company. The investment makes the Veldhoven group Mistral's largest shareholder and gives "
            "it a seat on a new strategic committee, people familiar with the matter said.",

            "The deal more than doubles Mistral's valuation in little over two years. In June 2024 the "
            "company raised €600 million in a round led by General Catalyst.",

            "\u201cThis capital lets us stay independent and build the computing infrastructure that "
            "European businesses need,\u201d Arthur Mensch, Mistral's chief executive and co-founder, "
            "said in an interview. He said much of the money would go to data centers the company is "
            "building south of Paris.",

            "Mistral is still small next to its American rivals. Anthropic reportedly raised "
            "$13 billion in a single round in 2025, while Germany's Aleph Alpha, once seen as Europe's "
            "other contender, raised about $500 million in 2023 before shifting its focus to "
            "government customers.",
        ],
        "Sign up for the Ledger Wire Tech Briefing, delivered to your inbox every weekday morning.",
        [("Mistral AI", "mistral", ORG), ("Mistral", "mistral", ORG), ("ASML", "asml", ORG),
         ("General Catalyst", "general-catalyst", ORG), ("Arthur Mensch", "arthur-mensch", PER),
         ("Anthropic", "anthropic", ORG), ("Aleph Alpha", "aleph-alpha", ORG)],
        [
            money("€2 billion", 2 * B, "EUR", "exact", "funding", "mistral", "S01 mistral funding"),
            money("€2 billion", 2 * B, "EUR", "exact", "funding", "mistral", "S01 mistral funding",
                  att="mistral"),
            money("$2.3 billion", 2.3 * B, "USD", "exact", "funding", "mistral", "S01 mistral funding",
                  att="mistral", cluster="S01 mistral funding|USD"),
            money("€14 billion", 14 * B, "EUR", "exact", "valuation", "mistral", "S01 mistral valuation",
                  att="mistral"),
            money("€1.3 billion", 1.3 * B, "EUR", "exact", "investment", "asml", "S01 asml investment",
                  att="mistral"),
            money("€600 million", 600 * M, "EUR", "exact", "funding", "mistral",
                  "S01 mistral funding 2024", period="2024"),
            money("$13 billion", 13 * B, "USD", "exact", "funding", "anthropic",
                  "S05 anthropic funding 2025", hedge="reportedly", period="2025"),
            money("$500 million", 500 * M, "USD", "approx", "funding", "aleph-alpha",
                  "S01 aleph-alpha funding 2023", period="2023"),
        ],
    ),
    # ------------------------------------------------------------------ S08
    article(
        "news-en-S08", "thecitydesk.example", "business/eu-clears-german-aid-esmc-dresden", "2026-04-29",
        "Brussels clears €5bn German subsidy for TSMC-led Dresden chip plant",
        "BRUSSELS, 29 April 2026 — Tom Ashworth, Europe business correspondent",
        [
            "The European Commission has approved €5bn (about £4.3bn) of German state aid for the "
            "European Semiconductor Manufacturing Company (ESMC), the joint venture that TSMC is "
            "building in Dresden with Bosch, Infineon and NXP.",

            "The factory will cost more than €10bn, according to the Commission, and is due to start "
            "production in 2027, making chips for carmakers and industrial equipment. TSMC owns 70% "
            "of ESMC; the three European partners hold 10% each. The plant is expected to create "
            "about 2,000 jobs.",

            "\u201cThis investment strengthens Europe's security of supply for the chips our industry "
            "depends on, without distorting competition in the single market,\u201d Teresa Ribera, the "
            "Commission's executive vice-president for competition, said in a statement.",

            "The approval is a rare piece of good news for Germany's chip ambitions. Berlin had "
            "promised Intel €9.9bn towards a much larger plant in Magdeburg, a project the American "
            "group first postponed and then abandoned as its losses mounted.",

            "The Taiwanese company, which already runs plants in Arizona and Kumamoto in Japan, has "
            "said Dresden will not make its most advanced chips. Officials said the aid would be "
            "partly clawed back if the plant's profits beat forecasts.",
        ],
        "\u00a9 2026 The City Desk. All rights reserved.",
        [("European Commission", "european-commission", ORG), ("Commission", "european-commission", ORG),
         ("European Semiconductor Manufacturing Company", "esmc", ORG), ("ESMC", "esmc", ORG),
         ("TSMC", "tsmc", ORG), ("Bosch", "bosch", ORG), ("Infineon", "infineon", ORG),
         ("NXP", "nxp", ORG), ("Teresa Ribera", "teresa-ribera", PER), ("Intel", "intel", ORG)],
        [
            money("€5bn", 5 * B, "EUR", "exact", "subsidy", "esmc", "S08 esmc subsidy"),
            money("€5bn", 5 * B, "EUR", "exact", "subsidy", "esmc", "S08 esmc subsidy",
                  att="european-commission"),
            money("£4.3bn", 4.3 * B, "GBP", "approx", "subsidy", "esmc", "S08 esmc subsidy",
                  att="european-commission", cluster="S08 esmc subsidy|GBP"),
            money("€10bn", 10 * B, "EUR", "over", "investment", "esmc", "S08 esmc investment",
                  att="european-commission"),
            money("€9.9bn", 9.9 * B, "EUR", "exact", "subsidy", "intel", "S08 intel subsidy magdeburg"),
        ],
    ),
    # ------------------------------------------------------------------ S09
    article(
        "news-en-S09", "chipandcapital.example", "memory/sk-hynix-q3-2026-record-profit-hbm", "2026-10-23",
        "SK hynix profit hits record 11.4 trillion won on AI memory boom",
        "SEOUL, Oct. 23, 2026 — By Min-ji Park",
        [
            "SK hynix said on Thursday that its operating profit rose to a record 11.4 trillion won "
            "(about $8 billion) in the third quarter of 2026, as demand for the high-bandwidth memory "
            "that goes into Nvidia's AI accelerators kept its production lines fully booked.",

            "Revenue for the July-September period climbed to 24.4 trillion won, up from 17.6 trillion "
            "won in the same quarter of 2025. Analysts polled by LSEG had expected an operating profit "
            "of 10.9 trillion won.",

            "The South Korean chipmaker supplies most of the HBM stacks in Nvidia's latest systems and "
            "has been gaining ground on Samsung Electronics, its larger rival, which reported a "
            "preliminary operating profit of 4.7 trillion won for the July-September quarter.",

            "\u201cAI demand for memory is running ahead of what the whole industry can supply, and our "
            "HBM output for next year is largely sold out,\u201d Kwak Noh-jung, SK hynix's chief "
            "executive, told analysts on a conference call.",

            "The company plans to raise spending on new capacity next year, people familiar with its "
            "plans said. Its shares rose 3.2% in Seoul, giving it a market value of roughly "
            "400 trillion won.",
        ],
        "Get the Chip & Capital newsletter: the business of semiconductors, every Friday.",
        [("SK hynix", "sk-hynix", ORG), ("Nvidia", "nvidia", ORG), ("LSEG", "lseg", ORG),
         ("Samsung Electronics", "samsung", ORG), ("Kwak Noh-jung", "kwak-noh-jung", PER)],
        [
            money("11.4 trillion won", 11.4 * T, "KRW", "exact", "operating_profit", "sk-hynix",
                  "S09 skhynix operating profit q3"),
            money("11.4 trillion won", 11.4 * T, "KRW", "exact", "operating_profit", "sk-hynix",
                  "S09 skhynix operating profit q3", att="sk-hynix", period="2026-Q3"),
            money("$8 billion", 8 * B, "USD", "approx", "operating_profit", "sk-hynix",
                  "S09 skhynix operating profit q3", att="sk-hynix", period="2026-Q3",
                  cluster="S09 skhynix operating profit q3|USD"),
            money("24.4 trillion won", 24.4 * T, "KRW", "exact", "revenue", "sk-hynix",
                  "S09 skhynix revenue q3", period="2026-Q3"),
            money("17.6 trillion won", 17.6 * T, "KRW", "exact", "revenue", "sk-hynix",
                  "S09 skhynix revenue 2025-Q3", period="2025-Q3"),
            money("10.9 trillion won", 10.9 * T, "KRW", "exact", "operating_profit", "sk-hynix",
                  "S09 skhynix operating profit q3 consensus", att="lseg", hedge="expected"),
            money("4.7 trillion won", 4.7 * T, "KRW", "exact", "operating_profit", "samsung",
                  "S04 samsung operating profit q3", att="samsung", period="2026-Q3"),
            money("400 trillion won", 400 * T, "KRW", "approx", "market_value", "sk-hynix",
                  "S09 skhynix market value"),
        ],
    ),
    # ------------------------------------------------------------------ S10 (disagreeing: $30 billion a year)
    article(
        "news-en-S10", "ledgerwire.example", "tech/openai-oracle-300-billion-cloud-contract", "2026-07-15",
        "OpenAI signs $300 billion computing deal with Oracle",
        "NEW YORK, July 15, 2026 — By Daniel Reyes",
        [
            "OpenAI has agreed to buy $300 billion of computing power from Oracle over roughly five "
            "years, one of the largest cloud contracts ever signed, people familiar with the matter "
            "said on Wednesday.",

            "The agreement is worth about $30 billion a year to the software company once it is fully "
            "running, according to the people, who asked not to be named because the terms are "
            "private. Oracle, which disclosed a surge in contracted future revenue last week, did "
            "not name the customer.",

            "Oracle shares jumped 30% in New York, adding more than $200 billion to the company's "
            "market value and briefly making co-founder Larry Ellison the world's richest person. "
            "\u201cDemand for AI training capacity is unlike anything we have ever seen,\u201d Ellison "
            "told analysts.",

            "The contract is a big bet for OpenAI, whose annualized revenue is estimated at about "
            "$13 billion. Chief executive Sam Altman has said the ChatGPT maker expects to spend "
            "$1.4 trillion on data centers over the next eight years.",

            "Oracle, for its part, plans to lift its capital expenditure to $35 billion in the fiscal "
            "year ending May 2027, the company said, much of it on chips from Nvidia.",
        ],
        "\u00a9 2026 Ledger Wire. All rights reserved.",
        [("OpenAI", "openai", ORG), ("Oracle", "oracle", ORG), ("Larry Ellison", "larry-ellison", PER),
         ("Ellison", "larry-ellison", PER), ("Sam Altman", "sam-altman", PER), ("Nvidia", "nvidia", ORG)],
        [
            money("$300 billion", 300 * B, "USD", "exact", "order_value", "oracle",
                  "S10 oracle openai contract"),
            money("$300 billion", 300 * B, "USD", "exact", "order_value", "oracle",
                  "S10 oracle openai contract", hedge="reportedly"),
            money("$30 billion", 30 * B, "USD", "approx", "order_value", "oracle",
                  "S10 oracle openai contract per year", hedge="reportedly", per="year",
                  cluster="S10 oracle openai contract per year B"),
            money("$200 billion", 200 * B, "USD", "over", "market_cap_change", "oracle",
                  "S10 oracle market cap change"),
            money("$13 billion", 13 * B, "USD", "approx", "revenue", "openai",
                  "S10 openai revenue run-rate", hedge="estimated", per="year"),
            money("$1.4 trillion", 1.4 * T, "USD", "exact", "spending", "openai",
                  "S10 openai infrastructure spending", att="sam-altman", hedge="expected"),
            money("$35 billion", 35 * B, "USD", "exact", "capex", "oracle", "S10 oracle capex FY2027",
                  att="oracle", hedge="expected", period="FY2027"),
        ],
    ),
    # ------------------------------------------------------------------ S11
    article(
        "news-en-S11", "chipandcapital.example", "ai/humain-nvidia-gb300-order-saudi", "2026-05-13",
        "Saudi Arabia's Humain to buy 18,000 Nvidia GB300 chips",
        "RIYADH, May 13, 2026 — By Sara Haddad",
        [
            "Humain, the artificial intelligence company owned by Saudi Arabia's Public Investment "
            "Fund, will buy 18,000 Nvidia GB300 chips for a 500-megawatt data center complex it is "
            "building in the kingdom, the two companies said on Tuesday.",

            "The start-up, led by chief executive Tareq Amin, also announced a $10 billion "
            "partnership with AMD to deploy the U.S. company's accelerators over the next five years.",

            "\u201cSaudi Arabia is going to be one of the great AI hubs of the world,\u201d Nvidia chief "
            "executive Jensen Huang said at an investment forum in Riyadh, where he appeared alongside "
            "Amin.",

            "Neither company disclosed the value of the Nvidia order. Each GB300 sells for $60,000 to "
            "$70,000, according to estimates from HSBC, which would put the chips alone above "
            "$1 billion.",

            "The order is large but not unprecedented: Elon Musk's xAI says its Colossus cluster in "
            "Memphis already runs on more than 200,000 Nvidia GPUs in total.",
        ],
        "Subscribe to Chip & Capital for weekly coverage of the AI hardware market.",
        [("Humain", "humain", ORG), ("Public Investment Fund", "public-investment-fund", ORG),
         ("Nvidia", "nvidia", ORG), ("GB300", "GB300", ACC), ("Tareq Amin", "tareq-amin", PER),
         ("Amin", "tareq-amin", PER), ("AMD", "amd", ORG), ("Jensen Huang", "jensen-huang", PER),
         ("HSBC", "hsbc", ORG), ("Elon Musk", "elon-musk", PER), ("xAI", "xai", ORG)],
        [
            gpus("18,000 Nvidia GB300 chips", 18000, "GB300", "exact", "humain", "S11 humain gb300"),
            gpus("18,000 Nvidia GB300 chips", 18000, "GB300", "exact", "humain", "S11 humain gb300",
                 att="humain"),
            money("$10 billion", 10 * B, "USD", "exact", "investment", "humain", "S11 humain amd deal",
                  att="humain"),
            money("$60,000", 60000, "USD", "exact", "price_per_unit", "GB300", "S11 gb300 unit price",
                  att="hsbc", hedge="estimated", per="unit", cluster="S11 gb300 unit price low"),
            money("$70,000", 70000, "USD", "exact", "price_per_unit", "GB300", "S11 gb300 unit price",
                  att="hsbc", hedge="estimated", per="unit", cluster="S11 gb300 unit price high"),
            money("$1 billion", 1 * B, "USD", "over", "spending", "humain",
                  "S11 humain nvidia chip spending", att="hsbc", hedge="estimated"),
            gpus("200,000 Nvidia GPUs", 200000, None, "over", "xai", "S11 xai memphis gpus",
                 att="xai", scope="total"),
        ],
    ),
    # ------------------------------------------------------------------ S12
    article(
        "news-en-S12", "thecitydesk.example", "technology/salesforce-buys-informatica-8bn", "2026-05-27",
        "Salesforce agrees $8bn deal to buy Informatica",
        "SAN FRANCISCO, 27 May 2026 — Priya Natarajan, technology editor",
        [
            "Salesforce has agreed to buy Informatica, the data management company, for about $8bn "
            "(£5.9bn) in cash, its biggest acquisition since it bought Slack for $27.7bn in 2021.",

            "Informatica shareholders will receive $25 a share, a premium of about 30% to Friday's "
            "closing price, the companies said on Tuesday. The deal is expected to close early next "
            "year, subject to regulatory approval.",

            "The San Francisco-based software group is betting that Informatica's tools, which help "
            "businesses clean up and catalogue their data, will make its AI agents more useful to "
            "corporate customers. Informatica reported annual revenue of $1.6bn last year.",

            "\u201cTruly autonomous AI needs clean, trusted data at its foundation,\u201d Marc Benioff, "
            "Salesforce's chair and chief executive, said in a statement.",

            "The two companies first held talks in 2024, when a deal valuing Informatica at about "
            "$11bn was reported to be close before collapsing over price. Some investors had "
            "questioned whether Salesforce should be spending on another big acquisition at all.",
        ],
        "\u00a9 2026 The City Desk. All rights reserved.",
        [("Salesforce", "salesforce", ORG), ("Informatica", "informatica", ORG), ("Slack", "slack", ORG),
         ("Marc Benioff", "marc-benioff", PER)],
        [
            money("$8bn", 8 * B, "USD", "exact", "deal_value", "salesforce",
                  "S12 salesforce informatica deal"),
            money("$8bn", 8 * B, "USD", "approx", "deal_value", "salesforce",
                  "S12 salesforce informatica deal"),
            money("£5.9bn", 5.9 * B, "GBP", "approx", "deal_value", "salesforce",
                  "S12 salesforce informatica deal", cluster="S12 salesforce informatica deal|GBP"),
            money("$27.7bn", 27.7 * B, "USD", "exact", "deal_value", "salesforce",
                  "S12 salesforce slack deal 2021", period="2021"),
            money("$25", 25, "USD", "exact", "price_per_unit", "salesforce", "S12 informatica share price",
                  att="salesforce", per="share"),
            money("$1.6bn", 1.6 * B, "USD", "exact", "revenue", "informatica", "S12 informatica revenue",
                  att="informatica", period="2025"),
            money("$11bn", 11 * B, "USD", "approx", "valuation", "informatica",
                  "S12 informatica valuation 2024", hedge="reportedly", period="2024"),
        ],
    ),
]
