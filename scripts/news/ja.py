"""Japanese (ja) news articles (stories S07-S12) with their gold.

Each figure is written once, as a row giving both the mention (money or GPU
count) and its claim; _article() splits the rows into the "money" /
"gpu_counts" and "claims" layers that make_news_set.py reads. Entities are
given as (surface, id, type) aliases; every occurrence of each alias in the
text is an entity mention (a longer alias wins over a shorter one inside it).
"""

K, M, B, T = 10**3, 10**6, 10**9, 10**12
LANG = "ja"


def money(text, occ, value, currency, bound, subject, predicate, fact, cluster=None,
          attribution=None, hedge=None, scope=None, period=None, per=None):
    return ("money", text, occ, value, currency, bound, subject, predicate, fact, cluster,
            attribution, hedge, scope, period, per)


def gpus(text, occ, count, model, bound, subject, fact, cluster=None,
         attribution=None, hedge=None, scope=None, period=None, per=None):
    return ("gpu", text, occ, count, model, bound, subject, "gpu_count", fact, cluster,
            attribution, hedge, scope, period, per)


def _entities(text, aliases):
    """Every occurrence of every alias, longest alias first, no overlaps."""
    taken, out = [], []
    for surface, entity_id, entity_type in sorted(aliases, key=lambda a: -len(a[0])):
        start, occ = text.find(surface), 0
        while start >= 0:
            end = start + len(surface)
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                out.append((start, (surface, occ, entity_id, entity_type)))
            occ += 1
            start = text.find(surface, start + 1)
    return [m for _, m in sorted(out)]


def _article(id, source, slug, published, title, body, figures, aliases):
    text = title + "\n\n" + body.strip()
    a = {"id": id, "lang": LANG, "source": source, "url": "https://%s/%s" % (source, slug),
         "published": published, "title": title, "text": text,
         "money": [], "gpu_counts": [], "entities": _entities(text, aliases), "claims": []}
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

