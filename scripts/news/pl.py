"""Polish news articles (stories S03-S08) with their gold.

Each article lists its figures once, as rows that give both the mention
(money or GPU count) and its claim; _article() splits them into the
"money"/"gpu_counts" and "claims" layers that make_news_set.py reads.
"""

K, M, B, T = 10**3, 10**6, 10**9, 10**12


def money(text, occ, value, currency, bound, subject, predicate, fact, cluster=None,
          attribution=None, hedge=None, scope=None, period=None, per=None):
    return ("money", text, occ, value, currency, bound, subject, predicate, fact, cluster,
            attribution, hedge, scope, period, per)


def gpus(text, occ, count, model, bound, subject, fact, cluster=None,
         attribution=None, hedge=None, scope=None, period=None, per=None):
    return ("gpu", text, occ, count, model, bound, subject, "gpu_count", fact, cluster,
            attribution, hedge, scope, period, per)


def _article(id, source, slug, published, title, body, figures, entities):
    text = title + "\n\n" + body.strip()
    a = {"id": id, "lang": "pl", "source": source, "url": "https://%s/%s" % (source, slug),
         "published": published, "title": title, "text": text,
         "money": [], "gpu_counts": [], "entities": list(entities), "claims": []}
    for (kind, t, occ, value, unit, bound, subject, predicate, fact, cluster,
         attribution, hedge, scope, period, per) in figures:
        if kind == "money":
            a["money"].append((t, occ, value, unit, bound))
        else:
            a["gpu_counts"].append((t, occ, value, unit, bound))
        c = {"text": t, "occurrence": occ, "subject": subject, "predicate": predicate,
             "value": value, "currency": unit if kind == "money" else None,
             "attribution": attribution, "hedge": hedge, "scope": scope, "period": period,
             "per": per, "fact": fact}
        if cluster:
            c["cluster"] = cluster
        a["claims"].append(c)
    return a


ARTICLES = []

# ---------------------------------------------------------------- S03 Microsoft fine
ARTICLES.append(_article(
    "news-pl-S03", "pulsrynku.example", "komisja-europejska-kara-microsoft-copilot", "2026-06-24",
    "Komisja Europejska nałożyła na Microsoft 1,1 mld euro kary za Copilota",
    """
Bruksela, 24.06.2026, 13:40 | Redakcja Puls Rynku

Komisja Europejska ukarała Microsoft grzywną w wysokości 1,1 mld euro (ok. 4,7 mld zł) za wiązanie asystenta AI Copilot z pakietem biurowym Office. Dokładna kwota kary wynosi 1,08 mld euro – poinformowała KE w środę.

To najwyższa kara nałożona przez Brukselę od 2018 r., gdy Google musiał zapłacić 4,34 mld euro za nadużywanie dominującej pozycji w związku z systemem Android.

– Duże firmy technologiczne muszą przestrzegać tych samych zasad co wszyscy inni. Klienci w Europie mają prawo wybrać, z jakich narzędzi korzystają – powiedziała wiceprzewodnicząca Komisji odpowiedzialna za konkurencję Teresa Ribera.

Według Ribery amerykański koncern przez ponad dwa lata zmuszał firmy do płacenia za funkcje, których nie zamawiały. Jak podaje agencja Reuters, powołując się na osoby zaznajomione ze sprawą, urzędnicy rozważali początkowo karę przekraczającą 2 mld euro.

Microsoft zapowiedział odwołanie do unijnego sądu. Dla spółki, której przychody w roku obrotowym 2024 wyniosły 245 mld dol., kara nie będzie jednak dotkliwa. Przepisy pozwalają KE nałożyć grzywnę sięgającą nawet 10 proc. rocznego obrotu firmy.

Zapisz się na newsletter Puls Rynku i otrzymuj najważniejsze informacje z rynków każdego ranka.
""",
    [
        money("1,1 mld euro", 0, 1.1 * B, "EUR", "exact", "microsoft", "fine",
              "S03 microsoft fine", attribution="european-commission"),
        money("1,1 mld euro", 1, 1.1 * B, "EUR", "exact", "microsoft", "fine",
              "S03 microsoft fine", attribution="european-commission"),
        money("4,7 mld zł", 0, 4.7 * B, "PLN", "approx", "microsoft", "fine",
              "S03 microsoft fine", cluster="S03 microsoft fine|PLN",
              attribution="european-commission"),
        money("1,08 mld euro", 0, 1.08 * B, "EUR", "exact", "microsoft", "fine",
              "S03 microsoft fine", attribution="european-commission"),
        money("4,34 mld euro", 0, 4.34 * B, "EUR", "exact", "google", "fine",
              "S03 google fine 2018", period="2018"),
        money("2 mld euro", 0, 2 * B, "EUR", "over", "microsoft", "fine",
              "S03 microsoft fine draft", attribution="reuters", hedge="reportedly"),
        money("245 mld dol.", 0, 245 * B, "USD", "exact", "microsoft", "revenue",
              "S03 microsoft revenue FY2024", period="FY2024"),
    ],
    [
        ("Komisja Europejska", 0, "european-commission", "org"), ("Microsoft", 0, "microsoft", "org"),
        ("Komisja Europejska", 1, "european-commission", "org"), ("Microsoft", 1, "microsoft", "org"),
        ("KE", 0, "european-commission", "org"), ("Google", 0, "google", "org"),
        ("Komisji", 0, "european-commission", "org"),
        ("Teresa Ribera", 0, "teresa-ribera", "person"), ("Ribery", 0, "teresa-ribera", "person"),
        ("Reuters", 0, "reuters", "org"), ("Microsoft", 2, "microsoft", "org"),
        ("KE", 1, "european-commission", "org"),
    ],
))

