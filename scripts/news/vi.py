"""Vietnamese news articles (stories S04-S09) with their gold.

Each article lists its figures once, as rows that give both the mention
(money or GPU count) and its claim; _article() splits them into the
"money"/"gpu_counts" and "claims" layers that make_news_set.py reads.
Entity mentions are listed as names; _article() finds every occurrence of
each name in the text (longer names first, so "Samsung" inside "Samsung
Electronics" is not a second mention) and writes (text, occurrence, id, type).
"""

K, M, B, T = 10**3, 10**6, 10**9, 10**12
LANG = "vi"


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

# ---------------------------------------------------------------- S04 Samsung / Tesla
ARTICLES.append(_article(
    "news-vi-S04", "taichinhso.example", "samsung-hop-dong-chip-tesla-16-5-ty-usd-loi-nhuan-quy-iii",
    "2026-10-08",
    "Samsung giành hợp đồng chip 16,5 tỷ USD từ Tesla, lãi quý III ước đạt 4,7 nghìn tỷ won",
    """
Seoul – Minh Khang | 08/10/2026 10:05 (GMT+7)

Samsung Electronics vừa công bố hợp đồng sản xuất chip cho Tesla trị giá 16,5 tỷ USD (khoảng 22,8 nghìn tỷ won), kéo dài đến hết năm 2033. Theo hồ sơ gửi Sở Giao dịch Hàn Quốc, đây là đơn hàng đúc chip lớn nhất mà tập đoàn từng nhận từ một khách hàng đơn lẻ.

Tỷ phú Elon Musk, Giám đốc điều hành Tesla, xác nhận thông tin trên mạng xã hội X. “Nhà máy mới của Samsung tại Texas sẽ sản xuất chip AI6 thế hệ tiếp theo của Tesla. Khó có thể nói quá tầm quan trọng chiến lược của việc này”, ông viết.

Cùng ngày, Samsung công bố kết quả kinh doanh sơ bộ quý III/2026 với lợi nhuận hoạt động ước đạt 4,7 nghìn tỷ won (khoảng 3,4 tỷ USD) và doanh thu khoảng 86 nghìn tỷ won. Kết quả này vượt mức dự báo trung bình 4,2 nghìn tỷ won cho quý III của các nhà phân tích do LSEG tổng hợp.

Theo Yonhap, mảng đúc chip của công ty vẫn lỗ nhưng mức lỗ đã thu hẹp nhờ các khách hàng AI.

Trong khi đó, đối thủ SK hynix, hãng dự kiến công bố kết quả vào cuối tháng, được giới phân tích kỳ vọng sẽ báo lãi hoạt động quý III hơn 11 nghìn tỷ won nhờ chip nhớ băng thông cao (HBM).

© 2026 Tài Chính Số. Đăng ký nhận bản tin để không bỏ lỡ tin tức thị trường mỗi sáng.
""",
    [
        money("16,5 tỷ USD", 0, 16.5 * B, "USD", "exact", "samsung", "order_value",
              "S04 samsung tesla order"),
        money("4,7 nghìn tỷ won", 0, 4.7 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", hedge="estimated", period="2026-Q3"),
        money("16,5 tỷ USD", 1, 16.5 * B, "USD", "exact", "samsung", "order_value",
              "S04 samsung tesla order", attribution="samsung"),
        money("22,8 nghìn tỷ won", 0, 22.8 * T, "KRW", "approx", "samsung", "order_value",
              "S04 samsung tesla order", cluster="S04 samsung tesla order|KRW",
              attribution="samsung"),
        money("4,7 nghìn tỷ won", 1, 4.7 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", attribution="samsung", hedge="estimated",
              period="2026-Q3"),
        money("3,4 tỷ USD", 0, 3.4 * B, "USD", "approx", "samsung", "operating_profit",
              "S04 samsung operating profit q3", cluster="S04 samsung operating profit q3|USD",
              attribution="samsung", hedge="estimated", period="2026-Q3"),
        money("86 nghìn tỷ won", 0, 86 * T, "KRW", "approx", "samsung", "revenue",
              "S04 samsung revenue q3", attribution="samsung", period="2026-Q3"),
        money("4,2 nghìn tỷ won", 0, 4.2 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3 forecast", attribution="lseg",
              hedge="predicted", period="2026-Q3"),
        money("11 nghìn tỷ won", 0, 11 * T, "KRW", "over", "sk-hynix", "operating_profit",
              "S04 sk-hynix operating profit forecast 2026-Q3", hedge="expected",
              period="2026-Q3"),
    ],
    [("Samsung Electronics", "samsung", "org"), ("Samsung", "samsung", "org"),
     ("Tesla", "tesla", "org"), ("Elon Musk", "elon-musk", "person"),
     ("Sở Giao dịch Hàn Quốc", "korea-exchange", "org"), ("LSEG", "lseg", "org"),
     ("Yonhap", "yonhap", "org"), ("SK hynix", "sk-hynix", "org")],
))

# ---------------------------------------------------------------- S05 Anthropic
ARTICLES.append(_article(
    "news-vi-S05", "nhipcaucongnghe.example", "anthropic-goi-von-10-ty-usd-dinh-gia-230-ty-usd",
    "2026-03-04",
    "Anthropic gọi vốn 10 tỷ USD, định giá lên 230 tỷ USD",
    """
Thu Hà | 04/03/2026 08:30

Anthropic, công ty khởi nghiệp trí tuệ nhân tạo (AI) đứng sau mô hình Claude, vừa hoàn tất vòng gọi vốn 10 tỷ USD (khoảng 260.000 tỷ đồng), nâng định giá sau vòng gọi vốn lên 230 tỷ USD, công ty cho biết hôm thứ Ba.

Hai nhà đầu tư lâu năm là Google và Amazon tiếp tục rót thêm tiền trong vòng này. Năm 2025, Anthropic đã huy động 13 tỷ USD trong vòng gọi vốn trước đó.

Theo những người am hiểu vấn đề, doanh thu quy đổi theo năm của Anthropic hiện vào khoảng 7 tỷ USD mỗi năm, chủ yếu đến từ khách hàng doanh nghiệp và công cụ lập trình Claude Code.

“Nhu cầu đối với Claude đang tăng nhanh hơn mọi dự báo của chúng tôi. Khoản vốn mới giúp chúng tôi mở rộng năng lực tính toán và nghiên cứu an toàn”, Giám đốc điều hành Dario Amodei cho biết trong một thông cáo.

Hồi tháng 11/2025, công ty đã cam kết đầu tư 50 tỷ USD xây dựng trung tâm dữ liệu tại Mỹ. Đối thủ trực tiếp OpenAI, theo Bloomberg, được định giá khoảng 500 tỷ USD trong đợt bán cổ phần gần nhất.

© 2026 Nhịp Cầu Công Nghệ. Theo dõi chúng tôi để cập nhật tin tức AI mới nhất.
""",
    [
        money("10 tỷ USD", 0, 10 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding"),
        money("230 tỷ USD", 0, 230 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation"),
        money("10 tỷ USD", 1, 10 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding", attribution="anthropic"),
        money("260.000 tỷ đồng", 0, 260000 * B, "VND", "approx", "anthropic", "funding",
              "S05 anthropic funding", cluster="S05 anthropic funding|VND",
              attribution="anthropic"),
        money("230 tỷ USD", 1, 230 * B, "USD", "exact", "anthropic", "valuation",
              "S05 anthropic valuation", attribution="anthropic"),
        money("13 tỷ USD", 0, 13 * B, "USD", "exact", "anthropic", "funding",
              "S05 anthropic funding 2025", period="2025"),
        money("7 tỷ USD", 0, 7 * B, "USD", "approx", "anthropic", "revenue",
              "S05 anthropic revenue run-rate", hedge="reportedly", per="year"),
        money("50 tỷ USD", 0, 50 * B, "USD", "exact", "anthropic", "investment",
              "S05 anthropic datacenter investment 2025", period="2025"),
        money("500 tỷ USD", 0, 500 * B, "USD", "approx", "openai", "valuation",
              "S05 openai valuation", attribution="bloomberg"),
    ],
    [("Anthropic", "anthropic", "org"), ("Google", "google", "org"), ("Amazon", "amazon", "org"),
     ("Dario Amodei", "dario-amodei", "person"), ("OpenAI", "openai", "org"),
     ("Bloomberg", "bloomberg", "org")],
))

# ---------------------------------------------------------------- S06 Cerebras IPO
ARTICLES.append(_article(
    "news-vi-S06", "taichinhso.example", "cerebras-ipo-nasdaq-huy-dong-1-1-ty-usd", "2026-05-15",
    "Cerebras huy động 1,1 tỷ USD trong đợt IPO trên Nasdaq",
    """
Hoàng Nam | 15/05/2026 06:45 (GMT+7)

Cerebras Systems, nhà thiết kế chip AI có trụ sở tại Sunnyvale (California), đã huy động được 1,1 tỷ USD trong đợt phát hành cổ phiếu lần đầu ra công chúng (IPO) trên sàn Nasdaq, theo thông báo của công ty tối 14/5 (giờ Mỹ).

Công ty chốt giá chào bán ở mức 27 USD/cổ phiếu, tương ứng mức định giá khoảng 8,1 tỷ USD. Trước đó, Cerebras dự kiến bán cổ phiếu với giá từ 24 USD đến 26 USD mỗi cổ phiếu, nhưng đã nâng giá do nhu cầu vượt xa lượng cổ phiếu chào bán, Reuters dẫn nguồn tin am hiểu thương vụ cho hay.

Năm 2025, Cerebras ghi nhận doanh thu 290 triệu USD, phần lớn đến từ G42, tập đoàn công nghệ của Các Tiểu vương quốc Ả Rập Thống nhất (UAE) và là khách hàng lớn nhất của hãng.

“Đây là cột mốc cho thấy thị trường cần một lựa chọn khác ngoài GPU cho trí tuệ nhân tạo”, Giám đốc điều hành Andrew Feldman nói với CNBC.

Đợt IPO của Cerebras là thương vụ lớn nhất của một công ty bán dẫn trên sàn Mỹ kể từ khi Arm huy động 4,87 tỷ USD vào năm 2023.

© 2026 Tài Chính Số. Đăng ký nhận bản tin để không bỏ lỡ tin tức thị trường mỗi sáng.
""",
    [
        money("1,1 tỷ USD", 0, 1.1 * B, "USD", "exact", "cerebras", "funding",
              "S06 cerebras ipo proceeds"),
        money("1,1 tỷ USD", 1, 1.1 * B, "USD", "exact", "cerebras", "funding",
              "S06 cerebras ipo proceeds", attribution="cerebras"),
        money("27 USD", 0, 27, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras share price", cluster="S06 cerebras share price B",
              attribution="cerebras", per="share"),
        money("8,1 tỷ USD", 0, 8.1 * B, "USD", "approx", "cerebras", "valuation",
              "S06 cerebras valuation", attribution="cerebras"),
        money("24 USD", 0, 24, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras price range low", attribution="reuters", hedge="expected",
              per="share"),
        money("26 USD", 0, 26, "USD", "exact", "cerebras", "price_per_unit",
              "S06 cerebras price range high", attribution="reuters", hedge="expected",
              per="share"),
        money("290 triệu USD", 0, 290 * M, "USD", "exact", "cerebras", "revenue",
              "S06 cerebras revenue 2025", period="2025"),
        money("4,87 tỷ USD", 0, 4.87 * B, "USD", "exact", "arm", "funding",
              "S06 arm ipo proceeds 2023", period="2023"),
    ],
    [("Cerebras Systems", "cerebras", "org"), ("Cerebras", "cerebras", "org"),
     ("Nasdaq", "nasdaq", "org"), ("Reuters", "reuters", "org"), ("G42", "g42", "org"),
     ("Andrew Feldman", "andrew-feldman", "person"), ("CNBC", "cnbc", "org"),
     ("Arm", "arm", "org")],
))

# ---------------------------------------------------------------- S07 Moonshot Kimi K3
ARTICLES.append(_article(
    "news-vi-S07", "nhipcaucongnghe.example", "moonshot-ai-huan-luyen-kimi-k3-4-6-trieu-usd",
    "2026-02-20",
    "Moonshot AI: huấn luyện Kimi K3 chỉ tốn 4,6 triệu USD",
    """
Bắc Kinh – Lan Phương | 20/02/2026 14:20

Moonshot AI, startup trí tuệ nhân tạo tại Bắc Kinh được Alibaba hậu thuẫn, cho biết lần huấn luyện cuối cùng của mô hình Kimi K3 tiêu tốn 4,6 triệu USD, một con số thấp bất ngờ so với các đối thủ Mỹ.

Theo báo cáo kỹ thuật công bố hôm thứ Sáu, công ty đã dùng 3.072 GPU H800 của Nvidia cho lần huấn luyện này, kéo dài khoảng hai tháng. H800 là phiên bản bị cắt giảm băng thông mà Nvidia từng được phép bán sang Trung Quốc trước khi Washington siết quy định xuất khẩu.

Tính cả các cụm máy dùng cho suy luận và nghiên cứu, công ty hiện vận hành tổng cộng khoảng 20.000 GPU, một người am hiểu vấn đề cho biết.

“Chúng tôi không có nhiều chip như các phòng thí nghiệm ở Thung lũng Silicon, nên buộc phải tối ưu từng bước”, nhà sáng lập Dương Thực Lâm (Yang Zhilin) nói.

Con số của Moonshot gần với mức 5,6 triệu USD mà DeepSeek công bố cho mô hình V3 vào năm 2024, nhưng nhỏ hơn rất nhiều so với hơn 100 triệu USD mà OpenAI được cho là đã chi để huấn luyện GPT-4.

© 2026 Nhịp Cầu Công Nghệ. Theo dõi chúng tôi để cập nhật tin tức AI mới nhất.
""",
    [
        money("4,6 triệu USD", 0, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        money("4,6 triệu USD", 1, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        gpus("3.072 GPU H800", 0, 3072, "H800", "exact", "moonshot", "S07 moonshot training gpus",
             attribution="moonshot", scope="run"),
        gpus("20.000 GPU", 0, 20000, None, "approx", "moonshot", "S07 moonshot fleet",
             hedge="reportedly", scope="total"),
        money("5,6 triệu USD", 0, 5.6 * M, "USD", "exact", "deepseek", "training_cost",
              "S07 deepseek training cost 2024", attribution="deepseek", period="2024"),
        money("100 triệu USD", 0, 100 * M, "USD", "over", "openai", "training_cost",
              "S07 openai gpt-4 training cost", hedge="said_to"),
    ],
    [("Moonshot AI", "moonshot", "org"), ("Moonshot", "moonshot", "org"),
     ("Alibaba", "alibaba", "org"), ("Nvidia", "nvidia", "org"), ("H800", "H800", "accelerator"),
     ("Dương Thực Lâm", "yang-zhilin", "person"), ("Yang Zhilin", "yang-zhilin", "person"),
     ("DeepSeek", "deepseek", "org"), ("OpenAI", "openai", "org")],
))

# ---------------------------------------------------------------- S08 ESMC state aid
ARTICLES.append(_article(
    "news-vi-S08", "kinhtesohangngay.example", "eu-phe-duyet-vien-tro-5-ty-euro-esmc-dresden",
    "2026-04-29",
    "EU phê duyệt 5 tỷ euro viện trợ của Đức cho nhà máy chip ESMC tại Dresden",
    """
Brussels – Quốc Việt | 29/04/2026 19:40

Ủy ban châu Âu (EC) hôm thứ Tư đã phê duyệt khoản hỗ trợ nhà nước trị giá 5 tỷ euro (khoảng 5,7 tỷ USD) mà Đức dành cho Công ty Sản xuất Bán dẫn châu Âu (ESMC), liên doanh do TSMC dẫn dắt tại thành phố Dresden.

Theo EC, tổng vốn đầu tư cho nhà máy dự kiến hơn 10 tỷ euro. TSMC nắm 70% cổ phần, ba đối tác còn lại là Bosch, Infineon và NXP, mỗi bên sở hữu 10%.

“Khoản hỗ trợ này củng cố chuỗi cung ứng chip của châu Âu mà không làm méo mó cạnh tranh quá mức”, Phó Chủ tịch điều hành EC Teresa Ribera cho biết.

Nhà máy dự kiến tạo ra khoảng 2.000 việc làm trực tiếp và bắt đầu sản xuất vào năm 2027, chủ yếu cung cấp chip cho ngành ô tô và công nghiệp.

Khoản viện trợ cho ESMC thấp hơn nhiều so với 9,9 tỷ euro mà Berlin từng hứa với Intel cho dự án Magdeburg, dự án mà tập đoàn Mỹ đã hủy bỏ vào năm 2025.

© 2026 Kinh Tế Số Hằng Ngày. Mọi hình thức sao chép cần ghi rõ nguồn.
""",
    [
        money("5 tỷ euro", 0, 5 * B, "EUR", "exact", "esmc", "subsidy", "S08 esmc subsidy"),
        money("5 tỷ euro", 1, 5 * B, "EUR", "exact", "esmc", "subsidy", "S08 esmc subsidy",
              attribution="european-commission"),
        money("5,7 tỷ USD", 0, 5.7 * B, "USD", "approx", "esmc", "subsidy", "S08 esmc subsidy",
              cluster="S08 esmc subsidy|USD", attribution="european-commission"),
        money("10 tỷ euro", 0, 10 * B, "EUR", "over", "esmc", "investment", "S08 esmc investment",
              attribution="european-commission", hedge="expected"),
        money("9,9 tỷ euro", 0, 9.9 * B, "EUR", "exact", "intel", "subsidy",
              "S08 intel magdeburg subsidy"),
    ],
    [("Ủy ban châu Âu", "european-commission", "org"), ("EC", "european-commission", "org"),
     ("Công ty Sản xuất Bán dẫn châu Âu", "esmc", "org"), ("ESMC", "esmc", "org"),
     ("TSMC", "tsmc", "org"), ("Bosch", "bosch", "org"), ("Infineon", "infineon", "org"),
     ("NXP", "nxp", "org"), ("Teresa Ribera", "teresa-ribera", "person"),
     ("Intel", "intel", "org")],
))

# ---------------------------------------------------------------- S09 SK hynix Q3
ARTICLES.append(_article(
    "news-vi-S09", "kinhtesohangngay.example", "sk-hynix-lai-hoat-dong-quy-iii-11-4-nghin-ty-won",
    "2026-10-23",
    "SK hynix lãi hoạt động kỷ lục 11,4 nghìn tỷ won trong quý III nhờ chip HBM",
    """
Seoul – Đức Anh | 23/10/2026 07:10

SK hynix, nhà sản xuất chip nhớ lớn thứ hai thế giới, hôm thứ Năm công bố lợi nhuận hoạt động quý III/2026 đạt 11,4 nghìn tỷ won (khoảng 8 tỷ USD), mức cao nhất từ trước đến nay, nhờ nhu cầu bộ nhớ băng thông cao (HBM) cho máy chủ AI tiếp tục bùng nổ.

Doanh thu trong quý của hãng đạt 24,4 nghìn tỷ won, tăng 39% so với mức 17,6 nghìn tỷ won của quý III/2025. Nvidia, khách hàng HBM lớn nhất của SK hynix, hiện chiếm hơn một nửa doanh số dòng chip này, theo ước tính của các nhà phân tích.

Kết quả của SK hynix bỏ xa đối thủ Samsung Electronics, doanh nghiệp hồi đầu tháng báo lãi hoạt động sơ bộ 4,7 nghìn tỷ won cho quý III.

“Chúng tôi đã bán hết công suất HBM cho năm 2027”, Tổng giám đốc Kwak Noh-jung cho biết trong cuộc họp với nhà đầu tư.

Theo hãng thông tấn Yonhap, công ty được cho là sẽ nâng chi tiêu vốn (capex) năm 2027 lên hơn 30 nghìn tỷ won để mở rộng nhà máy tại Cheongju và Yongin.

© 2026 Kinh Tế Số Hằng Ngày. Mọi hình thức sao chép cần ghi rõ nguồn.
""",
    [
        money("11,4 nghìn tỷ won", 0, 11.4 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", period="2026-Q3"),
        money("11,4 nghìn tỷ won", 1, 11.4 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", attribution="sk-hynix", period="2026-Q3"),
        money("8 tỷ USD", 0, 8 * B, "USD", "approx", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", cluster="S09 skhynix operating profit q3|USD",
              attribution="sk-hynix", period="2026-Q3"),
        money("24,4 nghìn tỷ won", 0, 24.4 * T, "KRW", "exact", "sk-hynix", "revenue",
              "S09 skhynix revenue q3", period="2026-Q3"),
        money("17,6 nghìn tỷ won", 0, 17.6 * T, "KRW", "exact", "sk-hynix", "revenue",
              "S09 skhynix revenue 2025-Q3", period="2025-Q3"),
        money("4,7 nghìn tỷ won", 0, 4.7 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", attribution="samsung", period="2026-Q3"),
        money("30 nghìn tỷ won", 0, 30 * T, "KRW", "over", "sk-hynix", "capex",
              "S09 skhynix capex 2027", attribution="yonhap", hedge="said_to", period="2027"),
    ],
    [("SK hynix", "sk-hynix", "org"), ("Nvidia", "nvidia", "org"),
     ("Samsung Electronics", "samsung", "org"), ("Kwak Noh-jung", "kwak-noh-jung", "person"),
     ("Yonhap", "yonhap", "org")],
))
