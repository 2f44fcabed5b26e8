"""Indonesian news articles (stories S05-S10) with their gold.

Each article lists its figures once, as rows that give both the mention
(money or GPU count) and its claim; _article() splits them into the
"money"/"gpu_counts" and "claims" layers that make_news_set.py reads.
Entity mentions are listed as names; _article() finds every occurrence of
each name in the text (longer names first, so "Moonshot" inside "Moonshot
AI" is not a second mention) and writes (text, occurrence, id, type).
"""

K, M, B, T = 10**3, 10**6, 10**9, 10**12
LANG = "id"


def money(text, occ, value, currency, bound, subject, predicate, fact, cluster=None,
          attribution=None, hedge=None, scope=None, period=None, per=None):
    return ("money", text, occ, value, currency, bound, subject, predicate, fact, cluster,
            attribution, hedge, scope, period, per)


def gpus(text, occ, count, model, bound, subject, fact, cluster=None,
         attribution=None, hedge=None, scope=None, period=None, per=None):
    return ("gpu", text, occ, count, model, bound, subject, "gpu_count", fact, cluster,
            attribution, hedge, scope, period, per)


def _occurrences(text, needle):
    """Start offsets of every occurrence of needle, counted as gold_util.locate counts them."""
    out, start = [], -1
    while True:
        start = text.find(needle, start + 1)
        if start < 0:
            return out
        out.append(start)


def _entities(text, names):
    taken, rows = [], []
    for name, entity_id, entity_type in sorted(names, key=lambda n: -len(n[0])):
        for occ, s in enumerate(_occurrences(text, name)):
            e = s + len(name)
            if any(s < te and ts < e for ts, te in taken):
                continue
            # a name must not be the inside of a longer word
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                continue
            taken.append((s, e))
            rows.append((name, occ, entity_id, entity_type))
    return rows


def _article(id, source, slug, published, title, body, figures, names):
    text = title + "\n\n" + body.strip()
    a = {"id": id, "lang": LANG, "source": source, "url": "https://%s/%s" % (source, slug),
         "published": published, "title": title, "text": text,
         "money": [], "gpu_counts": [], "entities": _entities(text, names), "claims": []}
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

