"""Czech (cs) news articles with their gold (row helpers: rows_ko_tr_ar_hu.py)."""

from rows_ko_tr_ar_hu import B, M, T, article, gpus, money  # noqa: F401

LANG = "cs"
ARTICLES = []

# ---------------------------------------------------------------- S03 Microsoft fine
ARTICLES.append(article(
    LANG, "news-cs-S03", "ekonomicky-denik.example", "brusel-pokuta-microsoft-copilot", "2026-06-24",
    "Brusel udělil Microsoftu pokutu 1,1 miliardy eur kvůli Copilotu",
    """
Brusel 24. června (EkD) - Evropská komise udělila americké společnosti Microsoft pokutu ve výši 1,1 miliardy eur (asi 27 miliard Kč). Firma podle ní zneužila dominantní postavení, když svazovala asistenta Copilot s balíkem Office.

Jde o nejvyšší pokutu od roku 2018, kdy Brusel potrestal Google částkou 4,34 miliardy eur.

„Velké technologické firmy musí dodržovat stejná pravidla jako všichni ostatní,“ řekla eurokomisařka pro hospodářskou soutěž Teresa Ribera.

Microsoft uvedl, že se proti rozhodnutí odvolá. Tržby společnosti ve fiskálním roce 2024 dosáhly 245 miliard dolarů.
""",
    [
        money("1,1 miliardy eur", 0, 1.1 * B, "EUR", "exact", "microsoft", "fine", "S03 microsoft fine"),
        money("1,1 miliardy eur", 1, 1.1 * B, "EUR", "exact", "microsoft", "fine", "S03 microsoft fine"),
        money("27 miliard Kč", 0, 27 * B, "CZK", "approx", "microsoft", "fine", "S03 microsoft fine",
              cluster="S03 microsoft fine|CZK"),
        money("4,34 miliardy eur", 0, 4.34 * B, "EUR", "exact", "google", "fine", "S03 google fine 2018",
              period="2018"),
        money("245 miliard dolarů", 0, 245 * B, "USD", "exact", "microsoft", "revenue",
              "S03 microsoft revenue FY2024", period="FY2024"),
    ],
    [("Evropská komise", "european-commission", "org"), ("Microsoftu", "microsoft", "org"),
     ("Microsoft", "microsoft", "org"), ("Google", "google", "org"), ("Teresa Ribera", "teresa-ribera", "person")],
))

# ---------------------------------------------------------------- S01 Mistral AI funding
ARTICLES.append(article(
    LANG, "news-cs-S01", "tech-noviny.example", "mistral-ai-ziskal-2-miliardy-eur", "2026-09-09",
    "Francouzský Mistral AI získal 2 miliardy eur, ocenění firmy stouplo na 14 miliard",
    """
Paříž 9. září (TN) - Francouzský vývojář umělé inteligence Mistral AI získal v investičním kole série D 2 miliardy eur (asi 2,3 miliardy dolarů). Kolo firmu ocenilo na 14 miliard eur.

Největším investorem je nizozemská společnost ASML, která do kola vložila 1,3 miliardy eur.
""",
    [
        money("2 miliardy eur", 0, 2 * B, "EUR", "exact", "mistral", "funding", "S01 mistral funding"),
        money("14 miliard", 0, 14 * B, "EUR", "exact", "mistral", "valuation", "S01 mistral valuation"),
        money("2 miliardy eur", 1, 2 * B, "EUR", "exact", "mistral", "funding", "S01 mistral funding"),
        money("2,3 miliardy dolarů", 0, 2.3 * B, "USD", "approx", "mistral", "funding", "S01 mistral funding",
              cluster="S01 mistral funding|USD"),
        money("14 miliard eur", 0, 14 * B, "EUR", "exact", "mistral", "valuation", "S01 mistral valuation"),
        money("1,3 miliardy eur", 0, 1.3 * B, "EUR", "exact", "asml", "investment", "S01 asml investment"),
    ],
    [("Mistral AI", "mistral", "org"), ("ASML", "asml", "org")],
))

# ---------------------------------------------------------------- S05 Anthropic funding
ARTICLES.append(article(
    LANG, "news-cs-S05", "tech-noviny.example", "anthropic-ziskal-10-miliard-dolaru", "2026-03-04",
    "Anthropic získal 10 miliard dolarů, ocenění vzrostlo na 230 miliard",
    """
San Francisco 4. března (TN) - Americká společnost Anthropic, která vyvíjí modely Claude, získala v novém kole financování 10 miliard dolarů (asi 230 miliard Kč). Kolo ji ocenilo na 230 miliard dolarů.

Anualizované tržby firmy podle ní činí 7 miliard dolarů ročně.
""",
    [
        money("10 miliard dolarů", 0, 10 * B, "USD", "exact", "anthropic", "funding", "S05 anthropic funding"),
        money("230 miliard", 0, 230 * B, "USD", "exact", "anthropic", "valuation", "S05 anthropic valuation"),
        money("10 miliard dolarů", 1, 10 * B, "USD", "exact", "anthropic", "funding", "S05 anthropic funding"),
        money("230 miliard Kč", 0, 230 * B, "CZK", "approx", "anthropic", "funding", "S05 anthropic funding",
              cluster="S05 anthropic funding|CZK"),
        money("230 miliard dolarů", 0, 230 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation"),
        money("7 miliard dolarů", 0, 7 * B, "USD", "exact", "anthropic", "revenue",
              "S05 anthropic revenue run-rate", per="year"),
    ],
    [("Anthropic", "anthropic", "org")],
))
