"""Greek (el) news articles with their gold (row helpers: rows_ko_tr_ar_hu.py)."""

from rows_ko_tr_ar_hu import B, M, T, article, gpus, money  # noqa: F401

LANG = "el"
ARTICLES = []

# ---------------------------------------------------------------- S08 ESMC state aid
ARTICLES.append(article(
    LANG, "news-el-S08", "oikonomiki-epitheorisi.example", "komision-enisxysi-esmc-dresdi", "2026-04-29",
    "Πράσινο φως της Κομισιόν σε κρατική ενίσχυση 5 δισ. ευρώ για την ESMC",
    """
Βρυξέλλες, 29 Απριλίου 2026

Η Ευρωπαϊκή Επιτροπή ενέκρινε γερμανική κρατική ενίσχυση ύψους 5 δισ. ευρώ για την ESMC, την κοινοπραξία της TSMC με τις Bosch, Infineon και NXP, που κατασκευάζει εργοστάσιο ημιαγωγών στη Δρέσδη.

Σύμφωνα με την Κομισιόν, η επένδυση για τη μονάδα ξεπερνά τα 10 δισ. ευρώ. Το εργοστάσιο αναμένεται να δημιουργήσει περίπου 2.000 θέσεις εργασίας.

Η ESMC θα παράγει τσιπ κυρίως για την αυτοκινητοβιομηχανία και τη βιομηχανία.
""",
    [
        money("5 δισ. ευρώ", 0, 5 * B, "EUR", "exact", "esmc", "subsidy", "S08 esmc subsidy"),
        money("5 δισ. ευρώ", 1, 5 * B, "EUR", "exact", "esmc", "subsidy", "S08 esmc subsidy"),
        money("10 δισ. ευρώ", 0, 10 * B, "EUR", "over", "esmc", "investment", "S08 esmc investment",
              attribution="european-commission"),
    ],
    [("Ευρωπαϊκή Επιτροπή", "european-commission", "org"), ("Κομισιόν", "european-commission", "org"),
     ("ESMC", "esmc", "org"), ("TSMC", "tsmc", "org"), ("Bosch", "bosch", "org"),
     ("Infineon", "infineon", "org"), ("NXP", "nxp", "org")],
))

# ---------------------------------------------------------------- S12 Salesforce and Informatica
ARTICLES.append(article(
    LANG, "news-el-S12", "agores-simera.example", "salesforce-exagora-informatica", "2026-05-27",
    "Η Salesforce εξαγοράζει την Informatica έναντι 8 δισ. δολαρίων",
    """
Νέα Υόρκη, 27 Μαΐου 2026

Η Salesforce θα εξαγοράσει την Informatica έναντι 8 δισ. δολαρίων (περίπου 7,1 δισ. ευρώ), ανακοίνωσε η αμερικανική εταιρεία. Η Salesforce θα καταβάλει 25 δολάρια ανά μετοχή σε μετρητά.

Τα έσοδα της Informatica το 2025 ανέρχονται σε 1,6 δισ. δολάρια.
""",
    [
        money("8 δισ. δολαρίων", 0, 8 * B, "USD", "exact", "salesforce", "deal_value",
              "S12 salesforce informatica deal"),
        money("8 δισ. δολαρίων", 1, 8 * B, "USD", "exact", "salesforce", "deal_value",
              "S12 salesforce informatica deal", attribution="salesforce"),
        money("7,1 δισ. ευρώ", 0, 7.1 * B, "EUR", "approx", "salesforce", "deal_value",
              "S12 salesforce informatica deal", cluster="S12 salesforce informatica deal|EUR",
              attribution="salesforce"),
        money("25 δολάρια", 0, 25, "USD", "exact", "salesforce", "price_per_unit", "S12 informatica share price",
              per="share"),
        money("1,6 δισ. δολάρια", 0, 1.6 * B, "USD", "exact", "informatica", "revenue", "S12 informatica revenue", period="2025"),
    ],
    [("Salesforce", "salesforce", "org"), ("Informatica", "informatica", "org")],
))

# ---------------------------------------------------------------- S10 OpenAI and Oracle
ARTICLES.append(article(
    LANG, "news-el-S10", "agores-simera.example", "openai-oracle-symvasi-300-dis", "2026-07-15",
    "Η Oracle κλείνει συμβόλαιο 300 δισ. δολαρίων με την OpenAI",
    """
Νέα Υόρκη, 15 Ιουλίου 2026

Η OpenAI θα αγοράσει από την Oracle υπολογιστική ισχύ αξίας 300 δισ. δολαρίων σε διάστημα περίπου πέντε ετών, σύμφωνα με το Reuters. Η σύμβαση αντιστοιχεί σε περίπου 60 δισ. δολάρια τον χρόνο για την Oracle.

Οι μετοχές της Oracle σημείωσαν άνοδο 30%.
""",
    [
        money("300 δισ. δολαρίων", 0, 300 * B, "USD", "exact", "oracle", "order_value",
              "S10 oracle openai contract"),
        money("300 δισ. δολαρίων", 1, 300 * B, "USD", "exact", "oracle", "order_value",
              "S10 oracle openai contract", attribution="reuters"),
        money("60 δισ. δολάρια", 0, 60 * B, "USD", "approx", "oracle", "order_value",
              "S10 oracle openai contract per year", per="year"),
    ],
    [("OpenAI", "openai", "org"), ("Oracle", "oracle", "org"), ("Reuters", "reuters", "org")],
))
