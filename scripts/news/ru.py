"""Russian (ru) news articles with their gold (row helpers: rows_ko_tr_ar_hu.py)."""

from rows_ko_tr_ar_hu import B, M, T, article, gpus, money  # noqa: F401

LANG = "ru"
ARTICLES = []

# ---------------------------------------------------------------- S10 OpenAI and Oracle
ARTICLES.append(article(
    LANG, "news-ru-S10", "delovoy-vestnik.example", "openai-oracle-kontrakt-300-mlrd", "2026-07-15",
    "OpenAI купит у Oracle вычислительные мощности на $300 млрд",
    """
Деловой вестник, 15 июля 2026, 19:05

OpenAI договорилась купить у Oracle вычислительные мощности на 300 млрд долларов (около 23,4 трлн рублей) примерно за пять лет, сообщила Oracle в среду. Это один из крупнейших облачных контрактов в истории.

По данным Reuters, в среднем контракт будет приносить Oracle около 60 млрд долларов в год. Поставки начнутся в 2027 году, мощности разместят в новых дата-центрах в Техасе.

«Спрос на вычисления для искусственного интеллекта растет быстрее, чем мы можем строить», — сказал основатель Oracle Ларри Эллисон. Глава OpenAI Сэм Альтман назвал соглашение важным шагом для компании.

После публикации новости акции Oracle подорожали на 30%.
""",
    [
        money("$300 млрд", 0, 300 * B, "USD", "exact", "oracle", "order_value", "S10 oracle openai contract"),
        money("300 млрд долларов", 0, 300 * B, "USD", "exact", "oracle", "order_value",
              "S10 oracle openai contract", attribution="oracle"),
        money("23,4 трлн рублей", 0, 23.4 * T, "RUB", "approx", "oracle", "order_value",
              "S10 oracle openai contract", cluster="S10 oracle openai contract|RUB", attribution="oracle"),
        money("60 млрд долларов", 0, 60 * B, "USD", "approx", "oracle", "order_value",
              "S10 oracle openai contract per year", attribution="reuters", per="year"),
    ],
    [("OpenAI", "openai", "org"), ("Oracle", "oracle", "org"), ("Reuters", "reuters", "org"),
     ("Ларри Эллисон", "larry-ellison", "person"), ("Сэм Альтман", "sam-altman", "person")],
))
