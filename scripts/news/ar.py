"""Arabic (ar) news articles with their gold (row helpers: rows_ko_tr_ar_hu.py)."""

from rows_ko_tr_ar_hu import B, M, T, article, gpus, money  # noqa: F401

LANG = "ar"
ARTICLES = []

# ---------------------------------------------------------------- S11 Humain's Nvidia order
ARTICLES.append(article(
    LANG, "news-ar-S11", "al-iqtisadi.example", "humain-nvidia-gb300", "2026-05-13",
    "هيوماين السعودية تشتري 18 ألف شريحة GB300 من إنفيديا",
    """
الاقتصادي - الرياض، 13 مايو 2026

أعلنت شركة هيوماين السعودية للذكاء الاصطناعي، المملوكة لصندوق الاستثمارات العامة، أنها ستشتري 18 ألف شريحة GB300 من إنفيديا لبناء مراكز بيانات في المملكة بقدرة 500 ميغاواط.

وقال جنسن هوانغ، الرئيس التنفيذي لشركة إنفيديا، خلال منتدى الاستثمار السعودي الأمريكي إن الصفقة "خطوة أولى" في شراكة طويلة الأمد.

ووقّعت هيوماين أيضا شراكة بقيمة 10 مليارات دولار مع إيه إم دي لنشر رقائقها في المملكة خلال السنوات الخمس المقبلة.

وقال طارق أمين، الرئيس التنفيذي لشركة هيوماين: "نريد أن نكون ثالث أكبر مزود للذكاء الاصطناعي في العالم".
""",
    [
        gpus("18 ألف شريحة GB300", 0, 18000, "GB300", "exact", "humain", "S11 humain gb300"),
        gpus("18 ألف شريحة GB300", 1, 18000, "GB300", "exact", "humain", "S11 humain gb300"),
        money("10 مليارات دولار", 0, 10 * B, "USD", "exact", "humain", "investment", "S11 humain amd deal"),
    ],
    [("هيوماين", "humain", "org"), ("إنفيديا", "nvidia", "org"), ("إيه إم دي", "amd", "org"),
     ("GB300", "GB300", "accelerator"), ("جنسن هوانغ", "jensen-huang", "person"),
     ("طارق أمين", "tareq-amin", "person")],
))

# ---------------------------------------------------------------- S06 Cerebras IPO
ARTICLES.append(article(
    LANG, "news-ar-S06", "aswaq-today.example", "cerebras-nasdaq-ipo", "2026-05-14",
    "سيريبراس تجمع 1.1 مليار دولار في طرحها العام الأولي",
    """
أسواق اليوم - نيويورك، 14 مايو 2026

جمعت شركة سيريبراس سيستمز الأمريكية لصناعة رقائق الذكاء الاصطناعي 1.1 مليار دولار في طرحها العام الأولي في بورصة ناسداك، بعد أن سعّرت أسهمها عند 28 دولارا للسهم، ما يقيّم الشركة بنحو 8.1 مليار دولار.

وتعد مجموعة G42 الإماراتية أكبر عملاء الشركة. وبلغت إيرادات سيريبراس في عام 2025 نحو 290 مليون دولار.

وقال أندرو فيلدمان، الرئيس التنفيذي للشركة، إن الطرح "يمنحنا الموارد لمنافسة أكبر اللاعبين".
""",
    [
        money("1.1 مليار دولار", 0, 1.1 * B, "USD", "exact", "cerebras", "funding", "S06 cerebras ipo proceeds"),
        money("1.1 مليار دولار", 1, 1.1 * B, "USD", "exact", "cerebras", "funding", "S06 cerebras ipo proceeds"),
        money("28 دولارا", 0, 28, "USD", "exact", "cerebras", "price_per_unit", "S06 cerebras share price",
              per="share"),
        money("8.1 مليار دولار", 0, 8.1 * B, "USD", "approx", "cerebras", "valuation", "S06 cerebras valuation"),
        money("290 مليون دولار", 0, 290 * M, "USD", "approx", "cerebras", "revenue", "S06 cerebras revenue 2025",
              period="2025"),
    ],
    [("سيريبراس سيستمز", "cerebras", "org"), ("سيريبراس", "cerebras", "org"), ("G42", "g42", "org"),
     ("أندرو فيلدمان", "andrew-feldman", "person")],
))
