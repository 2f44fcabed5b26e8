"""Chinese (zh) news articles (stories S06-S11) with their gold.

Each figure is written once, as a row giving both the mention (money or GPU
count) and its claim; _article() splits the rows into the "money" /
"gpu_counts" and "claims" layers that make_news_set.py reads. Entities are
given as (surface, id, type) aliases; every occurrence of each alias in the
text is an entity mention (a longer alias wins over a shorter one inside it).
"""

K, M, B, T = 10**3, 10**6, 10**9, 10**12
LANG = "zh"


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

# ---------------------------------------------------------------- S06 Cerebras IPO
ARTICLES.append(_article(
    "news-zh-S06", "caixinqiao.example", "cerebras-nasdaq-ipo-11yi-meiyuan", "2026-05-15",
    "Cerebras登陆纳斯达克募资11亿美元 估值约81亿美元",
    """
财信桥 记者 林晓 | 2026年5月15日 纽约

AI芯片初创公司Cerebras Systems周四在纳斯达克完成首次公开募股（IPO）。据该公司发布的声明，此次发行价定为每股28美元，共募集资金11亿美元（约合78亿元人民币）。按发行价计算，这家总部位于美国加州的公司估值约为81亿美元。

据知情人士透露，本次发行获得逾20倍超额认购，Cerebras此前设定的发行价区间为每股24美元至26美元，随后两度上调。

“今天只是一个开始。”Cerebras首席执行官安德鲁·费尔德曼（Andrew Feldman）在敲钟仪式后表示，“我们的晶圆级芯片让客户不必再排队等待GPU。”

招股书显示，Cerebras 2025年营收为2.9亿美元，较2024年的7900万美元大幅增长。不过，该公司高度依赖阿联酋人工智能企业G42，后者贡献了其大部分收入，这也是监管机构和投资者关注的焦点。

分析人士指出，即便上市后身价大涨，Cerebras与行业龙头英伟达之间的差距依然悬殊——英伟达目前市值已超过4万亿美元。

Cerebras股票代码为“CBRS”。首日开盘价为每股35美元，较发行价高出25%。

（本文仅供参考，不构成投资建议。关注财信桥公众号，获取每日科技财经要闻。）
""",
    [
        money("11亿美元", 0, 1.1 * B, "USD", "exact", "cerebras", "funding",
              "S06 cerebras ipo proceeds"),
        money("81亿美元", 0, 8.1 * B, "USD", "approx", "cerebras", "valuation",
              "S06 cerebras valuation"),
        money("28美元", 0, 28, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras share price", attribution="cerebras", per="share"),
        money("11亿美元", 1, 1.1 * B, "USD", "exact", "cerebras", "funding",
              "S06 cerebras ipo proceeds", attribution="cerebras"),
        money("78亿元人民币", 0, 7.8 * B, "CNY", "approx", "cerebras", "funding",
              "S06 cerebras ipo proceeds", cluster="S06 cerebras ipo proceeds|CNY",
              attribution="cerebras"),
        money("81亿美元", 1, 8.1 * B, "USD", "approx", "cerebras", "valuation",
              "S06 cerebras valuation"),
        money("24美元", 0, 24, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras price range", cluster="S06 cerebras price range low",
              hedge="reportedly", per="share"),
        money("26美元", 0, 26, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras price range", hedge="reportedly", per="share"),
        money("2.9亿美元", 0, 290 * M, "USD", "exact", "cerebras", "revenue",
              "S06 cerebras revenue 2025", attribution="cerebras", period="2025"),
        money("7900万美元", 0, 79 * M, "USD", "exact", "cerebras", "revenue",
              "S06 cerebras revenue 2024", attribution="cerebras", period="2024"),
        money("4万亿美元", 0, 4 * T, "USD", "over", "nvidia", "market_value",
              "S06 nvidia market value"),
        money("35美元", 0, 35, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras opening price", per="share"),
    ],
    [("Cerebras Systems", "cerebras", "org"), ("Cerebras", "cerebras", "org"),
     ("纳斯达克", "nasdaq", "org"), ("安德鲁·费尔德曼", "andrew-feldman", "person"),
     ("Andrew Feldman", "andrew-feldman", "person"), ("G42", "g42", "org"),
     ("英伟达", "nvidia", "org")],
))

# ---------------------------------------------------------------- S07 Moonshot Kimi K3
ARTICLES.append(_article(
    "news-zh-S07", "kejiguancha.example", "moonshot-kimi-k3-xunlian-chengben", "2026-02-20",
    "月之暗面：Kimi K3最终训练成本仅460万美元",
    """
科技观察 | 记者 王蕾 | 2026-02-20 北京

北京人工智能初创公司月之暗面（Moonshot AI）周五发布新一代大模型Kimi K3。该公司在随附的技术报告中披露，模型最后一轮训练仅花费460万美元（约合3270万元人民币），共使用了3072块英伟达H800 GPU。

这一数字远低于业界对前沿大模型训练成本的普遍估计。据报道，OpenAI训练GPT-4的花费超过1亿美元。

月之暗面创始人杨植麟在发布会上说：“我们想证明，算力并不是唯一的门槛，算法和工程效率同样重要。”他表示，公司目前总共运营约2万块GPU，用于训练和推理。

不过，有分析人士指出，460万美元只涵盖最终一轮训练的算力租用费用，并不包括前期研究、数据采购和人员等支出。一位不愿具名的投资人估计，该公司在Kimi系列模型上的累计投入可能已接近5亿元人民币。

月之暗面成立于2023年，投资方包括阿里巴巴和腾讯。据知情人士透露，该公司在最近一轮融资后的估值约为43亿美元。

© 2026 科技观察 版权所有，未经授权不得转载。
""",
    [
        money("460万美元", 0, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        money("460万美元", 1, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        money("3270万元人民币", 0, 32.7 * M, "CNY", "approx", "moonshot", "training_cost",
              "S07 moonshot training cost", cluster="S07 moonshot training cost|CNY",
              attribution="moonshot", scope="run"),
        gpus("3072块英伟达H800 GPU", 0, 3072, "H800", "exact", "moonshot",
             "S07 moonshot training gpus", attribution="moonshot", scope="run"),
        money("1亿美元", 0, 100 * M, "USD", "over", "openai", "training_cost",
              "S07 openai training cost gpt-4", hedge="reportedly"),
        gpus("2万块GPU", 0, 20000, None, "approx", "moonshot", "S07 moonshot fleet",
             attribution="yang-zhilin", scope="total"),
        money("460万美元", 2, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", scope="run"),
        money("5亿元人民币", 0, 500 * M, "CNY", "approx", "moonshot", "development_cost",
              "S07 moonshot kimi cumulative cost", hedge="estimated"),
        money("43亿美元", 0, 4.3 * B, "USD", "approx", "moonshot", "valuation",
              "S07 moonshot valuation", hedge="reportedly"),
    ],
    [("月之暗面", "moonshot", "org"), ("Moonshot AI", "moonshot", "org"),
     ("英伟达", "nvidia", "org"), ("H800", "H800", "accelerator"), ("OpenAI", "openai", "org"),
     ("杨植麟", "yang-zhilin", "person"), ("阿里巴巴", "alibaba", "org"),
     ("腾讯", "tencent", "org")],
))

# ---------------------------------------------------------------- S08 ESMC Dresden aid (zh: EUR 5.5 bn)
ARTICLES.append(_article(
    "news-zh-S08", "hqcaijing.example", "eu-pizhun-esmc-dresden-butie", "2026-04-29",
    "欧盟批准德国55亿欧元补贴 台积电德累斯顿晶圆厂获放行",
    """
环球财经观察 驻布鲁塞尔记者 陈思远 2026年4月29日

欧盟委员会周三宣布，批准德国向欧洲半导体制造公司（ESMC）提供55亿欧元（约合429亿元人民币）的国家援助，用于在德累斯顿建设一座12英寸晶圆厂。ESMC是台积电与博世、英飞凌和恩智浦共同成立的合资企业，其中台积电持股70%，其余三家各持股10%。

根据规划，该工厂总投资超过100亿欧元，预计2027年底投产，将创造约2000个直接就业岗位。

负责竞争事务的欧盟委员会执行副主席特蕾莎·里贝拉在声明中说：“这笔援助将增强欧洲半导体供应链的韧性，同时不会过度扭曲单一市场的竞争。”

台积电董事长魏哲家此前表示，德累斯顿工厂将主要生产28纳米至12纳米的成熟制程芯片，服务欧洲的汽车和工业客户。

这并非德国第一次为芯片项目开出巨额支票。英特尔曾计划在马格德堡建厂，并获得约99亿欧元的补贴承诺，但该项目目前已被无限期搁置。据知情人士透露，柏林方面此后更倾向于支持已有明确客户的项目。

（编辑：刘洋）欢迎订阅环球财经观察早报，每天7点准时送达。
""",
    [
        money("55亿欧元", 0, 5.5 * B, "EUR", "exact", "esmc", "subsidy",
              "S08 esmc subsidy", cluster="S08 esmc subsidy B"),
        money("55亿欧元", 1, 5.5 * B, "EUR", "exact", "esmc", "subsidy",
              "S08 esmc subsidy", cluster="S08 esmc subsidy B",
              attribution="european-commission"),
        money("429亿元人民币", 0, 42.9 * B, "CNY", "approx", "esmc", "subsidy",
              "S08 esmc subsidy", cluster="S08 esmc subsidy B|CNY",
              attribution="european-commission"),
        money("100亿欧元", 0, 10 * B, "EUR", "over", "esmc", "investment",
              "S08 esmc investment"),
        money("99亿欧元", 0, 9.9 * B, "EUR", "approx", "intel", "subsidy",
              "S08 intel subsidy magdeburg"),
    ],
    [("欧盟委员会", "european-commission", "org"), ("欧盟", "european-commission", "org"),
     ("欧洲半导体制造公司", "esmc", "org"), ("ESMC", "esmc", "org"), ("台积电", "tsmc", "org"),
     ("博世", "bosch", "org"), ("英飞凌", "infineon", "org"), ("恩智浦", "nxp", "org"),
     ("特蕾莎·里贝拉", "teresa-ribera", "person"), ("魏哲家", "c-c-wei", "person"),
     ("英特尔", "intel", "org")],
))

# ---------------------------------------------------------------- S09 SK hynix Q3
ARTICLES.append(_article(
    "news-zh-S09", "caixinqiao.example", "sk-hynix-disanjidu-yingye-lirun", "2026-10-23",
    "SK海力士第三季度营业利润达11.4万亿韩元 HBM需求强劲",
    """
财信桥 记者 朴敏 | 2026年10月23日 首尔

韩国存储芯片巨头SK海力士周四公布财报，2026年第三季度营业利润为11.4万亿韩元（约合80亿美元），创下历史新高；营收为24.4万亿韩元，同比增长约39%。

SK海力士表示，业绩增长主要得益于高带宽存储器（HBM）的强劲需求。作为英伟达AI加速器所用HBM的主要供应商，该公司近两年来的盈利能力已明显超过同行。2025年同期，SK海力士的营业利润为7.03万亿韩元。

相比之下，竞争对手三星电子本月初公布的初步数据显示，其第三季度营业利润为4.7万亿韩元，不到SK海力士的一半。

SK海力士首席执行官郭鲁正在财报电话会上说：“客户对明年HBM供应的需求已基本锁定，我们将继续扩大先进封装产能。”

据业内人士预计，受益于存储芯片价格持续上涨，该公司第四季度营业利润有望突破12万亿韩元。

财信桥原创稿件，转载请注明出处。
""",
    [
        money("11.4万亿韩元", 0, 11.4 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", period="2026-Q3"),
        money("11.4万亿韩元", 1, 11.4 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", attribution="sk-hynix", period="2026-Q3"),
        money("80亿美元", 0, 8 * B, "USD", "approx", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", cluster="S09 skhynix operating profit q3|USD",
              attribution="sk-hynix", period="2026-Q3"),
        money("24.4万亿韩元", 0, 24.4 * T, "KRW", "exact", "sk-hynix", "revenue",
              "S09 skhynix revenue q3", attribution="sk-hynix", period="2026-Q3"),
        money("7.03万亿韩元", 0, 7.03 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit 2025-Q3", period="2025-Q3"),
        money("4.7万亿韩元", 0, 4.7 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", attribution="samsung", period="2026-Q3"),
        money("12万亿韩元", 0, 12 * T, "KRW", "over", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q4", hedge="predicted", period="2026-Q4"),
    ],
    [("SK海力士", "sk-hynix", "org"), ("英伟达", "nvidia", "org"),
     ("三星电子", "samsung", "org"), ("郭鲁正", "kwak-noh-jung", "person")],
))

# ---------------------------------------------------------------- S10 OpenAI / Oracle
ARTICLES.append(_article(
    "news-zh-S10", "hqcaijing.example", "openai-jiaguwen-3000yi-suanli-hetong", "2026-07-15",
    "OpenAI将向甲骨文采购3000亿美元算力 甲骨文股价一度飙升30%",
    """
环球财经观察 记者 赵一鸣 2026年7月15日

甲骨文公司周二证实，OpenAI已同意在约五年内向其采购价值3000亿美元的云计算算力。这是迄今为止规模最大的云服务合同之一。按此计算，OpenAI平均每年需向甲骨文支付约600亿美元。

消息公布后，甲骨文股价盘中大涨30%。公司联合创始人拉里·埃里森的身家随之增加逾1000亿美元，一度超越埃隆·马斯克，成为全球首富。

OpenAI首席执行官萨姆·奥尔特曼表示：“算力是我们目前最大的瓶颈，这份合同将帮助我们更快地服务全球用户。”

不过，市场对这笔交易的可持续性存有疑问。分析人士指出，OpenAI目前的年化营收约为130亿美元，远不足以覆盖如此庞大的支出。为履行合同，甲骨文自身也需大举投资建设数据中心：该公司2026财年的资本支出约为350亿美元。

据知情人士透露，相关算力将从2027年起逐步交付。

本文由环球财经观察编辑部综合整理。欢迎订阅环球财经观察早报。
""",
    [
        money("3000亿美元", 0, 300 * B, "USD", "exact", "oracle", "order_value",
              "S10 oracle openai contract"),
        money("3000亿美元", 1, 300 * B, "USD", "exact", "oracle", "order_value",
              "S10 oracle openai contract", attribution="oracle"),
        money("600亿美元", 0, 60 * B, "USD", "approx", "oracle", "order_value",
              "S10 oracle openai contract per year", per="year"),
        money("1000亿美元", 0, 100 * B, "USD", "over", "larry-ellison", "market_cap_change",
              "S10 larry-ellison wealth gain"),
        money("130亿美元", 0, 13 * B, "USD", "approx", "openai", "revenue",
              "S10 openai revenue run-rate", per="year"),
        money("350亿美元", 0, 35 * B, "USD", "approx", "oracle", "capex",
              "S10 oracle capex FY2026", period="FY2026"),
    ],
    [("OpenAI", "openai", "org"), ("甲骨文公司", "oracle", "org"), ("甲骨文", "oracle", "org"),
     ("拉里·埃里森", "larry-ellison", "person"), ("埃隆·马斯克", "elon-musk", "person"),
     ("萨姆·奥尔特曼", "sam-altman", "person")],
))

# ---------------------------------------------------------------- S11 Humain / Nvidia
ARTICLES.append(_article(
    "news-zh-S11", "kejiguancha.example", "humain-caigou-yingweida-gb300", "2026-05-13",
    "沙特Humain将采购1.8万颗英伟达GB300芯片 另与AMD签下100亿美元大单",
    """
科技观察 | 记者 孙悦 | 2026-05-13 利雅得

沙特阿拉伯公共投资基金（PIF）旗下人工智能公司Humain周二宣布，将采购1.8万颗英伟达GB300芯片，用于在沙特境内建设总容量500兆瓦的AI数据中心。

英伟达首席执行官黄仁勋当天出席了在利雅得举行的沙美投资论坛。他说：“沙特正在打造属于自己的AI基础设施，Humain将成为这一进程的核心。”

与此同时，Humain还与AMD达成一项价值100亿美元（约合710亿元人民币）的合作协议，未来五年将在沙特部署AMD的AI芯片和软件。

据知情人士透露，按每颗GB300约6万美元的价格估算，此次向英伟达采购芯片的金额或超过10亿美元。

Humain首席执行官塔里克·阿明表示，公司的目标是成为全球第三大AI算力提供商，仅次于美国和中国的头部企业。

相比之下，埃隆·马斯克旗下的xAI在美国孟菲斯的超级计算机目前总计部署了约20万块GPU。

© 2026 科技观察。点击关注，获取更多AI产业动态。
""",
    [
        gpus("1.8万颗英伟达GB300芯片", 0, 18000, "GB300", "exact", "humain", "S11 humain gb300"),
        money("100亿美元", 0, 10 * B, "USD", "exact", "humain", "investment",
              "S11 humain amd deal"),
        gpus("1.8万颗英伟达GB300芯片", 1, 18000, "GB300", "exact", "humain", "S11 humain gb300",
             attribution="humain"),
        money("100亿美元", 1, 10 * B, "USD", "exact", "humain", "investment",
              "S11 humain amd deal"),
        money("710亿元人民币", 0, 71 * B, "CNY", "approx", "humain", "investment",
              "S11 humain amd deal", cluster="S11 humain amd deal|CNY"),
        money("6万美元", 0, 60 * K, "USD", "approx", "GB300", "price_per_unit",
              "S11 gb300 unit price", hedge="reportedly", per="unit"),
        money("10亿美元", 0, 1 * B, "USD", "over", "humain", "spending",
              "S11 humain nvidia chip spending", hedge="estimated"),
        gpus("20万块GPU", 0, 200000, None, "approx", "xai", "S11 xai memphis gpus",
             scope="total"),
    ],
    [("沙特阿拉伯公共投资基金", "public-investment-fund", "org"),
     ("PIF", "public-investment-fund", "org"), ("Humain", "humain", "org"),
     ("英伟达", "nvidia", "org"), ("GB300", "GB300", "accelerator"), ("AMD", "amd", "org"),
     ("黄仁勋", "jensen-huang", "person"), ("塔里克·阿明", "tareq-amin", "person"),
     ("埃隆·马斯克", "elon-musk", "person"), ("xAI", "xai", "org")],
))
