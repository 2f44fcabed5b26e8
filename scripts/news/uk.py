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

# ---------------------------------------------------------------- S06 Cerebras IPO
ARTICLES.append(article(
    LANG, "news-uk-S06", "finansovyi-pulse.example", "cerebras-ipo-nasdaq", "2026-05-14",
    "Cerebras залучила $1,1 млрд під час IPO на Nasdaq",
    """
Фінансовий пульс | Нью-Йорк, 14 травня 2026

Виробник чипів для штучного інтелекту Cerebras Systems залучив 1,1 млрд доларів під час первинного розміщення акцій на біржі Nasdaq. Ціна розміщення становила 28 доларів за акцію, що дає компанії оцінку у 8,1 млрд доларів.

Найбільшим клієнтом Cerebras залишається група G42 з ОАЕ. Виручка компанії у 2025 році склала 290 млн доларів.
""",
    [
        money("$1,1 млрд", 0, 1.1 * B, "USD", "exact", "cerebras", "funding", "S06 cerebras ipo proceeds"),
        money("1,1 млрд доларів", 0, 1.1 * B, "USD", "exact", "cerebras", "funding", "S06 cerebras ipo proceeds"),
        money("28 доларів", 0, 28, "USD", "exact", "cerebras", "price_per_unit", "S06 cerebras share price",
              per="share"),
        money("8,1 млрд доларів", 0, 8.1 * B, "USD", "exact", "cerebras", "valuation", "S06 cerebras valuation"),
        money("290 млн доларів", 0, 290 * M, "USD", "exact", "cerebras", "revenue", "S06 cerebras revenue 2025",
              period="2025"),
    ],
    [("Cerebras Systems", "cerebras", "org"), ("Cerebras", "cerebras", "org"), ("G42", "g42", "org")],
))

# ---------------------------------------------------------------- S11 Humain and Nvidia
ARTICLES.append(article(
    LANG, "news-uk-S11", "biznes-ogliad.example", "humain-nvidia-gb300", "2026-05-13",
    "Саудівська Humain купить 18 000 чипів Nvidia GB300",
    """
Бізнес-огляд | Ер-Ріяд, 13 травня 2026

Саудівська компанія штучного інтелекту Humain придбає 18 000 чипів Nvidia GB300 для своїх дата-центрів, повідомило агентство Reuters. Крім того, Humain уклала з AMD партнерство на 10 млрд доларів.
""",
    [
        gpus("18 000 чипів Nvidia GB300", 0, 18000, "GB300", "exact", "humain", "S11 humain gb300"),
        gpus("18 000 чипів Nvidia GB300", 1, 18000, "GB300", "exact", "humain", "S11 humain gb300",
             attribution="reuters"),
        money("10 млрд доларів", 0, 10 * B, "USD", "exact", "humain", "investment", "S11 humain amd deal"),
    ],
    [("Humain", "humain", "org"), ("Nvidia", "nvidia", "org"), ("GB300", "GB300", "accelerator"),
     ("Reuters", "reuters", "org"), ("AMD", "amd", "org")],
))
