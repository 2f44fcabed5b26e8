"""Italian articles of the news development set (see corpus/news/STORIES.md).

Stories: S01 S02 (disagreeing: TSMC net profit NT$425 billion) S03 S04 S05 S12.
Each figure is written once below as F(...): it gives both the money mention
and its claim. Entity mentions are found from a list of names per article
(longest name first, whole words, no overlaps).
"""
import re

B, M = 1e9, 1e6


def F(text, occ, value, currency, bound, subject, predicate, fact, attribution=None,
      hedge=None, scope=None, period=None, per=None, cluster=None):
    value = round(value, 6)
    return {"text": text, "occurrence": occ, "value": value, "currency": currency,
            "bound": bound, "subject": subject, "predicate": predicate, "fact": fact,
            "attribution": attribution, "hedge": hedge, "scope": scope, "period": period,
            "per": per, "cluster": cluster}


def _occurrence(text, needle, start):
    """Which occurrence (as gold_util.locate counts them) of needle starts at start."""
    n, pos = 0, -1
    while True:
        pos = text.find(needle, pos + 1)
        if pos < 0 or pos >= start:
            return n
        n += 1


def _entities(text, names):
    taken, out = [], []
    for name, eid, etype in sorted(names, key=lambda n: -len(n[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append((s, (name, _occurrence(text, name, s), eid, etype)))
    return [t for _, t in sorted(out)]


def article(meta, text, figures, names):
    a = dict(meta)
    a["lang"] = "it"
    a["text"] = text
    a["title"] = text.split("\n", 1)[0]
    a["money"] = [(f["text"], f["occurrence"], f["value"], f["currency"], f["bound"]) for f in figures]
    a["gpu_counts"] = []
    a["entities"] = _entities(text, names)
    a["claims"] = []
    for f in figures:
        c = {k: f[k] for k in ("text", "occurrence", "subject", "predicate", "value", "currency",
                               "attribution", "hedge", "scope", "period", "per", "fact")}
        if f["cluster"]:
            c["cluster"] = f["cluster"]
        a["claims"].append(c)
    return a


ORG, PER = "org", "person"
ARTICLES = []

# --- S01 Mistral AI funding round ---------------------------------------
ARTICLES.append(article(
    {"id": "news-it-S01", "source": "ilcapitaledigitale.example",
     "url": "https://ilcapitaledigitale.example/tech/mistral-ai-round-serie-d-2-miliardi",
     "published": "2026-09-09"},
    "\n\n".join([
        "Mistral AI raccoglie 2 miliardi di euro, ASML primo socio con 1,3 miliardi",
        "Parigi, 9 settembre 2026 – di Giulia Ferraris",
        "Mistral AI, la start-up parigina fondata nel 2023 da tre ex ricercatori di DeepMind e Meta, "
        "ha chiuso un round di Serie D da 2 miliardi di euro (circa 2,3 miliardi di dollari), il più "
        "grande mai raccolto da una società europea di intelligenza artificiale. Lo ha annunciato "
        "mercoledì la stessa azienda.",
        "L'operazione valuta Mistral 14 miliardi di euro post-money, secondo quanto comunicato dalla "
        "società. Il principale investitore è ASML: il gruppo olandese dei macchinari per "
        "semiconduttori mette sul piatto 1,3 miliardi di euro e, secondo persone vicine al dossier, "
        "otterrà un posto nel comitato strategico della start-up.",
        "La valutazione di Mistral è così più che raddoppiata in poco più di due anni. Nel giugno 2024 "
        "la società aveva raccolto 600 milioni di euro in un round guidato da General Catalyst, che "
        "l'aveva valutata circa 5,8 miliardi di euro.",
        "«Questo capitale ci permette di restare indipendenti e di costruire in Europa l'infrastruttura "
        "di calcolo di cui i nostri clienti hanno bisogno», ha dichiarato l'amministratore delegato "
        "Arthur Mensch. Parte dei fondi, ha aggiunto, finanzierà il nuovo data center nei pressi di Parigi.",
        "Il divario con i concorrenti americani resta comunque ampio: a marzo Anthropic ha incassato da "
        "sola 10 miliardi di dollari in un unico round.",
        "© 2026 Il Capitale Digitale – Riproduzione riservata",
    ]),
    [
        F("2 miliardi di euro", 0, 2 * B, "EUR", "exact", "mistral", "funding", "S01 mistral funding"),
        F("1,3 miliardi", 0, 1.3 * B, "EUR", "exact", "asml", "investment", "S01 asml investment"),
        F("2 miliardi di euro", 1, 2 * B, "EUR", "exact", "mistral", "funding", "S01 mistral funding",
          attribution="mistral"),
        F("2,3 miliardi di dollari", 0, 2.3 * B, "USD", "approx", "mistral", "funding",
          "S01 mistral funding", cluster="S01 mistral funding|USD"),
        F("14 miliardi di euro", 0, 14 * B, "EUR", "exact", "mistral", "valuation",
          "S01 mistral valuation", attribution="mistral"),
        F("1,3 miliardi di euro", 0, 1.3 * B, "EUR", "exact", "asml", "investment", "S01 asml investment"),
        F("600 milioni di euro", 0, 600 * M, "EUR", "exact", "mistral", "funding",
          "S01 mistral funding 2024", period="2024"),
        F("5,8 miliardi di euro", 0, 5.8 * B, "EUR", "approx", "mistral", "valuation",
          "S01 mistral valuation 2024", period="2024"),
        F("10 miliardi di dollari", 0, 10 * B, "USD", "exact", "anthropic", "funding", "S05 anthropic funding"),
    ],
    [("Mistral AI", "mistral", ORG), ("Mistral", "mistral", ORG), ("ASML", "asml", ORG),
     ("DeepMind", "google-deepmind", ORG), ("Meta", "meta", ORG),
     ("General Catalyst", "general-catalyst", ORG), ("Arthur Mensch", "arthur-mensch", PER),
     ("Anthropic", "anthropic", ORG)],
))

# --- S02 TSMC third-quarter results (disagreeing net profit: NT$425 billion) ---
ARTICLES.append(article(
    {"id": "news-it-S02", "source": "mercatioggi.example",
     "url": "https://mercatioggi.example/aziende/tsmc-utile-terzo-trimestre-2026",
     "published": "2026-10-16"},
    "\n\n".join([
        "TSMC, utile trimestrale a 425 miliardi di dollari taiwanesi: l'intelligenza artificiale non frena",
        "Milano, 16 ottobre 2026 – Redazione Mercati",
        "Taiwan Semiconductor Manufacturing Company (TSMC), il più grande produttore di chip su commessa "
        "al mondo, ha chiuso il terzo trimestre del 2026 con ricavi per 1.050 miliardi di dollari "
        "taiwanesi, pari a 33,1 miliardi di dollari statunitensi, in crescita del 36% su base annua.",
        "L'utile netto del periodo è salito a 425 miliardi di dollari taiwanesi, sopra le attese degli "
        "analisti raccolte da LSEG, che indicavano circa 410 miliardi. Il margine lordo si è attestato "
        "al 59,5%, il livello più alto da oltre vent'anni.",
        "Il gruppo guidato da C.C. Wei ha confermato per il 2026 investimenti in conto capitale per 42 "
        "miliardi di dollari, nella parte alta della forchetta indicata a inizio anno. «La domanda "
        "legata all'intelligenza artificiale resta molto forte e continuerà a crescere anche l'anno "
        "prossimo», ha detto Wei durante la conference call con gli analisti.",
        "Tra i principali clienti della società figurano Apple e Nvidia, che affida a TSMC la produzione "
        "dei suoi acceleratori per i data center. Secondo fonti della filiera citate dalla stampa "
        "taiwanese, i prezzi dei wafer più avanzati aumenteranno ancora nel 2027.",
        "Alla Borsa di Taipei il titolo ha chiuso in rialzo dell'1,2% a 1.450 dollari taiwanesi.",
        "Iscriviti alla newsletter di Mercati Oggi per ricevere ogni mattina le notizie su aziende e Borse.",
    ]),
    [
        F("425 miliardi di dollari taiwanesi", 0, 425 * B, "TWD", "exact", "tsmc", "profit",
          "S02 tsmc profit q3", cluster="S02 tsmc profit q3 B"),
        F("1.050 miliardi di dollari taiwanesi", 0, 1050 * B, "TWD", "exact", "tsmc", "revenue",
          "S02 tsmc revenue q3", period="2026-Q3"),
        F("33,1 miliardi di dollari", 0, 33.1 * B, "USD", "exact", "tsmc", "revenue",
          "S02 tsmc revenue q3", period="2026-Q3", cluster="S02 tsmc revenue q3|USD"),
        F("425 miliardi di dollari taiwanesi", 1, 425 * B, "TWD", "exact", "tsmc", "profit",
          "S02 tsmc profit q3", cluster="S02 tsmc profit q3 B"),
        F("410 miliardi", 0, 410 * B, "TWD", "approx", "tsmc", "profit",
          "S02 tsmc profit q3 consensus", attribution="lseg", hedge="predicted"),
        F("42 miliardi di dollari", 0, 42 * B, "USD", "exact", "tsmc", "capex", "S02 tsmc capex 2026",
          period="2026", attribution="tsmc"),
        F("1.450 dollari taiwanesi", 0, 1450, "TWD", "exact", "tsmc", "price_per_unit",
          "S02 tsmc share price", per="share"),
    ],
    [("Taiwan Semiconductor Manufacturing Company", "tsmc", ORG), ("TSMC", "tsmc", ORG),
     ("LSEG", "lseg", ORG), ("C.C. Wei", "c-c-wei", PER), ("Wei", "c-c-wei", PER),
     ("Apple", "apple", ORG), ("Nvidia", "nvidia", ORG)],
))

# --- S03 EU fines Microsoft -------------------------------------------------
ARTICLES.append(article(
    {"id": "news-it-S03", "source": "tecnofinanza.example",
     "url": "https://tecnofinanza.example/regole/antitrust-ue-multa-microsoft-copilot",
     "published": "2026-06-24"},
    "\n\n".join([
        "Antitrust, la Commissione Ue multa Microsoft per 1,1 miliardi di euro",
        "Bruxelles, 24 giugno 2026 – dal nostro corrispondente Paolo Vitale",
        "La Commissione europea ha inflitto a Microsoft una sanzione di 1,08 miliardi di euro (circa 1,25 "
        "miliardi di dollari) per abuso di posizione dominante: secondo Bruxelles, il gruppo ha legato "
        "l'assistente Copilot alle licenze di Office 365, senza offrire alle imprese una versione "
        "priva dell'assistente a un prezzo inferiore.",
        "Si tratta della multa antitrust più pesante dai 4,34 miliardi di euro comminati a Google nel "
        "2018 per il caso Android. Secondo l'esecutivo comunitario, la condotta ha danneggiato "
        "concorrenti come Salesforce e Zoom.",
        "«Le aziende devono poter scegliere liberamente gli strumenti di intelligenza artificiale che "
        "usano», ha dichiarato la vicepresidente esecutiva Teresa Ribera, responsabile della "
        "concorrenza. Ribera ha ricordato che le regole europee consentono sanzioni fino al 10% del "
        "fatturato mondiale.",
        "Per il colosso di Redmond l'importo resta contenuto: nell'esercizio 2024 i suoi ricavi sono "
        "stati pari a 245 miliardi di dollari. La società ha fatto sapere che presenterà ricorso e che "
        "nel frattempo offrirà in Europa una versione di Office senza Copilot.",
        "© 2026 TecnoFinanza – Tutti i diritti riservati",
    ]),
    [
        F("1,1 miliardi di euro", 0, 1.1 * B, "EUR", "exact", "microsoft", "fine", "S03 microsoft fine",
          attribution="european-commission"),
        F("1,08 miliardi di euro", 0, 1.08 * B, "EUR", "exact", "microsoft", "fine", "S03 microsoft fine",
          attribution="european-commission"),
        F("1,25 miliardi di dollari", 0, 1.25 * B, "USD", "approx", "microsoft", "fine",
          "S03 microsoft fine", cluster="S03 microsoft fine|USD"),
        F("4,34 miliardi di euro", 0, 4.34 * B, "EUR", "exact", "google", "fine", "S03 google fine 2018",
          period="2018"),
        F("245 miliardi di dollari", 0, 245 * B, "USD", "exact", "microsoft", "revenue",
          "S03 microsoft revenue FY2024", period="FY2024"),
    ],
    [("Commissione Ue", "european-commission", ORG), ("Commissione europea", "european-commission", ORG),
     ("Microsoft", "microsoft", ORG), ("Google", "google", ORG), ("Salesforce", "salesforce", ORG),
     ("Zoom", "zoom", ORG), ("Teresa Ribera", "teresa-ribera", PER), ("Ribera", "teresa-ribera", PER)],
))

# --- S04 Samsung's Tesla chip order and Q3 profit ---------------------------
ARTICLES.append(article(
    {"id": "news-it-S04", "source": "mercatioggi.example",
     "url": "https://mercatioggi.example/aziende/samsung-tesla-commessa-chip-utile-trimestre",
     "published": "2026-10-08"},
    "\n\n".join([
        "Samsung, da Tesla commessa da 16,5 miliardi di dollari. Utile operativo a 4.700 miliardi di won",
        "Seul, 8 ottobre 2026 – Redazione Mercati",
        "Samsung Electronics ha annunciato un contratto da 16,5 miliardi di dollari (circa 22.800 "
        "miliardi di won) per produrre chip per Tesla fino al 2033. L'accordo, il più grande mai "
        "firmato dalla divisione foundry del gruppo sudcoreano, prevede la fabbricazione dei "
        "processori AI6 nello stabilimento di Taylor, in Texas.",
        "«L'importanza strategica di questo accordo è difficile da sopravvalutare», ha scritto su X "
        "Elon Musk, amministratore delegato della casa automobilistica.",
        "Lo stesso giorno la società ha diffuso le stime preliminari sul terzo trimestre del 2026: "
        "l'utile operativo si è attestato a 4.700 miliardi di won (circa 3,4 miliardi di dollari), "
        "contro i 9.200 miliardi di won del terzo trimestre 2025, mentre i ricavi hanno raggiunto "
        "86.000 miliardi di won.",
        "Il risultato è inferiore alle attese: gli analisti interpellati da FnGuide prevedevano in media "
        "5.100 miliardi di won. Secondo gli operatori, sui conti della divisione chip pesano i ritardi "
        "nelle forniture di memorie HBM a Nvidia, che ha preferito finora i concorrenti di SK hynix.",
        "Iscriviti alla newsletter di Mercati Oggi per ricevere ogni mattina le notizie su aziende e Borse.",
    ]),
    [
        F("16,5 miliardi di dollari", 0, 16.5 * B, "USD", "exact", "samsung", "order_value",
          "S04 samsung tesla order"),
        F("4.700 miliardi di won", 0, 4.7e12, "KRW", "exact", "samsung", "operating_profit",
          "S04 samsung operating profit q3"),
        F("16,5 miliardi di dollari", 1, 16.5 * B, "USD", "exact", "samsung", "order_value",
          "S04 samsung tesla order", attribution="samsung"),
        F("22.800 miliardi di won", 0, 22.8e12, "KRW", "approx", "samsung", "order_value",
          "S04 samsung tesla order", cluster="S04 samsung tesla order|KRW"),
        F("4.700 miliardi di won", 1, 4.7e12, "KRW", "exact", "samsung", "operating_profit",
          "S04 samsung operating profit q3", attribution="samsung", hedge="estimated", period="2026-Q3"),
        F("3,4 miliardi di dollari", 0, 3.4 * B, "USD", "approx", "samsung", "operating_profit",
          "S04 samsung operating profit q3", hedge="estimated", period="2026-Q3",
          cluster="S04 samsung operating profit q3|USD"),
        F("9.200 miliardi di won", 0, 9.2e12, "KRW", "exact", "samsung", "operating_profit",
          "S04 samsung operating profit 2025-Q3", period="2025-Q3"),
        F("86.000 miliardi di won", 0, 86e12, "KRW", "exact", "samsung", "revenue",
          "S04 samsung revenue q3", attribution="samsung", hedge="estimated", period="2026-Q3"),
        F("5.100 miliardi di won", 0, 5.1e12, "KRW", "exact", "samsung", "operating_profit",
          "S04 samsung operating profit q3 consensus fnguide", attribution="fnguide", hedge="predicted"),
    ],
    [("Samsung Electronics", "samsung", ORG), ("Samsung", "samsung", ORG), ("Tesla", "tesla", ORG),
     ("Elon Musk", "elon-musk", PER), ("FnGuide", "fnguide", ORG), ("Nvidia", "nvidia", ORG),
     ("SK hynix", "sk-hynix", ORG)],
))

# --- S05 Anthropic funding and revenue --------------------------------------
ARTICLES.append(article(
    {"id": "news-it-S05", "source": "ilcapitaledigitale.example",
     "url": "https://ilcapitaledigitale.example/tech/anthropic-round-10-miliardi-valutazione-230",
     "published": "2026-03-04"},
    "\n\n".join([
        "Anthropic raccoglie 10 miliardi di dollari e sale a una valutazione di 230 miliardi",
        "San Francisco, 4 marzo 2026 – di Marco Bellini",
        "Anthropic, la società che sviluppa i modelli Claude, ha chiuso un nuovo round da 10 miliardi di "
        "dollari (circa 8,6 miliardi di euro) che porta la sua valutazione post-money a 230 miliardi di "
        "dollari. Lo ha comunicato la start-up di San Francisco, precisando che all'aumento hanno "
        "partecipato anche i soci storici Google e Amazon.",
        "Il valore dell'azienda cresce così di oltre un quarto rispetto al settembre 2025, quando un "
        "round da 13 miliardi di dollari l'aveva valutata 183 miliardi. Secondo persone a conoscenza "
        "dei dettagli, l'operazione è stata guidata dal fondo sovrano singaporiano GIC e da Coatue.",
        "A trainare la corsa sono i ricavi: secondo i dati forniti dalla società, il fatturato "
        "annualizzato ha raggiunto i 7 miliardi di dollari l'anno, spinto soprattutto dai clienti "
        "aziendali e dallo strumento di programmazione Claude Code.",
        "«Le imprese stanno adottando Claude più velocemente di quanto avessimo previsto», ha dichiarato "
        "l'amministratore delegato Dario Amodei. Una parte consistente della somma andrà in potenza di "
        "calcolo: il gruppo ha già annunciato investimenti per 50 miliardi di dollari in data center "
        "negli Stati Uniti.",
        "Il confronto con il rivale OpenAI resta però impari: nell'ottobre 2025 una cessione di azioni "
        "sul mercato secondario lo aveva valutato 500 miliardi di dollari.",
        "© 2026 Il Capitale Digitale – Riproduzione riservata",
    ]),
    [
        F("10 miliardi di dollari", 0, 10 * B, "USD", "exact", "anthropic", "funding", "S05 anthropic funding"),
        F("230 miliardi", 0, 230 * B, "USD", "exact", "anthropic", "valuation", "S05 anthropic valuation"),
        F("10 miliardi di dollari", 1, 10 * B, "USD", "exact", "anthropic", "funding",
          "S05 anthropic funding", attribution="anthropic"),
        F("8,6 miliardi di euro", 0, 8.6 * B, "EUR", "approx", "anthropic", "funding",
          "S05 anthropic funding", cluster="S05 anthropic funding|EUR"),
        F("230 miliardi di dollari", 0, 230 * B, "USD", "exact", "anthropic", "valuation",
          "S05 anthropic valuation", attribution="anthropic"),
        F("13 miliardi di dollari", 0, 13 * B, "USD", "exact", "anthropic", "funding",
          "S05 anthropic funding 2025", period="2025"),
        F("183 miliardi", 0, 183 * B, "USD", "exact", "anthropic", "valuation",
          "S05 anthropic valuation 2025", period="2025"),
        F("7 miliardi di dollari", 0, 7 * B, "USD", "exact", "anthropic", "revenue",
          "S05 anthropic revenue run-rate", attribution="anthropic", per="year"),
        F("50 miliardi di dollari", 0, 50 * B, "USD", "exact", "anthropic", "investment",
          "S05 anthropic datacenter investment", attribution="anthropic"),
        F("500 miliardi di dollari", 0, 500 * B, "USD", "exact", "openai", "valuation",
          "S05 openai valuation 2025", period="2025"),
    ],
    [("Anthropic", "anthropic", ORG), ("Google", "google", ORG), ("Amazon", "amazon", ORG),
     ("GIC", "gic", ORG), ("Coatue", "coatue", ORG), ("Dario Amodei", "dario-amodei", PER),
     ("OpenAI", "openai", ORG)],
))

# --- S12 Salesforce buys Informatica ----------------------------------------
ARTICLES.append(article(
    {"id": "news-it-S12", "source": "tecnofinanza.example",
     "url": "https://tecnofinanza.example/mercati/salesforce-acquisisce-informatica-8-miliardi",
     "published": "2026-05-27"},
    "\n\n".join([
        "Salesforce compra Informatica per 8 miliardi di dollari",
        "New York, 27 maggio 2026 – di Chiara Longo",
        "Salesforce ha raggiunto un accordo per acquisire Informatica, società californiana "
        "specializzata nella gestione dei dati aziendali, per circa 8 miliardi di dollari (7,1 miliardi "
        "di euro). Gli azionisti di Informatica riceveranno 25 dollari per azione in contanti, un premio "
        "di circa il 30% rispetto ai 19,40 dollari della chiusura di venerdì, ha annunciato il gruppo "
        "di San Francisco.",
        "Per la società guidata da Marc Benioff è l'acquisizione più importante dai tempi di Slack, "
        "rilevata nel 2021 per 27,7 miliardi di dollari. Nell'ultimo esercizio Informatica ha "
        "registrato ricavi per 1,6 miliardi di dollari, con una crescita trainata dagli abbonamenti "
        "cloud.",
        "«Insieme renderemo i dati il carburante dei nostri agenti di intelligenza artificiale», ha "
        "detto Benioff in una nota. Secondo gli analisti di Bernstein, l'operazione dovrebbe contribuire "
        "all'utile per azione di Salesforce già dal secondo anno dopo la chiusura.",
        "Il perfezionamento dell'acquisizione è previsto all'inizio del 2027 ed è subordinato al via "
        "libera delle autorità di vigilanza e degli azionisti di Informatica.",
        "© 2026 TecnoFinanza – Tutti i diritti riservati",
    ]),
    [
        F("8 miliardi di dollari", 0, 8 * B, "USD", "exact", "salesforce", "deal_value",
          "S12 salesforce informatica deal"),
        F("8 miliardi di dollari", 1, 8 * B, "USD", "approx", "salesforce", "deal_value",
          "S12 salesforce informatica deal"),
        F("7,1 miliardi di euro", 0, 7.1 * B, "EUR", "exact", "salesforce", "deal_value",
          "S12 salesforce informatica deal", cluster="S12 salesforce informatica deal|EUR"),
        F("25 dollari", 0, 25, "USD", "exact", "salesforce", "price_per_unit",
          "S12 informatica share price", attribution="salesforce", per="share"),
        F("19,40 dollari", 0, 19.4, "USD", "exact", "informatica", "price_per_unit",
          "S12 informatica share price close", attribution="salesforce", per="share"),
        F("27,7 miliardi di dollari", 0, 27.7 * B, "USD", "exact", "salesforce", "deal_value",
          "S12 salesforce slack deal 2021", period="2021"),
        F("1,6 miliardi di dollari", 0, 1.6 * B, "USD", "exact", "informatica", "revenue",
          "S12 informatica revenue"),
    ],
    [("Salesforce", "salesforce", ORG), ("Informatica", "informatica", ORG),
     ("Marc Benioff", "marc-benioff", PER), ("Benioff", "marc-benioff", PER), ("Slack", "slack", ORG),
     ("Bernstein", "bernstein", ORG)],
))