# ---------------------------------------------------------------- S04 Samsung
ARTICLES.append(_article(
    "news-pl-S04", "technoekonomia.example", "samsung-zysk-operacyjny-iii-kwartal-tesla", "2026-10-08",
    "Samsung: 4,7 bln wonów zysku operacyjnego w III kwartale. Kontrakt z Teslą ratuje dział chipów",
    """
Seul, 8 października 2026 | Tomasz Wieczorek

Zysk operacyjny Samsung Electronics w trzecim kwartale wyniósł 4,7 bln wonów (ok. 3,4 mld dol.) – wynika ze wstępnych danych opublikowanych w środę przez południowokoreański koncern. Przychody sięgnęły 86 bln wonów.

Wynik jest wyraźnie słabszy niż przed rokiem. W III kwartale 2025 r. zysk operacyjny Samsunga wyniósł 9,1 bln wonów. Analitycy ankietowani przez LSEG spodziewali się średnio 4,9 bln wonów.

Pozytywnym sygnałem dla inwestorów jest kontrakt z Teslą. Koncern Elona Muska zamówił w Samsungu chipy o wartości 16,5 mld dol. (ok. 22,8 bln wonów), które będą dostarczane do 2033 r. Układy mają powstawać w nowej fabryce spółki w Taylor w Teksasie.

– Strategicznego znaczenia tej umowy nie da się przecenić – napisał Musk w serwisie X.

Według osób zaznajomionych ze sprawą firma prowadzi już rozmowy z kolejnymi amerykańskimi klientami. Akcje Samsunga podrożały na giełdzie w Seulu o 1,3 proc., do 89 500 wonów. Pełne wyniki kwartalne koncern opublikuje pod koniec października.

© 2026 TechnoEkonomia. Wszelkie prawa zastrzeżone.
""",
    [
        money("4,7 bln wonów", 0, 4.7 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", attribution="samsung", period="2026-Q3"),
        money("4,7 bln wonów", 1, 4.7 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", attribution="samsung", period="2026-Q3"),
        money("3,4 mld dol.", 0, 3.4 * B, "USD", "approx", "samsung", "operating_profit",
              "S04 samsung operating profit q3", cluster="S04 samsung operating profit q3|USD",
              attribution="samsung", period="2026-Q3"),
        money("86 bln wonów", 0, 86 * T, "KRW", "exact", "samsung", "revenue",
              "S04 samsung revenue q3", attribution="samsung", period="2026-Q3"),
        money("9,1 bln wonów", 0, 9.1 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit 2025-Q3", period="2025-Q3"),
        money("4,9 bln wonów", 0, 4.9 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3 consensus", attribution="lseg", hedge="expected"),
        money("16,5 mld dol.", 0, 16.5 * B, "USD", "exact", "samsung", "order_value",
              "S04 samsung tesla order"),
        money("22,8 bln wonów", 0, 22.8 * T, "KRW", "approx", "samsung", "order_value",
              "S04 samsung tesla order", cluster="S04 samsung tesla order|KRW"),
        money("89 500 wonów", 0, 89500, "KRW", "exact", "samsung", "price_per_unit",
              "S04 samsung share price", per="share"),
    ],
    [
        ("Samsung", 0, "samsung", "org"), ("Teslą", 0, "tesla", "org"),
        ("Samsung Electronics", 0, "samsung", "org"), ("Samsunga", 0, "samsung", "org"),
        ("LSEG", 0, "lseg", "org"), ("Teslą", 1, "tesla", "org"),
        ("Elona Muska", 0, "elon-musk", "person"), ("Samsungu", 0, "samsung", "org"),
        ("Musk", 1, "elon-musk", "person"), ("Samsunga", 1, "samsung", "org"),
    ],
))

# ---------------------------------------------------------------- S05 Anthropic (disagreeing: 250)
ARTICLES.append(_article(
    "news-pl-S05", "gazetagieldowa.example", "anthropic-runda-finansowania-wycena-250-mld", "2026-03-05",
    "Anthropic pozyskał 10 mld dol. Wycena twórcy Claude'a sięga 250 mld dol.",
    """
5 marca 2026, 08:15 | Gazeta Giełdowa, dział Technologie

Anthropic, amerykański twórca chatbota Claude, pozyskał od inwestorów 10 mld dol. (ok. 39 mld zł) w nowej rundzie finansowania. Jak podaje agencja Bloomberg, powołując się na osoby zaznajomione z transakcją, wycena spółki po rundzie wynosi 250 mld dol.

To kolejna gigantyczna runda w krótkim czasie. W 2025 r. start-up zebrał 13 mld dol. W obecnej rundzie udział wzięli m.in. Google i Amazon, które już wcześniej zainwestowały w firmę znaczne kwoty.

Przychody Anthropica w ujęciu rocznym sięgają 7 mld dol. – poinformował prezes i współzałożyciel spółki Dario Amodei. Firma zarabia przede wszystkim na klientach biznesowych, którzy korzystają z jej modeli do pisania oprogramowania.

– Popyt ze strony przedsiębiorstw rośnie szybciej, niż zakładaliśmy – dodał Amodei. Pieniądze z rundy mają trafić głównie na moc obliczeniową i badania.

Dla porównania główny rywal Anthropica, OpenAI, był w październiku 2025 r. wyceniany na 500 mld dol.

Czytaj więcej o sztucznej inteligencji w serwisie Gazety Giełdowej.
""",
    [
        money("10 mld dol.", 0, 10 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding"),
        money("250 mld dol.", 0, 250 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation", cluster="S05 anthropic valuation B"),
        money("10 mld dol.", 1, 10 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding"),
        money("39 mld zł", 0, 39 * B, "PLN", "approx", "anthropic", "funding",
              "S05 anthropic funding", cluster="S05 anthropic funding|PLN"),
        money("250 mld dol.", 1, 250 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation", cluster="S05 anthropic valuation B",
              attribution="bloomberg", hedge="reportedly"),
        money("13 mld dol.", 0, 13 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding 2025", period="2025"),
        money("7 mld dol.", 0, 7 * B, "USD", "exact", "anthropic", "revenue",
              "S05 anthropic revenue run-rate", attribution="dario-amodei", per="year"),
        money("500 mld dol.", 0, 500 * B, "USD", "exact", "openai", "valuation",
              "S05 openai valuation 2025", period="2025"),
    ],
    [
        ("Anthropic", 0, "anthropic", "org"), ("Anthropic", 1, "anthropic", "org"),
        ("Bloomberg", 0, "bloomberg", "org"), ("Google", 0, "google", "org"),
        ("Amazon", 0, "amazon", "org"), ("Anthropica", 0, "anthropic", "org"),
        ("Dario Amodei", 0, "dario-amodei", "person"), ("Amodei", 1, "dario-amodei", "person"),
        ("Anthropica", 1, "anthropic", "org"), ("OpenAI", 0, "openai", "org"),
    ],
))

# ---------------------------------------------------------------- S06 Cerebras IPO
ARTICLES.append(_article(
    "news-pl-S06", "pulsrynku.example", "cerebras-debiut-nasdaq-ipo", "2026-05-14",
    "Cerebras zadebiutował na Nasdaq. Z IPO pozyskał 1,1 mld dol.",
    """
Nowy Jork, 14.05.2026, 22:05 | Redakcja Puls Rynku

Cerebras Systems, amerykański producent chipów do sztucznej inteligencji, pozyskał 1,1 mld dol. w pierwszej ofercie publicznej na giełdzie Nasdaq. Cena akcji w ofercie wyniosła 28 dol., co oznacza wycenę spółki na ok. 8,1 mld dol. (ok. 32 mld zł).

Pierwszego dnia notowań kurs akcji Cerebrasa wzrósł do 36 dol. Według osób zaznajomionych z ofertą popyt inwestorów ponad dwudziestokrotnie przewyższył liczbę oferowanych walorów.

– To dopiero początek. Świat potrzebuje szybszego wnioskowania, a my je dostarczamy – powiedział prezes spółki Andrew Feldman.

Firma, która projektuje procesory wielkości całego krzemowego wafla, jest mocno uzależniona od jednego klienta. Konglomerat G42 z Abu Zabi odpowiadał za większość jej sprzedaży. W 2025 r. przychody Cerebrasa wyniosły 290 mln dol.

Debiut Cerebrasa to test apetytu inwestorów na spółki z branży AI. Największy gracz na tym rynku, Nvidia, jest wyceniany na giełdzie na ponad 4 bln dol.

Notowania spółek z Wall Street śledź na bieżąco w serwisie Puls Rynku.
""",
    [
        money("1,1 mld dol.", 0, 1.1 * B, "USD", "exact", "cerebras", "funding",
              "S06 cerebras ipo proceeds"),
        money("1,1 mld dol.", 1, 1.1 * B, "USD", "exact", "cerebras", "funding",
              "S06 cerebras ipo proceeds"),
        money("28 dol.", 0, 28, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras share price", per="share"),
        money("8,1 mld dol.", 0, 8.1 * B, "USD", "approx", "cerebras", "valuation",
              "S06 cerebras valuation"),
        money("32 mld zł", 0, 32 * B, "PLN", "approx", "cerebras", "valuation",
              "S06 cerebras valuation", cluster="S06 cerebras valuation|PLN"),
        money("36 dol.", 0, 36, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras first day price", per="share"),
        money("290 mln dol.", 0, 290 * M, "USD", "exact", "cerebras", "revenue",
              "S06 cerebras revenue 2025", period="2025"),
        money("4 bln dol.", 0, 4 * T, "USD", "over", "nvidia", "market_value",
              "S06 nvidia market value"),
    ],
    [
        ("Cerebras", 0, "cerebras", "org"), ("Nasdaq", 0, "nasdaq", "org"),
        ("Cerebras Systems", 0, "cerebras", "org"), ("Nasdaq", 1, "nasdaq", "org"),
        ("Cerebrasa", 0, "cerebras", "org"), ("Andrew Feldman", 0, "andrew-feldman", "person"),
        ("G42", 0, "g42", "org"), ("Cerebrasa", 1, "cerebras", "org"),
        ("Cerebrasa", 2, "cerebras", "org"), ("Nvidia", 0, "nvidia", "org"),
    ],
))

# ---------------------------------------------------------------- S07 Moonshot AI
ARTICLES.append(_article(
    "news-pl-S07", "technoekonomia.example", "moonshot-ai-kimi-k3-koszt-treningu", "2026-02-20",
    "Moonshot AI wytrenował model Kimi K3 za 4,6 mln dol.",
    """
20 lutego 2026 | Agnieszka Nowak, TechnoEkonomia

Chiński start-up Moonshot AI, wspierany przez Alibabę, poinformował, że ostatni przebieg treningowy jego nowego modelu językowego Kimi K3 kosztował zaledwie 4,6 mln dol. (ok. 18 mln zł).

Model wytrenowano na 3072 procesorach graficznych Nvidia H800 – wynika z raportu technicznego, który pekińska firma opublikowała w piątek. To ułamek tego, co wydają amerykańscy konkurenci. Według szacunków analityków trening modelu GPT-4 firmy OpenAI pochłonął ponad 100 mln dol.

Kwota podana przez Moonshot AI obejmuje jednak wyłącznie moc obliczeniową zużytą w tym jednym przebiegu. Łącznie spółka dysponuje ok. 20 tys. procesorów graficznych – powiedział jej założyciel Yang Zhilin.

– Liczy się efektywność, a nie sama skala – dodał Yang.

Układy H800 to okrojona wersja chipów H100, którą Nvidia przygotowała specjalnie na rynek chiński, zanim Waszyngton objął ograniczeniami eksportowymi także ten model. Jeden taki układ kosztuje podobno na szarym rynku ok. 30 tys. dol.

Więcej analiz z rynku AI znajdziesz w cotygodniowym newsletterze TechnoEkonomii.
""",
    [
        money("4,6 mln dol.", 0, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        money("4,6 mln dol.", 1, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        money("18 mln zł", 0, 18 * M, "PLN", "approx", "moonshot", "training_cost",
              "S07 moonshot training cost", cluster="S07 moonshot training cost|PLN",
              attribution="moonshot", scope="run"),
        gpus("3072 procesorach graficznych", 0, 3072, "H800", "exact", "moonshot",
             "S07 moonshot training gpus", attribution="moonshot", scope="run"),
        money("100 mln dol.", 0, 100 * M, "USD", "over", "openai", "training_cost",
              "S07 openai training cost gpt-4", hedge="estimated"),
        gpus("20 tys. procesorów graficznych", 0, 20000, None, "approx", "moonshot",
             "S07 moonshot fleet", attribution="yang-zhilin", scope="total"),
        money("30 tys. dol.", 0, 30 * K, "USD", "approx", "H800", "price_per_unit",
              "S07 h800 price per unit", hedge="reportedly", per="unit"),
    ],
    [
        ("Moonshot AI", 0, "moonshot", "org"), ("Moonshot AI", 1, "moonshot", "org"),
        ("Alibabę", 0, "alibaba", "org"), ("Nvidia", 0, "nvidia", "org"),
        ("H800", 0, "H800", "accelerator"), ("OpenAI", 0, "openai", "org"),
        ("Moonshot AI", 2, "moonshot", "org"),
        ("Yang Zhilin", 0, "yang-zhilin", "person"), ("Yang", 1, "yang-zhilin", "person"),
        ("H800", 1, "H800", "accelerator"), ("H100", 0, "H100", "accelerator"),
        ("Nvidia", 1, "nvidia", "org"),
    ],
))

# ---------------------------------------------------------------- S08 ESMC state aid
ARTICLES.append(_article(
    "news-pl-S08", "gazetagieldowa.example", "bruksela-zgoda-pomoc-publiczna-esmc-drezno", "2026-04-29",
    "Bruksela zgodziła się na 5 mld euro pomocy dla fabryki chipów w Dreźnie",
    """
29 kwietnia 2026, 16:20 | Gazeta Giełdowa, korespondencja z Brukseli

Komisja Europejska zatwierdziła niemiecką pomoc publiczną w wysokości 5 mld euro (ok. 21 mld zł) dla spółki ESMC (European Semiconductor Manufacturing Company), która buduje fabrykę półprzewodników w Dreźnie.

ESMC to wspólne przedsięwzięcie tajwańskiego TSMC, które ma w nim 70 proc. udziałów, oraz niemieckich firm Bosch i Infineon, a także holenderskiego NXP. Każdy z europejskich partnerów objął po 10 proc. Koszt całej inwestycji szacowany jest na ponad 10 mld euro. Zakład ma zatrudnić ok. 2 tys. osób.

– Ta inwestycja wzmocni bezpieczeństwo dostaw chipów w Europie i nie zakłóci konkurencji na rynku wewnętrznym – powiedziała wiceprzewodnicząca KE Teresa Ribera.

Według osób zaznajomionych ze sprawą produkcja w Dreźnie ma ruszyć w 2027 r. Fabryka będzie wytwarzać układy głównie dla przemysłu motoryzacyjnego.

Decyzja Brukseli zapada kilka miesięcy po tym, jak Intel ostatecznie zrezygnował z budowy zakładu w Magdeburgu. Amerykański koncern miał otrzymać na ten projekt prawie 10 mld euro dotacji od rządu w Berlinie.

Codzienny przegląd wiadomości gospodarczych? Zapisz się na newsletter Gazety Giełdowej.
""",
    [
        money("5 mld euro", 0, 5 * B, "EUR", "exact", "esmc", "subsidy",
              "S08 esmc subsidy", attribution="european-commission"),
        money("5 mld euro", 1, 5 * B, "EUR", "exact", "esmc", "subsidy",
              "S08 esmc subsidy", attribution="european-commission"),
        money("21 mld zł", 0, 21 * B, "PLN", "approx", "esmc", "subsidy",
              "S08 esmc subsidy", cluster="S08 esmc subsidy|PLN", attribution="european-commission"),
        money("10 mld euro", 0, 10 * B, "EUR", "over", "esmc", "investment",
              "S08 esmc investment", hedge="estimated"),
        money("10 mld euro", 1, 10 * B, "EUR", "approx", "intel", "subsidy",
              "S08 intel subsidy magdeburg"),
    ],
    [
        ("Komisja Europejska", 0, "european-commission", "org"), ("ESMC", 0, "esmc", "org"),
        ("European Semiconductor Manufacturing Company", 0, "esmc", "org"),
        ("ESMC", 1, "esmc", "org"), ("TSMC", 0, "tsmc", "org"), ("Bosch", 0, "bosch", "org"),
        ("Infineon", 0, "infineon", "org"), ("NXP", 0, "nxp", "org"),
        ("KE", 0, "european-commission", "org"), ("Teresa Ribera", 0, "teresa-ribera", "person"),
        ("Intel", 0, "intel", "org"),
    ],
))