# ---------------------------------------------------------------- S05 Anthropic
ARTICLES.append(_article(
    "news-id-S05", "kabarbursa.example", "anthropic-raih-pendanaan-us-10-miliar-valuasi-us-230-miliar",
    "2026-03-04",
    "Anthropic Raih Pendanaan US$10 Miliar, Valuasi Melonjak ke US$230 Miliar",
    """
Jakarta – Rina Kusuma | Rabu, 4 Maret 2026 | 10:15 WIB

Perusahaan rintisan kecerdasan buatan (AI) asal San Francisco, Anthropic, mengumumkan telah mengantongi pendanaan baru senilai US$10 miliar atau sekitar Rp163 triliun. Putaran ini menempatkan valuasi pascapendanaan (post-money) perusahaan pengembang Claude itu di angka US$230 miliar.

Google dan Amazon, dua investor utama Anthropic, kembali ikut serta dalam putaran tersebut. Pada 2025, Anthropic menghimpun US$13 miliar dalam putaran sebelumnya.

Menurut sumber yang mengetahui masalah ini, pendapatan tahunan (annualised revenue) Anthropic kini mencapai sekitar US$7 miliar per tahun, didorong permintaan pelanggan korporasi dan alat pemrograman Claude Code.

“Kami melihat permintaan yang luar biasa terhadap Claude dari perusahaan di seluruh dunia, dan dana ini memungkinkan kami menambah kapasitas komputasi lebih cepat,” kata CEO Anthropic Dario Amodei dalam pernyataan resmi.

Perusahaan itu sebelumnya juga berjanji menanamkan US$50 miliar untuk membangun pusat data di Amerika Serikat. Sebagai perbandingan, pesaingnya OpenAI dilaporkan bernilai sekitar US$500 miliar.

© 2026 KabarBursa. Dapatkan ringkasan pasar setiap pagi lewat buletin kami.
""",
    [
        money("US$10 Miliar", 0, 10 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding"),
        money("US$230 Miliar", 0, 230 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation"),
        money("US$10 miliar", 0, 10 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding", attribution="anthropic"),
        money("Rp163 triliun", 0, 163 * T, "IDR", "approx", "anthropic", "funding",
              "S05 anthropic funding", cluster="S05 anthropic funding|IDR",
              attribution="anthropic"),
        money("US$230 miliar", 0, 230 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation", attribution="anthropic"),
        money("US$13 miliar", 0, 13 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding 2025", period="2025"),
        money("US$7 miliar", 0, 7 * B, "USD", "approx", "anthropic", "revenue",
              "S05 anthropic revenue run-rate", hedge="reportedly", per="year"),
        money("US$50 miliar", 0, 50 * B, "USD", "exact", "anthropic", "investment",
              "S05 anthropic datacenter investment"),
        money("US$500 miliar", 0, 500 * B, "USD", "approx", "openai", "valuation",
              "S05 openai valuation", hedge="reportedly"),
    ],
    [("Anthropic", "anthropic", "org"), ("Google", "google", "org"), ("Amazon", "amazon", "org"),
     ("Dario Amodei", "dario-amodei", "person"), ("OpenAI", "openai", "org")],
))

# ---------------------------------------------------------------- S06 Cerebras IPO
ARTICLES.append(_article(
    "news-id-S06", "teknokini.example", "ipo-cerebras-nasdaq-raup-us-1-1-miliar", "2026-05-15",
    "IPO Cerebras di Nasdaq Raup US$1,1 Miliar, Harga Saham Dipatok US$28",
    """
Dimas Pratama | Jumat, 15 Mei 2026 | 07:30 WIB

Produsen cip AI asal Amerika Serikat, Cerebras Systems, berhasil menghimpun dana US$1,1 miliar melalui penawaran umum perdana saham (IPO) di bursa Nasdaq, Kamis (14/5) waktu setempat, menurut keterangan resmi perusahaan.

Cerebras menetapkan harga saham perdananya US$28 per saham, di atas kisaran awal US$24 hingga US$26. Dengan harga tersebut, valuasi perusahaan mencapai sekitar US$8,1 miliar.

Sepanjang 2025, Cerebras membukukan pendapatan US$290 juta. Sebagian besar berasal dari G42, perusahaan teknologi asal Abu Dhabi yang juga menjadi pelanggan terbesarnya, sehingga ketergantungan pada satu klien menjadi sorotan investor.

“Hari ini menandai awal babak baru bagi Cerebras. Kami membangun cip untuk era AI generatif,” ujar CEO Andrew Feldman kepada wartawan di New York.

Debut ini menjadi IPO teknologi terbesar tahun ini, melampaui CoreWeave yang menghimpun US$1,5 miliar saat melantai di Nasdaq pada 2025.

© 2026 TeknoKini. Seluruh hak cipta dilindungi undang-undang.
""",
    [
        money("US$1,1 Miliar", 0, 1.1 * B, "USD", "exact", "cerebras", "funding",
              "S06 cerebras ipo proceeds"),
        money("US$28", 0, 28, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras share price", per="share"),
        money("US$1,1 miliar", 0, 1.1 * B, "USD", "exact", "cerebras", "funding",
              "S06 cerebras ipo proceeds", attribution="cerebras"),
        money("US$28", 1, 28, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras share price", attribution="cerebras", per="share"),
        money("US$24", 0, 24, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras price range low", per="share"),
        money("US$26", 0, 26, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras price range high", per="share"),
        money("US$8,1 miliar", 0, 8.1 * B, "USD", "approx", "cerebras", "valuation",
              "S06 cerebras valuation"),
        money("US$290 juta", 0, 290 * M, "USD", "exact", "cerebras", "revenue",
              "S06 cerebras revenue 2025", period="2025"),
        money("US$1,5 miliar", 0, 1.5 * B, "USD", "exact", "coreweave", "funding",
              "S06 coreweave ipo proceeds 2025", period="2025"),
    ],
    [("Cerebras Systems", "cerebras", "org"), ("Cerebras", "cerebras", "org"),
     ("Nasdaq", "nasdaq", "org"), ("G42", "g42", "org"),
     ("Andrew Feldman", "andrew-feldman", "person"), ("CoreWeave", "coreweave", "org")],
))

# ---------------------------------------------------------------- S07 Moonshot Kimi K3
ARTICLES.append(_article(
    "news-id-S07", "pasardigital.example", "moonshot-ai-klaim-latih-kimi-k3-us-4-6-juta",
    "2026-02-20",
    "Moonshot AI Klaim Latih Kimi K3 Hanya US$4,6 Juta, Analis Taksir US$40 Juta",
    """
Beijing – Ayu Lestari | Jumat, 20 Februari 2026 | 16:05 WIB

Moonshot AI, perusahaan rintisan AI asal Beijing yang didukung Alibaba, mengatakan biaya putaran pelatihan final model Kimi K3 hanya US$4,6 juta. Angka itu jauh di bawah biaya yang biasa dikeluarkan laboratorium AI di Amerika Serikat.

Dalam laporan teknisnya, perusahaan menyebut pelatihan tersebut memakai 3.072 GPU H800 buatan Nvidia. Secara keseluruhan, Moonshot disebut mengoperasikan sekitar 20.000 GPU.

Namun, analis TechInsights memperkirakan biaya riil pelatihan Kimi K3 sekitar US$40 juta jika memperhitungkan sewa cip, listrik, dan eksperimen sebelumnya. “Angka US$4,6 juta hanya mencakup putaran pelatihan terakhir,” tulis firma riset itu dalam catatannya.

Pendiri Moonshot, Yang Zhilin, menegaskan efisiensi adalah kunci. “Kami tidak punya cip sebanyak laboratorium di Silicon Valley, jadi kami harus memeras setiap GPU,” ujarnya.

Alibaba memimpin putaran pendanaan senilai US$1 miliar untuk Moonshot pada 2024. Sebagai pembanding, DeepSeek menyebut biaya pelatihan model V3 miliknya sekitar US$5,6 juta pada akhir 2024.

© 2026 PasarDigital. Ikuti kanal kami untuk kabar teknologi terbaru.
""",
    [
        money("US$4,6 Juta", 0, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", hedge="claimed", scope="run"),
        money("US$40 Juta", 0, 40 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", cluster="S07 moonshot training cost B",
              attribution="techinsights", hedge="estimated"),
        money("US$4,6 juta", 0, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        gpus("3.072 GPU H800", 0, 3072, "H800", "exact", "moonshot", "S07 moonshot training gpus",
             attribution="moonshot", scope="run"),
        gpus("20.000 GPU", 0, 20000, None, "approx", "moonshot", "S07 moonshot fleet",
             hedge="said_to", scope="total"),
        money("US$40 juta", 0, 40 * M, "USD", "approx", "moonshot", "training_cost",
              "S07 moonshot training cost", cluster="S07 moonshot training cost B",
              attribution="techinsights", hedge="estimated"),
        money("US$4,6 juta", 1, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="techinsights", scope="run"),
        money("US$1 miliar", 0, 1 * B, "USD", "exact", "moonshot", "funding",
              "S07 moonshot funding 2024", period="2024"),
        money("US$5,6 juta", 0, 5.6 * M, "USD", "approx", "deepseek", "training_cost",
              "S07 deepseek training cost 2024", attribution="deepseek", period="2024"),
    ],
    [("Moonshot AI", "moonshot", "org"), ("Moonshot", "moonshot", "org"),
     ("Alibaba", "alibaba", "org"), ("Nvidia", "nvidia", "org"), ("H800", "H800", "accelerator"),
     ("TechInsights", "techinsights", "org"), ("Yang Zhilin", "yang-zhilin", "person"),
     ("DeepSeek", "deepseek", "org")],
))

# ---------------------------------------------------------------- S08 ESMC state aid
ARTICLES.append(_article(
    "news-id-S08", "kabarbursa.example", "komisi-eropa-restui-subsidi-jerman-esmc-dresden",
    "2026-04-29",
    "Komisi Eropa Restui Subsidi Jerman €5 Miliar untuk Pabrik Cip ESMC di Dresden",
    """
Brussels – Hendra Wijaya | Rabu, 29 April 2026 | 21:10 WIB

Komisi Eropa pada Rabu (29/4) menyetujui bantuan negara senilai 5 miliar euro (sekitar US$5,7 miliar) dari pemerintah Jerman untuk European Semiconductor Manufacturing Company (ESMC), perusahaan patungan yang dipimpin TSMC di Dresden.

Menurut Komisi, total investasi pabrik tersebut diperkirakan lebih dari 10 miliar euro. TSMC memegang 70% saham ESMC, sedangkan Bosch, Infineon, dan NXP masing-masing memiliki 10%.

“Proyek ini memperkuat rantai pasok semikonduktor Eropa tanpa mendistorsi persaingan secara berlebihan,” kata Wakil Presiden Eksekutif Komisi Eropa Teresa Ribera.

Pabrik yang dijadwalkan mulai berproduksi pada 2027 itu akan menciptakan sekitar 2.000 lapangan kerja dan memasok cip untuk industri otomotif Eropa.

Bantuan untuk ESMC jauh lebih kecil dibandingkan subsidi 9,9 miliar euro yang dijanjikan Berlin kepada Intel pada 2023 untuk pabrik di Magdeburg. Proyek itu akhirnya dibatalkan oleh produsen cip asal AS tersebut pada 2025.

© 2026 KabarBursa. Dapatkan ringkasan pasar setiap pagi lewat buletin kami.
""",
    [
        money("€5 Miliar", 0, 5 * B, "EUR", "exact", "esmc", "subsidy", "S08 esmc subsidy"),
        money("5 miliar euro", 0, 5 * B, "EUR", "exact", "esmc", "subsidy", "S08 esmc subsidy",
              attribution="european-commission"),
        money("US$5,7 miliar", 0, 5.7 * B, "USD", "approx", "esmc", "subsidy", "S08 esmc subsidy",
              cluster="S08 esmc subsidy|USD", attribution="european-commission"),
        money("10 miliar euro", 0, 10 * B, "EUR", "over", "esmc", "investment",
              "S08 esmc investment", attribution="european-commission", hedge="estimated"),
        money("9,9 miliar euro", 0, 9.9 * B, "EUR", "exact", "intel", "subsidy",
              "S08 intel magdeburg subsidy 2023", period="2023"),
    ],
    [("Komisi Eropa", "european-commission", "org"), ("Komisi", "european-commission", "org"),
     ("European Semiconductor Manufacturing Company", "esmc", "org"), ("ESMC", "esmc", "org"),
     ("TSMC", "tsmc", "org"), ("Bosch", "bosch", "org"), ("Infineon", "infineon", "org"),
     ("NXP", "nxp", "org"), ("Teresa Ribera", "teresa-ribera", "person"),
     ("Intel", "intel", "org")],
))

# ---------------------------------------------------------------- S09 SK hynix Q3
ARTICLES.append(_article(
    "news-id-S09", "teknokini.example", "laba-operasional-sk-hynix-kuartal-iii-2026", "2026-10-23",
    "Laba Operasional SK hynix Kuartal III Tembus 11,4 Triliun Won",
    """
Seoul – Fajar Nugroho | Kamis, 23 Oktober 2026 | 09:40 WIB

Produsen cip memori asal Korea Selatan, SK hynix, membukukan laba operasional 11,4 triliun won (sekitar US$8 miliar) pada kuartal III-2026, rekor tertinggi sepanjang sejarah perusahaan, berkat melonjaknya permintaan memori HBM untuk server AI. Pendapatan pada periode yang sama mencapai 24,4 triliun won, demikian diumumkan perusahaan, Kamis (23/10).

Nvidia, pelanggan HBM terbesar SK hynix, terus menambah pesanan untuk akselerator generasi terbarunya. Capaian SK hynix juga jauh melampaui laba operasional Samsung Electronics sebesar 4,7 triliun won pada kuartal yang sama.

“Seluruh kapasitas HBM kami untuk tahun depan sudah terjual habis,” kata CEO SK hynix Kwak Noh-jung dalam paparan kinerja kepada investor.

Menurut kantor berita Yonhap, perusahaan berencana menaikkan belanja modal pada 2027 menjadi lebih dari 30 triliun won untuk memperluas pabrik di Cheongju dan Yongin.

© 2026 TeknoKini. Seluruh hak cipta dilindungi undang-undang.
""",
    [
        money("11,4 Triliun Won", 0, 11.4 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", period="2026-Q3"),
        money("11,4 triliun won", 0, 11.4 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", attribution="sk-hynix", period="2026-Q3"),
        money("US$8 miliar", 0, 8 * B, "USD", "approx", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", cluster="S09 skhynix operating profit q3|USD",
              attribution="sk-hynix", period="2026-Q3"),
        money("24,4 triliun won", 0, 24.4 * T, "KRW", "exact", "sk-hynix", "revenue",
              "S09 skhynix revenue q3", attribution="sk-hynix", period="2026-Q3"),
        money("4,7 triliun won", 0, 4.7 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", period="2026-Q3"),
        money("30 triliun won", 0, 30 * T, "KRW", "over", "sk-hynix", "capex",
              "S09 skhynix capex 2027", attribution="yonhap", hedge="expected",
              period="2027"),
    ],
    [("SK hynix", "sk-hynix", "org"), ("Nvidia", "nvidia", "org"),
     ("Samsung Electronics", "samsung", "org"), ("Kwak Noh-jung", "kwak-noh-jung", "person"),
     ("Yonhap", "yonhap", "org")],
))

# ---------------------------------------------------------------- S10 OpenAI / Oracle
ARTICLES.append(_article(
    "news-id-S10", "pasardigital.example", "openai-teken-kontrak-komputasi-awan-us-300-miliar-oracle",
    "2026-07-15",
    "OpenAI Teken Kontrak Komputasi Awan US$300 Miliar dengan Oracle",
    """
San Francisco – Rizky Hidayat | Rabu, 15 Juli 2026 | 20:30 WIB

OpenAI sepakat membeli daya komputasi senilai US$300 miliar (sekitar Rp4.890 triliun) dari Oracle selama kurang lebih lima tahun, menurut dua orang yang mengetahui kesepakatan tersebut. Kontrak ini menjadi salah satu perjanjian layanan komputasi awan terbesar yang pernah diteken.

Nilai itu setara dengan rata-rata sekitar US$60 miliar per tahun. Sebagai perbandingan, Oracle membukukan pendapatan US$57,4 miliar sepanjang tahun fiskal 2025.

Saham Oracle melonjak 30% setelah kabar tersebut beredar, menambah nilai pasar perusahaan sekitar US$200 miliar dalam sehari dan mengerek kekayaan pendirinya, Larry Ellison.

“Permintaan terhadap infrastruktur AI kami belum pernah setinggi ini,” kata Ellison, yang kini menjabat Chief Technology Officer Oracle. Sementara itu, CEO OpenAI Sam Altman menyebut kapasitas komputasi sebagai “hambatan terbesar” bagi pertumbuhan perusahaannya.

Oracle maupun OpenAI menolak mengomentari rincian nilai kontrak.

© 2026 PasarDigital. Ikuti kanal kami untuk kabar teknologi terbaru.
""",
    [
        money("US$300 Miliar", 0, 300 * B, "USD", "exact", "oracle", "order_value",
              "S10 oracle openai contract"),
        money("US$300 miliar", 0, 300 * B, "USD", "exact", "oracle", "order_value",
              "S10 oracle openai contract", hedge="reportedly"),
        money("Rp4.890 triliun", 0, 4890 * T, "IDR", "approx", "oracle", "order_value",
              "S10 oracle openai contract", cluster="S10 oracle openai contract|IDR",
              hedge="reportedly"),
        money("US$60 miliar", 0, 60 * B, "USD", "approx", "oracle", "order_value",
              "S10 oracle openai contract per year", per="year"),
        money("US$57,4 miliar", 0, 57.4 * B, "USD", "exact", "oracle", "revenue",
              "S10 oracle revenue FY2025", period="FY2025"),
        money("US$200 miliar", 0, 200 * B, "USD", "approx", "oracle", "market_cap_change",
              "S10 oracle market cap change"),
    ],
    [("OpenAI", "openai", "org"), ("Oracle", "oracle", "org"),
     ("Larry Ellison", "larry-ellison", "person"), ("Ellison", "larry-ellison", "person"),
     ("Sam Altman", "sam-altman", "person")],
))
