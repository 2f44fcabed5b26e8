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

# ---------------------------------------------------------------- S07 Moonshot AI training run
ARTICLES.append(article(
    LANG, "news-ru-S07", "tekhnopark-daily.example", "moonshot-kimi-k3-obuchenie", "2026-02-20",
    "Moonshot AI: обучение Kimi K3 обошлось в $4,6 млн",
    """
Технопарк Daily, 20 февраля 2026

Китайский стартап Moonshot AI потратил на финальный запуск обучения модели Kimi K3 4,6 млн долларов, сообщила компания в техническом отчете. Для обучения использовались 3072 GPU Nvidia H800.

В общей сложности Moonshot AI эксплуатирует около 20 000 графических процессоров, отметил основатель компании Ян Чжилинь. Среди инвесторов стартапа — Alibaba.
""",
    [
        money("$4,6 млн", 0, 4.6 * M, "USD", "exact", "moonshot", "training_cost", "S07 moonshot training cost",
              scope="run"),
        money("4,6 млн долларов", 0, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        gpus("3072 GPU Nvidia H800", 0, 3072, "H800", "exact", "moonshot", "S07 moonshot training gpus",
             scope="run"),
        gpus("20 000 графических процессоров", 0, 20000, None, "approx", "moonshot", "S07 moonshot fleet",
             scope="total"),
    ],
    [("Moonshot AI", "moonshot", "org"), ("Nvidia", "nvidia", "org"), ("Alibaba", "alibaba", "org"),
     ("H800", "H800", "accelerator")],
))

# ---------------------------------------------------------------- S12 Salesforce and Informatica
ARTICLES.append(article(
    LANG, "news-ru-S12", "delovoy-vestnik.example", "salesforce-pokupaet-informatica", "2026-05-27",
    "Salesforce купит Informatica за $8 млрд",
    """
Деловой вестник, 27 мая 2026, 23:10

Salesforce договорилась о покупке разработчика программ для управления данными Informatica за 8 млрд долларов, сообщила компания. Salesforce заплатит по 25 долларов за акцию деньгами.

Годовая выручка Informatica составляет около 1,6 млрд долларов. Сделку планируется закрыть в начале следующего года.
""",
    [
        money("$8 млрд", 0, 8 * B, "USD", "exact", "salesforce", "deal_value", "S12 salesforce informatica deal"),
        money("8 млрд долларов", 0, 8 * B, "USD", "exact", "salesforce", "deal_value",
              "S12 salesforce informatica deal", attribution="salesforce"),
        money("25 долларов", 0, 25, "USD", "exact", "salesforce", "price_per_unit", "S12 informatica share price",
              per="share"),
        money("1,6 млрд долларов", 0, 1.6 * B, "USD", "approx", "informatica", "revenue",
              "S12 informatica revenue"),
    ],
    [("Salesforce", "salesforce", "org"), ("Informatica", "informatica", "org")],
))
