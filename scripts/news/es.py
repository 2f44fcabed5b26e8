"""Spanish articles of the news development set (see scripts/make_news_set.py).

Stories S01 S02 S03 S04 S11 S12 (corpus/news/STORIES.md); Spanish writes the
disagreeing figure of S01 (Mistral valued at EUR 12 billion, according to
people familiar with the talks).

The gold spans are written as text; the helpers below turn "the k-th
stand-alone occurrence of this span" into the raw occurrence index that
make_news_set.py expects (a raw index counts "2.000 millones de euros" inside
"12.000 millones de euros" too), and list every mention of each entity name.
"""
from rows_es_fr import B, M, article, gpus, money

ARTICLES = [
    # ------------------------------------------------------------------ S01
    article(
        "news-es-S01", "mercadoabierto.example", "tecnologia/mistral-ai-ronda-2000-millones-asml",
        "2026-09-09",
        "Mistral AI capta 2.000 millones de euros en una ronda liderada por ASML",
        "París, 9 de septiembre de 2026 | Redacción Mercado Abierto",
        [
            "La start-up francesa de inteligencia artificial Mistral AI ha cerrado una ronda de "
            "financiación serie D por valor de 2.000 millones de euros (unos 2.300 millones de "
            "dólares), según ha anunciado este miércoles la compañía. El fabricante neerlandés de "
            "maquinaria de litografía ASML aporta 1.300 millones de euros y se convierte así en el "
            "principal accionista de la empresa.",

            "La operación valora a Mistral en 12.000 millones de euros, según personas conocedoras "
            "de las negociaciones, aunque la compañía ha declinado confirmar la cifra.",

            "Se trata de un salto considerable respecto a la ronda de 600 millones de euros que la "
            "firma parisina cerró en 2024. «Este capital nos permite seguir siendo independientes "
            "y construir una infraestructura de computación europea», ha afirmado su consejero "
            "delegado, Arthur Mensch, que fundó la empresa en 2023 junto a dos antiguos "
            "investigadores de Meta.",

            "Para ASML, cuyo beneficio neto rondó los 7.600 millones de euros en 2025, la inversión "
            "supone su mayor apuesta fuera del negocio de los equipos para semiconductores. "
            "Mistral compite en Europa con gigantes estadounidenses como OpenAI y Anthropic, que "
            "cuentan con muchos más recursos.",
        ],
        "© 2026 Mercado Abierto. Todos los derechos reservados.",
        [("Mistral AI", "mistral", "org"), ("Mistral", "mistral", "org"),
         ("ASML", "asml", "org"), ("Meta", "meta", "org"),
         ("Arthur Mensch", "arthur-mensch", "person"), ("OpenAI", "openai", "org"),
         ("Anthropic", "anthropic", "org")],
        [
            money("2.000 millones de euros", 2 * B, "EUR", "exact", "funding", "mistral",
                  "S01 mistral funding"),
            money("2.000 millones de euros", 2 * B, "EUR", "exact", "funding", "mistral",
                  "S01 mistral funding", att="mistral"),
            money("2.300 millones de dólares", 2.3 * B, "USD", "approx", "funding", "mistral",
                  "S01 mistral funding", att="mistral", cluster="S01 mistral funding|USD"),
            money("1.300 millones de euros", 1.3 * B, "EUR", "exact", "investment", "asml",
                  "S01 asml investment"),
            money("12.000 millones de euros", 12 * B, "EUR", "exact", "valuation", "mistral",
                  "S01 mistral valuation", hedge="reportedly",
                  cluster="S01 mistral valuation B"),
            money("600 millones de euros", 600 * M, "EUR", "exact", "funding", "mistral",
                  "S01 mistral funding 2024", period="2024"),
            money("7.600 millones de euros", 7.6 * B, "EUR", "approx", "profit", "asml",
                  "S01 asml profit 2025", period="2025"),
        ],
    ),
    # ------------------------------------------------------------------ S02
    article(
        "news-es-S02", "elcapitaltecnologico.example", "semiconductores/tsmc-beneficio-tercer-trimestre-2026",
        "2026-10-16",
        "TSMC eleva su beneficio a 452.000 millones de dólares taiwaneses en el tercer trimestre",
        "Taipéi, 16 oct. 2026 – Por Laura Ortega",
        [
            "Taiwan Semiconductor Manufacturing Company (TSMC), el mayor fabricante de chips por "
            "encargo del mundo, obtuvo un beneficio neto de 452.000 millones de dólares taiwaneses "
            "entre julio y septiembre, frente a los 325.260 millones del mismo trimestre de 2025, "
            "según las cuentas publicadas este jueves por la compañía.",

            "La facturación del trimestre alcanzó 1,05 billones de dólares taiwaneses (unos "
            "33.100 millones de dólares estadounidenses), impulsada por la demanda de procesadores "
            "para inteligencia artificial de clientes como Nvidia y Apple. Nvidia, que encarga a "
            "TSMC sus aceleradores Blackwell, facturó 57.000 millones de dólares en su último "
            "trimestre fiscal.",

            "El grupo mantiene su previsión de inversiones de capital para 2026 en 42.000 millones "
            "de dólares, la cifra más alta de su historia, y prevé seguir ampliando sus fábricas en "
            "Arizona, Japón y Alemania.",

            "«La demanda relacionada con la IA sigue siendo muy sólida», aseguró su presidente y "
            "consejero delegado, C.C. Wei, durante la conferencia con analistas. Las acciones de la "
            "compañía subieron un 1,8 % en la Bolsa de Taipéi tras la publicación.",
        ],
        "Suscríbete a nuestro boletín diario de mercados y tecnología.",
        [("Taiwan Semiconductor Manufacturing Company", "tsmc", "org"), ("TSMC", "tsmc", "org"),
         ("Nvidia", "nvidia", "org"), ("Apple", "apple", "org"),
         ("C.C. Wei", "c-c-wei", "person")],
        [
            money("452.000 millones de dólares taiwaneses", 452 * B, "TWD", "exact", "profit", "tsmc",
                  "S02 tsmc profit q3", period="2026-Q3"),
            money("452.000 millones de dólares taiwaneses", 452 * B, "TWD", "exact", "profit", "tsmc",
                  "S02 tsmc profit q3", att="tsmc", period="2026-Q3"),
            money("325.260 millones", 325.26 * B, "TWD", "exact", "profit", "tsmc",
                  "S02 tsmc profit 2025-Q3", att="tsmc", period="2025-Q3"),
            money("1,05 billones de dólares taiwaneses", 1.05e12, "TWD", "exact", "revenue", "tsmc",
                  "S02 tsmc revenue q3", period="2026-Q3"),
            money("33.100 millones de dólares estadounidenses", 33.1 * B, "USD", "approx", "revenue",
                  "tsmc", "S02 tsmc revenue q3", period="2026-Q3",
                  cluster="S02 tsmc revenue q3|USD"),
            money("57.000 millones de dólares", 57 * B, "USD", "exact", "revenue", "nvidia",
                  "S02 nvidia revenue last quarter"),
            money("42.000 millones de dólares", 42 * B, "USD", "exact", "capex", "tsmc",
                  "S02 tsmc capex 2026", att="tsmc", hedge="expected", period="2026"),
        ],
    ),
    # ------------------------------------------------------------------ S03
    article(
        "news-es-S03", "diariofinanzas.example", "empresas/bruselas-multa-microsoft-copilot-office",
        "2026-06-24",
        "Bruselas multa a Microsoft con 1.100 millones de euros por atar Copilot a Office",
        "Bruselas, 24 de junio de 2026 | Diario Finanzas",
        [
            "La Comisión Europea ha impuesto este miércoles una multa de 1.100 millones de euros a "
            "Microsoft por vincular su asistente de inteligencia artificial Copilot a su paquete "
            "ofimático Office, una práctica que, a juicio de Bruselas, perjudicó a sus competidores.",

            "Es la mayor sanción por abuso de posición dominante desde la multa de 4.340 millones "
            "de euros que la institución impuso a Google en 2018 por el caso Android.",

            "«Las empresas dominantes no pueden usar su poder en un mercado para cerrar el "
            "siguiente», ha declarado la vicepresidenta ejecutiva de Competencia, Teresa Ribera. El "
            "gigante de Redmond dispone de 90 días para corregir su conducta.",

            "La cuantía resulta modesta en relación con el tamaño del grupo, que ingresó "
            "245.000 millones de dólares (unos 226.000 millones de euros) en su ejercicio fiscal "
            "2024. Microsoft ha anunciado que recurrirá la decisión ante el Tribunal General de "
            "la UE.",

            "Según fuentes comunitarias, la sanción podría haber alcanzado el 10 % de la "
            "facturación mundial de la compañía.",
        ],
        "© Diario Finanzas 2026. Prohibida su reproducción total o parcial.",
        [("Comisión Europea", "european-commission", "org"),
         ("Bruselas", "european-commission", "org", (1,)),  # 1: the dateline (the city)
         ("Microsoft", "microsoft", "org"), ("Google", "google", "org"),
         ("Teresa Ribera", "teresa-ribera", "person"),
         ("Tribunal General de la UE", "general-court", "org")],
        [
            money("1.100 millones de euros", 1.1 * B, "EUR", "exact", "fine", "microsoft",
                  "S03 microsoft fine"),
            money("1.100 millones de euros", 1.1 * B, "EUR", "exact", "fine", "microsoft",
                  "S03 microsoft fine", att="european-commission"),
            money("4.340 millones de euros", 4.34 * B, "EUR", "exact", "fine", "google",
                  "S03 google fine 2018", period="2018"),
            money("245.000 millones de dólares", 245 * B, "USD", "exact", "revenue", "microsoft",
                  "S03 microsoft revenue FY2024", period="FY2024"),
            money("226.000 millones de euros", 226 * B, "EUR", "approx", "revenue", "microsoft",
                  "S03 microsoft revenue FY2024", period="FY2024",
                  cluster="S03 microsoft revenue FY2024|EUR"),
        ],
    ),
    # ------------------------------------------------------------------ S04
    article(
        "news-es-S04", "mercadoabierto.example", "empresas/samsung-beneficio-operativo-tercer-trimestre-tesla",
        "2026-10-08",
        "Samsung prevé un beneficio operativo de 4,7 billones de wones en el tercer trimestre",
        "Seúl, 8 de octubre de 2026 | Redacción Mercado Abierto",
        [
            "Samsung Electronics calcula que su beneficio operativo entre julio y septiembre fue de "
            "4,7 billones de wones (unos 3.400 millones de dólares), según las estimaciones "
            "preliminares que el fabricante surcoreano publicó este jueves. Las ventas del "
            "trimestre alcanzaron los 86 billones de wones.",

            "La cifra supone un descenso notable frente a los 9,18 billones de wones que la "
            "compañía ganó en el mismo periodo de 2025, lastrada por la debilidad de su negocio de "
            "memorias y por la competencia de SK hynix en la memoria de alto rendimiento (HBM).",

            "Los inversores, sin embargo, miran más allá. La división de fundición de Samsung firmó "
            "este verano un contrato de 16.500 millones de dólares (unos 22,8 billones de wones) "
            "con Tesla para fabricar chips de inteligencia artificial hasta 2033 en su planta de "
            "Taylor, en Texas. Es el mayor encargo que ha recibido nunca ese negocio.",

            "«Samsung fabricará nuestro próximo chip AI6. Es difícil exagerar la importancia "
            "estratégica de este acuerdo», escribió entonces Elon Musk, consejero delegado de Tesla. "
            "Musk añadió que supervisaría personalmente los avances en la fábrica.",

            "Las acciones de Samsung subieron un 1,2 % en la Bolsa de Seúl, hasta 89.500 wones por "
            "título.",
        ],
        "Recibe cada mañana las claves de los mercados en tu correo.",
        [("Samsung Electronics", "samsung", "org"), ("Samsung", "samsung", "org"),
         ("SK hynix", "sk-hynix", "org"), ("Tesla", "tesla", "org"),
         ("Elon Musk", "elon-musk", "person"), ("Musk", "elon-musk", "person")],
        [
            money("4,7 billones de wones", 4.7e12, "KRW", "exact", "operating_profit", "samsung",
                  "S04 samsung operating profit q3", hedge="estimated", period="2026-Q3"),
            money("4,7 billones de wones", 4.7e12, "KRW", "exact", "operating_profit", "samsung",
                  "S04 samsung operating profit q3", att="samsung", hedge="estimated",
                  period="2026-Q3"),
            money("3.400 millones de dólares", 3.4 * B, "USD", "approx", "operating_profit", "samsung",
                  "S04 samsung operating profit q3", att="samsung", hedge="estimated",
                  period="2026-Q3", cluster="S04 samsung operating profit q3|USD"),
            money("86 billones de wones", 86e12, "KRW", "exact", "revenue", "samsung",
                  "S04 samsung revenue q3", att="samsung", period="2026-Q3"),
            money("9,18 billones de wones", 9.18e12, "KRW", "exact", "operating_profit", "samsung",
                  "S04 samsung operating profit 2025-Q3", period="2025-Q3"),
            money("16.500 millones de dólares", 16.5 * B, "USD", "exact", "order_value", "samsung",
                  "S04 samsung tesla order"),
            money("22,8 billones de wones", 22.8e12, "KRW", "approx", "order_value", "samsung",
                  "S04 samsung tesla order", cluster="S04 samsung tesla order|KRW"),
            money("89.500 wones", 89500, "KRW", "exact", "price_per_unit", "samsung",
                  "S04 samsung share price", per="share"),
        ],
    ),
    # ------------------------------------------------------------------ S11
    article(
        "news-es-S11", "elcapitaltecnologico.example", "ia/humain-arabia-saudi-18000-chips-nvidia-gb300",
        "2026-05-13",
        "Humain, la apuesta saudí por la IA, comprará 18.000 chips GB300 de Nvidia",
        "Riad, 13 may. 2026 – Por Laura Ortega",
        [
            "Humain, la empresa de inteligencia artificial creada por el fondo soberano de Arabia "
            "Saudí (PIF), adquirirá 18.000 chips GB300 de Nvidia para su primer gran centro de "
            "datos, según anunció este miércoles el consejero delegado del fabricante "
            "estadounidense, Jensen Huang, durante un foro de inversión celebrado en Riad.",

            "Los procesadores se instalarán en una infraestructura de 500 megavatios, primera fase "
            "de un plan que la compañía saudí quiere ampliar en los próximos cinco años. «Queremos "
            "ser el tercer polo mundial de la inteligencia artificial, después de Estados Unidos y "
            "China», declaró Tareq Amin, consejero delegado de Humain.",

            "La empresa también ha sellado una alianza de 10.000 millones de dólares con AMD, el "
            "gran rival de Nvidia, para desplegar sus chips y programas en el reino durante el "
            "próximo lustro.",

            "El importe del pedido a Nvidia no se ha hecho público. Según estimaciones de "
            "analistas, cada GB300 cuesta en torno a 65.000 dólares, lo que convertiría a Humain en "
            "uno de los mayores clientes de la compañía de Santa Clara, cuyo valor en bolsa supera "
            "ya los 4 billones de dólares.",
        ],
        "© 2026 El Capital Tecnológico | Tecnología y negocios",
        [("Humain", "humain", "org"), ("PIF", "public-investment-fund", "org"),
         ("Nvidia", "nvidia", "org"), ("GB300", "GB300", "accelerator"),
         ("Jensen Huang", "jensen-huang", "person"), ("Tareq Amin", "tareq-amin", "person"),
         ("AMD", "amd", "org")],
        [
            gpus("18.000 chips GB300", 18000, "GB300", "exact", "humain", "S11 humain gb300"),
            gpus("18.000 chips GB300", 18000, "GB300", "exact", "humain", "S11 humain gb300",
                 att="jensen-huang"),
            money("10.000 millones de dólares", 10 * B, "USD", "exact", "investment", "humain",
                  "S11 humain amd deal"),
            money("65.000 dólares", 65000, "USD", "approx", "price_per_unit", "GB300",
                  "S11 gb300 unit price", hedge="estimated", per="unit"),
            money("4 billones de dólares", 4e12, "USD", "over", "market_value", "nvidia",
                  "S11 nvidia market value"),
        ],
    ),
    # ------------------------------------------------------------------ S12
    article(
        "news-es-S12", "diariofinanzas.example", "empresas/salesforce-compra-informatica-8000-millones",
        "2026-05-27",
        "Salesforce comprará Informatica por 8.000 millones de dólares",
        "Nueva York, 27 de mayo de 2026 | Diario Finanzas",
        [
            "Salesforce, el mayor proveedor mundial de software de gestión de clientes, ha acordado "
            "la compra de Informatica por unos 8.000 millones de dólares (alrededor de 7.100 "
            "millones de euros), según ha comunicado este miércoles la compañía. Salesforce pagará "
            "25 dólares en efectivo por cada acción de Informatica, una prima de aproximadamente "
            "el 30 % sobre su último precio de cierre.",

            "Con la operación, Salesforce busca reforzar su negocio de agentes de IA con las "
            "herramientas de gestión de datos de Informatica, que ingresó 1.600 millones de dólares "
            "en 2025. «Los datos son el combustible de la IA agéntica», afirmó Marc Benioff, "
            "presidente y consejero delegado de Salesforce.",

            "La compañía de San Francisco, que facturó 41.000 millones de dólares en su ejercicio "
            "fiscal 2026, ha recurrido con frecuencia a las adquisiciones para crecer: en 2019 "
            "desembolsó 15.700 millones de dólares por Tableau.",

            "La transacción, que se espera cerrar a principios de 2027, debe recibir aún el visto "
            "bueno de los reguladores y de los accionistas de Informatica.",
        ],
        "Síguenos en redes sociales y suscríbete a nuestra newsletter de empresas.",
        [("Salesforce", "salesforce", "org"), ("Informatica", "informatica", "org"),
         ("Marc Benioff", "marc-benioff", "person"), ("Tableau", "tableau", "org")],
        [
            money("8.000 millones de dólares", 8 * B, "USD", "exact", "deal_value", "salesforce",
                  "S12 salesforce informatica deal"),
            money("8.000 millones de dólares", 8 * B, "USD", "approx", "deal_value", "salesforce",
                  "S12 salesforce informatica deal", att="salesforce"),
            money("7.100 millones de euros", 7.1 * B, "EUR", "approx", "deal_value", "salesforce",
                  "S12 salesforce informatica deal", att="salesforce",
                  cluster="S12 salesforce informatica deal|EUR"),
            money("25 dólares", 25, "USD", "exact", "price_per_unit", "salesforce",
                  "S12 informatica share price", att="salesforce", per="share"),
            money("1.600 millones de dólares", 1.6 * B, "USD", "exact", "revenue", "informatica",
                  "S12 informatica revenue", period="2025"),
            money("41.000 millones de dólares", 41 * B, "USD", "exact", "revenue", "salesforce",
                  "S12 salesforce revenue FY2026", period="FY2026"),
            money("15.700 millones de dólares", 15.7 * B, "USD", "exact", "deal_value", "salesforce",
                  "S12 salesforce tableau deal 2019", period="2019"),
        ],
    ),
]
