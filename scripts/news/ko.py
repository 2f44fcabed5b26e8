"""Korean (ko) news articles with their gold (row helpers: rows_ko_tr_ar_hu.py)."""

from rows_ko_tr_ar_hu import B, M, T, article, gpus, money  # noqa: F401

LANG = "ko"
ARTICLES = []

# ---------------------------------------------------------------- S09 SK hynix Q3
ARTICLES.append(article(
    LANG, "news-ko-S09", "hanbit-ilbo.example", "skhynix-q3-2026-results", "2026-10-23",
    "SK하이닉스, 2026년 3분기 영업이익 11조4000억원…HBM 효과로 사상 최대",
    """
한빛일보 | 이서연 기자 | 2026.10.23 09:12

SK하이닉스가 인공지능(AI) 서버용 고대역폭메모리(HBM) 판매 호조에 힘입어 분기 기준 사상 최대 실적을 냈다.

SK하이닉스는 2026년 3분기 연결 기준 매출 24조4000억원, 영업이익 11조4000억원(약 80억 달러)을 기록했다고 23일 공시했다. 영업이익률은 47%에 이른다.

엔비디아에 HBM을 공급하는 SK하이닉스는 차세대 제품인 HBM4의 양산도 예정대로 진행하고 있다고 밝혔다. 곽노정 사장은 실적 발표 후 콘퍼런스콜에서 "AI 메모리 수요가 공급을 계속 웃돌고 있다"며 "내년 물량도 대부분 고객과 협의를 마쳤다"고 말했다.

증권가에서는 4분기에도 호실적이 이어질 것으로 내다봤다.

ⓒ 한빛일보, 무단 전재 및 재배포 금지
""",
    [
        money("11조4000억원", 0, 11.4 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", period="2026-Q3"),
        money("24조4000억원", 0, 24.4 * T, "KRW", "exact", "sk-hynix", "revenue",
              "S09 skhynix revenue q3", period="2026-Q3"),
        money("11조4000억원", 1, 11.4 * T, "KRW", "exact", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", period="2026-Q3"),
        money("80억 달러", 0, 8 * B, "USD", "approx", "sk-hynix", "operating_profit",
              "S09 skhynix operating profit q3", cluster="S09 skhynix operating profit q3|USD",
              period="2026-Q3"),
    ],
    [("SK하이닉스", "sk-hynix", "org"), ("엔비디아", "nvidia", "org"), ("곽노정", "kwak-noh-jung", "person")],
))

# ---------------------------------------------------------------- S04 Samsung's Tesla order, Q3
ARTICLES.append(article(
    LANG, "news-ko-S04", "sejong-business.example", "samsung-tesla-foundry-q3", "2026-10-08",
    "삼성전자, 테슬라와 22조8000억원 규모 반도체 위탁생산 계약",
    """
세종비즈 | 김민준 기자 | 입력 2026.10.08 16:05

삼성전자는 테슬라와 향후 7년간 22조8000억원(165억 달러) 규모의 반도체 위탁생산 계약을 맺었다고 8일 공시했다. 삼성전자 파운드리 사업부가 수주한 단일 계약으로는 역대 최대다.

일론 머스크 테슬라 최고경영자(CEO)는 소셜미디어에 "삼성의 텍사스 공장이 차세대 AI6 칩을 생산하게 된다"고 밝혔다.

같은 날 삼성전자는 2026년 3분기 연결 기준 매출 86조원, 영업이익 4조7000억원을 기록한 것으로 잠정 집계됐다고 발표했다. 메모리 가격 반등이 실적 개선을 이끌었다는 분석이 나온다.

<저작권자 © 세종비즈 무단전재 및 재배포금지>
""",
    [
        money("22조8000억원", 0, 22.8 * T, "KRW", "exact", "samsung", "order_value", "S04 samsung tesla order",
              cluster="S04 samsung tesla order|KRW"),
        money("22조8000억원", 1, 22.8 * T, "KRW", "exact", "samsung", "order_value", "S04 samsung tesla order",
              cluster="S04 samsung tesla order|KRW"),
        money("165억 달러", 0, 16.5 * B, "USD", "exact", "samsung", "order_value", "S04 samsung tesla order"),
        money("86조원", 0, 86 * T, "KRW", "exact", "samsung", "revenue", "S04 samsung revenue q3",
              period="2026-Q3"),
        money("4조7000억원", 0, 4.7 * T, "KRW", "exact", "samsung", "operating_profit",
              "S04 samsung operating profit q3", period="2026-Q3"),
    ],
    [("삼성전자", "samsung", "org"), ("테슬라", "tesla", "org"), ("일론 머스크", "elon-musk", "person")],
))

# ---------------------------------------------------------------- S07 Moonshot Kimi K3
ARTICLES.append(article(
    LANG, "news-ko-S07", "ai-times-kr.example", "moonshot-kimi-k3-training", "2026-02-20",
    "中 문샷AI \"키미 K3 최종 학습비 460만 달러\"",
    """
AI타임즈코리아 | 베이징=박지훈 특파원 | 2026.02.20 19:20

중국 AI 스타트업 문샷AI는 20일 공개한 기술 보고서에서 새 언어모델 키미 K3의 최종 학습에 약 460만 달러(약 66억원)가 들었다고 밝혔다. 학습에는 H800 GPU 3072개가 쓰였다.

이 회사는 추론용을 포함해 모두 합쳐 약 2만 개의 GPU를 운영하고 있다. 창업자 양즈린은 "연산 자원의 양만으로 승부가 나지 않는다"고 말했다.

업계에서는 연구개발비와 인건비를 더하면 실제 비용은 훨씬 클 것이라는 분석이 나온다.
""",
    [
        money("460만 달러", 0, 4.6 * M, "USD", "exact", "moonshot", "training_cost",
              "S07 moonshot training cost", scope="run"),
        money("460만 달러", 1, 4.6 * M, "USD", "approx", "moonshot", "training_cost",
              "S07 moonshot training cost", attribution="moonshot", scope="run"),
        money("66억원", 0, 6.6 * B, "KRW", "approx", "moonshot", "training_cost", "S07 moonshot training cost",
              cluster="S07 moonshot training cost|KRW", attribution="moonshot", scope="run"),
        gpus("H800 GPU 3072개", 0, 3072, "H800", "exact", "moonshot", "S07 moonshot training gpus",
             scope="run"),
        gpus("2만 개의 GPU", 0, 20000, None, "approx", "moonshot", "S07 moonshot fleet", scope="total"),
    ],
    [("문샷AI", "moonshot", "org"), ("H800", "H800", "accelerator")],
))
