"""Ukrainian (uk) news articles with their gold (row helpers: rows_ko_tr_ar_hu.py)."""

from rows_ko_tr_ar_hu import B, M, T, article, gpus, money  # noqa: F401

LANG = "uk"
ARTICLES = []

# ---------------------------------------------------------------- S04 Samsung and Tesla
ARTICLES.append(article(
    LANG, "news-uk-S04", "biznes-ogliad.example", "samsung-tesla-kontrakt-chipy", "2026-10-08",
    "Samsung отримала від Tesla замовлення на чипи вартістю $16,5 млрд",
    """
Бізнес-огляд | Сеул, 8 жовтня 2026

Tesla замовила в Samsung Electronics чипи на 16,5 млрд доларів (близько 15,2 млрд євро), повідомила південнокорейська компанія. Контракт розрахований до 2033 року, чипи випускатимуть на новому заводі в Техасі.

«Стратегічне значення цієї угоди важко переоцінити», — написав Ілон Маск у соцмережі X.

Того ж дня Samsung оприлюднила попередні результати: операційний прибуток у третьому кварталі 2026 року становив близько 3,4 млрд доларів, а виручка сягнула 62 млрд доларів.

Аналітики очікують, що нові замовлення допоможуть підрозділу контрактного виробництва скоротити збитки наступного року.
""",
    [
        money("$16,5 млрд", 0, 16.5 * B, "USD", "exact", "samsung", "order_value", "S04 samsung tesla order"),
        money("16,5 млрд доларів", 0, 16.5 * B, "USD", "exact", "samsung", "order_value",
              "S04 samsung tesla order", attribution="samsung"),
        money("15,2 млрд євро", 0, 15.2 * B, "EUR", "approx", "samsung", "order_value",
              "S04 samsung tesla order", cluster="S04 samsung tesla order|EUR", attribution="samsung"),
        money("3,4 млрд доларів", 0, 3.4 * B, "USD", "approx", "samsung", "operating_profit",
              "S04 samsung operating profit q3", cluster="S04 samsung operating profit q3|USD",
              attribution="samsung", period="2026-Q3"),
        money("62 млрд доларів", 0, 62 * B, "USD", "exact", "samsung", "revenue",
              "S04 samsung revenue q3", cluster="S04 samsung revenue q3|USD",
              attribution="samsung", period="2026-Q3"),
    ],
    [("Tesla", "tesla", "org"), ("Samsung Electronics", "samsung", "org"), ("Samsung", "samsung", "org"),
     ("Ілон Маск", "elon-musk", "person")],
))