# ---------------------------------------------------------------- S07 Moonshot Kimi K3
ARTICLES.append(_article(
    "news-ja-S07", "tech-nikkan.example", "moonshot-kimi-k3-training-cost", "2026-02-20",
    "中国・月之暗面、新AI「Kimi K3」の学習費は460万ドルと公表",
    """
テック日刊　北京＝佐藤健太　2026年2月20日 18:30

中国の人工知能（AI）スタートアップ、月之暗面（ムーンショットAI）は20日、新たな大規模言語モデル「Kimi K3」を公開した。同社が公表した技術報告書によると、最終的な学習1回にかかった費用は約460万ドル（約6億9000万円）で、3072基のH800型GPUを使ったという。H800は米エヌビディアが中国向けに性能を抑えて開発した画像処理半導体だ。

米オープンAIが2023年に公開した「GPT-4」の学習には1億ドル以上かかったとされる。今回の数字は、米国勢に比べて格段に少ない計算資源で最先端に迫れることを示した形だ。

創業者の楊植麟（ヤン・ジーリン）氏は記者会見で「計算資源の量だけで勝負が決まるわけではない。アルゴリズムの工夫が重要だ」と述べた。同社は現在、推論用も含めて合計で約2万個のGPUを運用している。

ただ、米国の調査会社の間では、460万ドルには研究開発費や人件費が含まれておらず、実際の総コストははるかに大きいとの見方が多い。

月之暗面は2023年に北京で設立され、中国アリババ集団などが出資する。関係者によると、同社の企業価値は直近の資金調達で約43億ドルに達した。

※テック日刊のニュースレター登録は無料です。毎朝、AIと半導体の最新ニュースをお届けします。
""",
    [
        money("460万ドル", 0, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot"),
        money("460万ドル", 1, 4.6 * M, "USD", "approx", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        money("6億9000万円", 0, 690 * M, "JPY", "approx", "moonshot", "training_cost",
              "S07 moonshot training cost", cluster="S07 moonshot training cost|JPY",
              attribution="moonshot", scope="run"),
        gpus("3072基のH800型GPU", 0, 3072, "H800", "exact", "moonshot",
             "S07 moonshot training gpus", attribution="moonshot", scope="run"),
        money("1億ドル", 0, 100 * M, "USD", "over", "openai", "training_cost",
              "S07 openai training cost gpt-4", hedge="said_to"),
        gpus("2万個のGPU", 0, 20000, None, "approx", "moonshot", "S07 moonshot fleet",
             scope="total"),
        money("460万ドル", 2, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost"),
        money("43億ドル", 0, 4.3 * B, "USD", "approx", "moonshot", "valuation",
              "S07 moonshot valuation", hedge="reportedly"),
    ],
    [("月之暗面", "moonshot", "org"), ("ムーンショットAI", "moonshot", "org"),
     ("H800", "H800", "accelerator"), ("エヌビディア", "nvidia", "org"),
     ("オープンAI", "openai", "org"), ("楊植麟", "yang-zhilin", "person"),
     ("ヤン・ジーリン", "yang-zhilin", "person"), ("アリババ集団", "alibaba", "org")],
))

# ---------------------------------------------------------------- S08 ESMC Dresden aid
ARTICLES.append(_article(
    "news-ja-S08", "keizai-shimpo.example", "eu-esmc-dresden-subsidy", "2026-04-30",
    "欧州委、TSMC独工場への50億ユーロ補助を承認",
    """
経済新報　ブリュッセル＝高橋美咲　2026年4月30日

欧州委員会は29日、台湾積体電路製造（TSMC）などがドイツ東部ドレスデンに建設する半導体工場に対し、ドイツが50億ユーロ（約8600億円）の補助金を出すことを承認したと発表した。欧州連合（EU）の国家補助規則に沿うと判断した。

工場を運営するのは、TSMCと独ボッシュ、独インフィニオンテクノロジーズ、オランダのNXPセミコンダクターズが出資する合弁会社、欧州半導体製造会社（ESMC）だ。総投資額は100億ユーロを超える見通しで、2027年の稼働を目指す。約2000人の雇用を生むという。

欧州委で競争政策を担当するテレサ・リベラ上級副委員長は声明で「欧州の半導体供給網の強靱化に資する一方、競争をゆがめるものではない」と強調した。

日本でも、TSMCが熊本県に設けた子会社JASMの第1工場に、日本政府が最大4760億円を助成した。一方、ドイツでは米インテルが東部マグデブルクで計画していた新工場が凍結され、同社向けの約99億ユーロの補助金も宙に浮いたままだ。

関係者によると、ESMCの工場は主に車載向けの成熟品を生産し、独自動車大手への供給を見込む。

©2026 経済新報　無断転載・複製を禁じます。
""",
    [
        money("50億ユーロ", 0, 5 * B, "EUR", "exact", "esmc", "subsidy", "S08 esmc subsidy"),
        money("50億ユーロ", 1, 5 * B, "EUR", "exact", "esmc", "subsidy", "S08 esmc subsidy",
              attribution="european-commission"),
        money("8600億円", 0, 860 * B, "JPY", "approx", "esmc", "subsidy", "S08 esmc subsidy",
              cluster="S08 esmc subsidy|JPY", attribution="european-commission"),
        money("100億ユーロ", 0, 10 * B, "EUR", "over", "esmc", "investment",
              "S08 esmc investment", hedge="expected"),
        money("4760億円", 0, 476 * B, "JPY", "at_most", "jasm", "subsidy",
              "S08 jasm subsidy kumamoto"),
        money("99億ユーロ", 0, 9.9 * B, "EUR", "approx", "intel", "subsidy",
              "S08 intel subsidy magdeburg"),
    ],
    [("欧州委員会", "european-commission", "org"), ("欧州委", "european-commission", "org"),
     ("台湾積体電路製造", "tsmc", "org"), ("TSMC", "tsmc", "org"),
     ("欧州連合", "european-union", "org"), ("EU", "european-union", "org"),
     ("ボッシュ", "bosch", "org"), ("インフィニオンテクノロジーズ", "infineon", "org"),
     ("NXPセミコンダクターズ", "nxp", "org"), ("欧州半導体製造会社", "esmc", "org"),
     ("ESMC", "esmc", "org"), ("テレサ・リベラ", "teresa-ribera", "person"),
     ("JASM", "jasm", "org"), ("日本政府", "japanese-government", "org"),
     ("インテル", "intel", "org")],
))

# ---------------------------------------------------------------- S09 SK hynix Q3 (ja: 11.2 trillion won)
ARTICLES.append(_article(
    "news-ja-S09", "kabuka-online.example", "sk-hynix-q3-2026-operating-profit", "2026-10-23",
    "SKハイニックス、7～9月期営業利益11兆2000億ウォン　HBM好調で過去最高",
    """
かぶかオンライン　ソウル＝李知恩　2026年10月23日 15:40

韓国半導体大手のSKハイニックスが23日発表した2026年7～9月期の連結決算は、営業利益が前年同期比約6割増の11兆2000億ウォン（約1兆1800億円）だった。売上高は24兆4000億ウォンで、いずれも四半期として過去最高を更新した。

人工知能（AI）向けの広帯域メモリー（HBM）の販売が伸びた。主要顧客である米エヌビディアの次世代AI半導体向けの供給も始まり、同社の利益率は一段と改善した。前年同期の営業利益は7兆300億ウォンだった。

郭魯正（クァク・ノジョン）最高経営責任者（CEO）は電話会見で「来年分のHBMはほぼ完売した。供給能力の拡大を急ぐ」と語った。

ライバルの韓国サムスン電子が今月上旬に発表した7～9月期の営業利益（速報値）は4兆7000億ウォンにとどまり、メモリー市場での両社の明暗が鮮明になっている。

SKハイニックスの株価は発表後に上昇し、一時前日比3%高の1株52万ウォンをつけた。

※本記事は情報提供を目的としたもので、投資勧誘を意図するものではありません。
""",
    [
        money("11兆2000億ウォン", 0, 11.2 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", cluster="S09 skhynix operating profit q3 B",
              period="2026-Q3"),
        money("11兆2000億ウォン", 1, 11.2 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", cluster="S09 skhynix operating profit q3 B",
              attribution="sk-hynix", period="2026-Q3"),
        money("1兆1800億円", 0, 1.18 * T, "JPY", "approx", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3",
              cluster="S09 skhynix operating profit q3 B|JPY", attribution="sk-hynix",
              period="2026-Q3"),
        money("24兆4000億ウォン", 0, 24.4 * T, "KRW", "exact", "sk-hynix", "revenue",
              "S09 skhynix revenue q3", attribution="sk-hynix", period="2026-Q3"),
        money("7兆300億ウォン", 0, 7.03 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit 2025-Q3", period="2025-Q3"),
        money("4兆7000億ウォン", 0, 4.7 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", attribution="samsung", period="2026-Q3"),
        money("52万ウォン", 0, 520 * K, "KRW", "exact", "sk-hynix", "price_per_unit",
              "S09 skhynix share price", per="share"),
    ],
    [("SKハイニックス", "sk-hynix", "org"), ("エヌビディア", "nvidia", "org"),
     ("郭魯正", "kwak-noh-jung", "person"), ("クァク・ノジョン", "kwak-noh-jung", "person"),
     ("サムスン電子", "samsung", "org")],
))

# ---------------------------------------------------------------- S10 OpenAI / Oracle
ARTICLES.append(_article(
    "news-ja-S10", "keizai-shimpo.example", "oracle-openai-300bn-cloud-contract", "2026-07-16",
    "オープンAI、オラクルから3000億ドルの計算資源購入へ　年600億ドル規模",
    """
経済新報　シリコンバレー＝中村大輔　2026年7月16日

米オラクルは15日、対話型AI「ChatGPT」を手がける米オープンAIと、約5年間で総額3000億ドル（約45兆円）のクラウド計算資源を提供する契約を結んだと明らかにした。単純計算で年平均約600億ドルに相当し、クラウド契約としては過去最大級となる。

発表を受けてオラクル株は一時30%上昇し、同社の時価総額は約9000億ドルに膨らんだ。

創業者のラリー・エリソン会長は「AIの計算需要はかつてない規模だ」と述べた。オープンAIのサム・アルトマン最高経営責任者（CEO）も自身のSNSで「計算資源の確保は最優先の課題だ」と強調した。

もっとも、市場には慎重な見方もある。関係者によるとオープンAIの年間売上高は約130億ドルにとどまり、巨額の支払いを続けられるかを疑問視する声が出ている。米メディアによれば、計算資源の提供は2027年から本格的に始まる見込みだ。

経済新報の有料会員になると、全ての記事をお読みいただけます。
""",
    [
        money("3000億ドル", 0, 300 * B, "USD", "exact", "oracle", "order_value",
              "S10 oracle openai contract"),
        money("600億ドル", 0, 60 * B, "USD", "approx", "oracle", "order_value",
              "S10 oracle openai contract per year", per="year"),
        money("3000億ドル", 1, 300 * B, "USD", "exact", "oracle", "order_value",
              "S10 oracle openai contract", attribution="oracle"),
        money("45兆円", 0, 45 * T, "JPY", "approx", "oracle", "order_value",
              "S10 oracle openai contract", cluster="S10 oracle openai contract|JPY",
              attribution="oracle"),
        money("600億ドル", 1, 60 * B, "USD", "approx", "oracle", "order_value",
              "S10 oracle openai contract per year", per="year"),
        money("9000億ドル", 0, 900 * B, "USD", "approx", "oracle", "market_value",
              "S10 oracle market value"),
        money("130億ドル", 0, 13 * B, "USD", "approx", "openai", "revenue",
              "S10 openai revenue run-rate", hedge="reportedly", per="year"),
    ],
    [("オープンAI", "openai", "org"), ("オラクル", "oracle", "org"),
     ("ラリー・エリソン", "larry-ellison", "person"), ("サム・アルトマン", "sam-altman", "person")],
))

# ---------------------------------------------------------------- S11 Humain / Nvidia
ARTICLES.append(_article(
    "news-ja-S11", "tech-nikkan.example", "humain-nvidia-gb300-order", "2026-05-14",
    "サウジのHumain、エヌビディアから1万8000個のAI半導体を調達",
    """
テック日刊　ドバイ＝山本翔　2026年5月14日 9:00

サウジアラビアの政府系ファンド、パブリック・インベストメント・ファンド（PIF）傘下のAI企業Humain（ヒューメイン）は13日、1万8000個のエヌビディア製GB300を購入すると発表した。国内に建設する出力500メガワット規模のデータセンターに導入する。

米エヌビディアのジェンスン・フアンCEOはリヤドで開かれた投資フォーラムに登壇し、「サウジは自前のAIインフラを築きつつある」と語った。

Humainは同時に、米AMDとも総額100億ドル（約1兆5000億円）の提携で合意した。今後5年でAMD製の半導体やソフトウエアを導入する。

関係者によると、GB300の価格は1個あたり約6万ドルとされ、今回のエヌビディアからの調達額は10億ドルを超える可能性がある。

Humainのタレク・アミンCEOは「世界有数のAI計算基盤を持つ企業を目指す」と述べた。

中東ではAI投資の競争が激しい。米xAIは米南部メンフィスのデータセンターで約20万個のGPUを稼働させているとされ、湾岸諸国も規模の拡大を急ぐ。

※テック日刊のニュースレター登録は無料です。
""",
    [
        gpus("1万8000個のAI半導体", 0, 18000, None, "exact", "humain", "S11 humain gb300"),
        gpus("1万8000個のエヌビディア製GB300", 0, 18000, "GB300", "exact", "humain",
             "S11 humain gb300", attribution="humain"),
        money("100億ドル", 0, 10 * B, "USD", "exact", "humain", "investment",
              "S11 humain amd deal", attribution="humain"),
        money("1兆5000億円", 0, 1.5 * T, "JPY", "approx", "humain", "investment",
              "S11 humain amd deal", cluster="S11 humain amd deal|JPY", attribution="humain"),
        money("6万ドル", 0, 60 * K, "USD", "approx", "GB300", "price_per_unit",
              "S11 gb300 unit price", hedge="reportedly", per="unit"),
        money("10億ドル", 0, 1 * B, "USD", "over", "humain", "spending",
              "S11 humain nvidia chip spending", hedge="possible"),
        gpus("20万個のGPU", 0, 200000, None, "approx", "xai", "S11 xai memphis gpus",
             hedge="said_to"),
    ],
    [("パブリック・インベストメント・ファンド", "public-investment-fund", "org"),
     ("PIF", "public-investment-fund", "org"), ("Humain", "humain", "org"),
     ("ヒューメイン", "humain", "org"), ("エヌビディア", "nvidia", "org"),
     ("GB300", "GB300", "accelerator"), ("ジェンスン・フアン", "jensen-huang", "person"),
     ("AMD", "amd", "org"), ("タレク・アミン", "tareq-amin", "person"), ("xAI", "xai", "org")],
))

# ---------------------------------------------------------------- S12 Salesforce / Informatica
ARTICLES.append(_article(
    "news-ja-S12", "kabuka-online.example", "salesforce-informatica-acquisition", "2026-05-28",
    "セールスフォース、インフォマティカを80億ドルで買収　1株25ドル",
    """
かぶかオンライン　ニューヨーク＝田中亮　2026年5月28日 8:05

米セールスフォースは27日、データ管理ソフトウエアの米インフォマティカを約80億ドル（約1兆2000億円）で買収すると発表した。インフォマティカの株主には1株につき現金25ドルを支払う。買収額は26日の終値に約30%を上乗せした水準となる。

インフォマティカはデータの統合や品質管理のソフトを手がけ、2025年12月期の売上高は約16億ドルだった。セールスフォースは同社の技術を生成AIの「AIエージェント」に取り込み、顧客データの活用を強化する。

セールスフォースのマーク・ベニオフCEOは声明で「データはAIエージェントの燃料だ」と述べた。同社は2019年にもデータ分析の米タブローを157億ドルで買収している。

関係者によると、両社は2024年にも買収交渉を進めていたが、当時取り沙汰された1株30ドル前後という価格で折り合わず、交渉は破談となった経緯がある。

買収は各国の規制当局の承認を経て、2027年初めに完了する見通しだ。

※本記事は情報提供を目的としたもので、投資勧誘を意図するものではありません。
""",
    [
        money("80億ドル", 0, 8 * B, "USD", "exact", "salesforce", "deal_value",
              "S12 salesforce informatica deal"),
        money("25ドル", 0, 25, "USD", "exact", "salesforce", "price_per_unit",
              "S12 informatica share price", per="share"),
        money("80億ドル", 1, 8 * B, "USD", "approx", "salesforce", "deal_value",
              "S12 salesforce informatica deal", attribution="salesforce"),
        money("1兆2000億円", 0, 1.2 * T, "JPY", "approx", "salesforce", "deal_value",
              "S12 salesforce informatica deal", cluster="S12 salesforce informatica deal|JPY",
              attribution="salesforce"),
        money("25ドル", 1, 25, "USD", "exact", "salesforce", "price_per_unit",
              "S12 informatica share price", attribution="salesforce", per="share"),
        money("16億ドル", 0, 1.6 * B, "USD", "approx", "informatica", "revenue",
              "S12 informatica revenue", period="FY2025"),
        money("157億ドル", 0, 15.7 * B, "USD", "exact", "salesforce", "deal_value",
              "S12 salesforce tableau deal 2019", period="2019"),
        money("30ドル", 0, 30, "USD", "approx", "salesforce", "price_per_unit",
              "S12 informatica share price 2024", hedge="rumored", period="2024", per="share"),
    ],
    [("セールスフォース", "salesforce", "org"), ("インフォマティカ", "informatica", "org"),
     ("マーク・ベニオフ", "marc-benioff", "person"), ("タブロー", "tableau", "org")],
))
