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
