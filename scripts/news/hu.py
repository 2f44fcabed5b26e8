"""Hungarian (hu) news articles with their gold (row helpers: rows_ko_tr_ar_hu.py)."""

from rows_ko_tr_ar_hu import B, M, T, article, gpus, money  # noqa: F401

LANG = "hu"
ARTICLES = []

# ---------------------------------------------------------------- S12 Salesforce buys Informatica
ARTICLES.append(article(
    LANG, "news-hu-S12", "tozsdeforum.example", "salesforce-informatica-felvasarlas", "2026-05-27",
    "8 milliárd dollárért veszi meg a Salesforce az Informaticát",
    """
Tőzsdefórum | 2026. május 27., szerda 22:15

A Salesforce 8 milliárd dollárért (nagyjából 2900 milliárd forintért) vásárolja meg az adatkezelő szoftvereket fejlesztő Informaticát, jelentette be szerdán az amerikai vállalat.

A Salesforce részvényenként 25 dollárt fizet készpénzben, ami mintegy 30 százalékos prémiumot jelent a pénteki záróárhoz képest. Az Informatica éves árbevétele 1,6 milliárd dollár.

– Az adat a mesterséges intelligencia üzemanyaga – mondta Marc Benioff, a Salesforce vezérigazgatója.

A tranzakció lezárását a jövő év elejére várják, a hatósági jóváhagyások után.
""",
    [
        money("8 milliárd dollárért", 0, 8 * B, "USD", "exact", "salesforce", "deal_value",
              "S12 salesforce informatica deal"),
        money("8 milliárd dollárért", 1, 8 * B, "USD", "exact", "salesforce", "deal_value",
              "S12 salesforce informatica deal", attribution="salesforce"),
        money("2900 milliárd forintért", 0, 2900 * B, "HUF", "approx", "salesforce", "deal_value",
              "S12 salesforce informatica deal", cluster="S12 salesforce informatica deal|HUF",
              attribution="salesforce"),
        money("25 dollárt", 0, 25, "USD", "exact", "salesforce", "price_per_unit",
              "S12 informatica share price", per="share"),
        money("1,6 milliárd dollár", 0, 1.6 * B, "USD", "exact", "informatica", "revenue",
              "S12 informatica revenue"),
    ],
    [("Salesforce", "salesforce", "org"), ("Informaticát", "informatica", "org"),
     ("Informatica", "informatica", "org"), ("Marc Benioff", "marc-benioff", "person")],
))

# ---------------------------------------------------------------- S01 Mistral AI funding
ARTICLES.append(article(
    LANG, "news-hu-S01", "techvilag.example", "mistral-ai-2-milliard-euro", "2026-09-09",
    "2 milliárd eurót vont be a Mistral AI, 14 milliárd euróra értékelik",
    """
Techvilág | 2026. szeptember 9. 18:40

A francia Mistral AI 2 milliárd eurót (mintegy 2,3 milliárd dollárt) vont be egy D sorozatú finanszírozási körben, amely 14 milliárd euróra értékeli a céget. A körben a holland ASML 1,3 milliárd eurót fektetett be.

A párizsi startup 2024-ben 600 millió eurót gyűjtött.

– Európának saját, független mesterséges intelligenciára van szüksége – mondta Arthur Mensch vezérigazgató.
""",
    [
        money("2 milliárd eurót", 0, 2 * B, "EUR", "exact", "mistral", "funding", "S01 mistral funding"),
        money("14 milliárd euróra", 0, 14 * B, "EUR", "exact", "mistral", "valuation", "S01 mistral valuation"),
        money("2 milliárd eurót", 1, 2 * B, "EUR", "exact", "mistral", "funding", "S01 mistral funding"),
        money("2,3 milliárd dollárt", 0, 2.3 * B, "USD", "approx", "mistral", "funding", "S01 mistral funding",
              cluster="S01 mistral funding|USD"),
        money("14 milliárd euróra", 1, 14 * B, "EUR", "exact", "mistral", "valuation", "S01 mistral valuation"),
        money("1,3 milliárd eurót", 0, 1.3 * B, "EUR", "exact", "asml", "investment", "S01 asml investment"),
        money("600 millió eurót", 0, 600 * M, "EUR", "exact", "mistral", "funding", "S01 mistral funding 2024",
              period="2024"),
    ],
    [("Mistral AI", "mistral", "org"), ("ASML", "asml", "org"), ("Arthur Mensch", "arthur-mensch", "person")],
))

# ---------------------------------------------------------------- S08 EU approves aid for ESMC
ARTICLES.append(article(
    LANG, "news-hu-S08", "tozsdeforum.example", "esmc-drezda-allami-tamogatas", "2026-04-29",
    "Brüsszel rábólintott az ESMC drezdai gyárának 5 milliárd eurós támogatására",
    """
Tőzsdefórum | 2026. április 29., szerda 17:30

Az Európai Bizottság jóváhagyta, hogy Németország 5 milliárd euró állami támogatást nyújtson az ESMC drezdai chipgyárának. Az ESMC a TSMC, a Bosch, az Infineon és az NXP közös vállalata.

A gyárba több mint 10 milliárd eurót fektetnek be, és mintegy kétezer munkahelyet teremt.
""",
    [
        money("5 milliárd eurós", 0, 5 * B, "EUR", "exact", "esmc", "subsidy", "S08 esmc subsidy"),
        money("5 milliárd euró", 1, 5 * B, "EUR", "exact", "esmc", "subsidy", "S08 esmc subsidy"),
        money("10 milliárd eurót", 0, 10 * B, "EUR", "over", "esmc", "investment", "S08 esmc investment"),
    ],
    [("Európai Bizottság", "european-commission", "org"), ("ESMC", "esmc", "org"), ("TSMC", "tsmc", "org"),
     ("Bosch", "bosch", "org"), ("Infineon", "infineon", "org"), ("NXP", "nxp", "org")],
))
