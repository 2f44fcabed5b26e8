"""Turkish (tr) news articles with their gold (row helpers: rows_ko_tr_ar_hu.py)."""

from rows_ko_tr_ar_hu import B, M, T, article, gpus, money  # noqa: F401

LANG = "tr"
ARTICLES = []

# ---------------------------------------------------------------- S05 Anthropic funding
ARTICLES.append(article(
    LANG, "news-tr-S05", "ekonomi-gundem.example", "anthropic-10-milyar-dolar-yatirim", "2026-03-04",
    "Anthropic 10 milyar dolar topladı, değerlemesi 230 milyar dolara çıktı",
    """
Ekonomi Gündem | San Francisco | 4 Mart 2026, 21:40

Yapay zekâ şirketi Anthropic, yeni yatırım turunda 10 milyar dolar (yaklaşık 355 milyar TL) topladığını açıkladı. Şirketin açıklamasına göre turun ardından Anthropic'in değerlemesi 230 milyar dolara ulaştı.

Claude modellerinin geliştiricisi olan şirketin yıllıklandırılmış geliri 7 milyar dolar seviyesinde bulunuyor. Anthropic, 2025 yılında da 13 milyar dolarlık bir yatırım turu tamamlamıştı.

Turda Google ve Amazon gibi mevcut yatırımcılar da yer aldı. Şirketin CEO'su Dario Amodei, "Bu kaynak, daha güvenli ve daha yetenekli modeller geliştirmemizi hızlandıracak" dedi.

Anthropic, toplanan fonu bilgi işlem kapasitesine ve yeni veri merkezlerine harcayacak.
""",
    [
        money("10 milyar dolar", 0, 10 * B, "USD", "exact", "anthropic", "funding", "S05 anthropic funding"),
        money("230 milyar dolara", 0, 230 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation"),
        money("10 milyar dolar", 1, 10 * B, "USD", "exact", "anthropic", "funding", "S05 anthropic funding"),
        money("355 milyar TL", 0, 355 * B, "TRY", "approx", "anthropic", "funding", "S05 anthropic funding",
              cluster="S05 anthropic funding|TRY"),
        money("230 milyar dolara", 1, 230 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation", attribution="anthropic"),
        money("7 milyar dolar", 0, 7 * B, "USD", "exact", "anthropic", "revenue",
              "S05 anthropic revenue run-rate", per="year"),
        money("13 milyar dolarlık", 0, 13 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding 2025", period="2025"),
    ],
    [("Anthropic", "anthropic", "org"), ("Google", "google", "org"), ("Amazon", "amazon", "org"),
     ("Dario Amodei", "dario-amodei", "person")],
))

# ---------------------------------------------------------------- S03 EU fines Microsoft
ARTICLES.append(article(
    LANG, "news-tr-S03", "piyasa-haber.example", "ab-microsoft-copilot-cezasi", "2026-06-24",
    "AB'den Microsoft'a 1,1 milyar avro ceza",
    """
Piyasa Haber | Brüksel | 24 Haziran 2026, 14:32

Avrupa Komisyonu, Copilot yapay zekâ asistanını Office paketine bağladığı gerekçesiyle Microsoft'a 1,1 milyar avro (yaklaşık 1,28 milyar dolar) para cezası verdi.

Ceza, Google'a 2018'de verilen 4,34 milyar avroluk cezadan bu yana teknoloji sektöründe verilen en büyük rekabet cezası oldu. Rekabetten sorumlu Komisyon Başkan Yardımcısı Teresa Ribera, "Hâkim konumdaki şirketler pazar güçlerini yeni pazarlara taşıyamaz" dedi.

Microsoft ise karara itiraz edeceğini açıkladı.
""",
    [
        money("1,1 milyar avro", 0, 1.1 * B, "EUR", "exact", "microsoft", "fine", "S03 microsoft fine"),
        money("1,1 milyar avro", 1, 1.1 * B, "EUR", "exact", "microsoft", "fine", "S03 microsoft fine"),
        money("1,28 milyar dolar", 0, 1.28 * B, "USD", "approx", "microsoft", "fine", "S03 microsoft fine",
              cluster="S03 microsoft fine|USD"),
        money("4,34 milyar avroluk", 0, 4.34 * B, "EUR", "exact", "google", "fine", "S03 google fine 2018",
              period="2018"),
    ],
    [("Avrupa Komisyonu", "european-commission", "org"), ("Microsoft", "microsoft", "org"),
     ("Google", "google", "org"), ("Teresa Ribera", "teresa-ribera", "person")],
))

# ---------------------------------------------------------------- S12 Salesforce buys Informatica
ARTICLES.append(article(
    LANG, "news-tr-S12", "teknoloji-finans.example", "salesforce-informatica-satin-alma", "2026-05-27",
    "Salesforce, Informatica'yı 8 milyar dolara satın alıyor",
    """
Teknoloji Finans | New York | 27 Mayıs 2026, 23:05

Bulut yazılım devi Salesforce, veri yönetimi yazılımı şirketi Informatica'yı 8 milyar dolara satın alacak. Salesforce, hisse başına 25 dolar nakit ödeyecek.

Informatica'nın yıllık geliri 1,6 milyar dolar. Salesforce CEO'su Marc Benioff, "Yapay zekânın yakıtı veridir" dedi.

İşlemin düzenleyici onayların ardından gelecek yılın başında tamamlanması bekleniyor.
""",
    [
        money("8 milyar dolara", 0, 8 * B, "USD", "exact", "salesforce", "deal_value",
              "S12 salesforce informatica deal"),
        money("8 milyar dolara", 1, 8 * B, "USD", "exact", "salesforce", "deal_value",
              "S12 salesforce informatica deal"),
        money("25 dolar", 0, 25, "USD", "exact", "salesforce", "price_per_unit", "S12 informatica share price",
              per="share"),
        money("1,6 milyar dolar", 0, 1.6 * B, "USD", "exact", "informatica", "revenue", "S12 informatica revenue"),
    ],
    [("Salesforce", "salesforce", "org"), ("Informatica", "informatica", "org"),
     ("Marc Benioff", "marc-benioff", "person")],
))
