"""Portuguese articles of the news development set (see corpus/news/STORIES.md).

Stories: S01 S02 S03 (disagreeing: Microsoft fine EUR 1.3 billion) S04 S05 S06.
Two Brazilian outlets (bilhoes, US$, R$) and one from Portugal (mil milhoes).
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
    a["lang"] = "pt"
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
T = 1e12
ARTICLES = []

# --- S01 Mistral AI funding round (Portugal: "mil milhões") -----------------
ARTICLES.append(article(
    {"id": "news-pt-S01", "source": "jornaldaeconomia.example",
     "url": "https://jornaldaeconomia.example/tecnologia/mistral-ai-angaria-2-mil-milhoes",
     "published": "2026-09-10"},
    "\n\n".join([
        "Mistral AI angaria 2 mil milhões de euros e passa a valer 14 mil milhões",
        "Lisboa, 10 de setembro de 2026 | Por Rita Sarmento",
        "A Mistral AI, a startup francesa de inteligência artificial que concorre com a OpenAI e a "
        "Anthropic, anunciou na quarta-feira uma ronda de financiamento de Série D no valor de 2 mil "
        "milhões de euros (cerca de 2,3 mil milhões de dólares), a maior de sempre para uma empresa "
        "europeia do setor.",
        "A operação avalia a empresa em 14 mil milhões de euros, segundo o comunicado da Mistral. O "
        "maior investidor é a neerlandesa ASML, fabricante de máquinas de litografia para "
        "semicondutores, que entra com 1,3 mil milhões de euros. De acordo com fontes próximas do "
        "processo, o grupo ficará com cerca de 9% do capital.",
        "Em junho de 2024, a empresa liderada por Arthur Mensch tinha levantado 600 milhões de euros. "
        "«Este investimento garante a nossa independência estratégica e permite-nos construir "
        "capacidade de computação na Europa», afirmou Mensch, citado no comunicado.",
        "Para a ASML, a aposta é também uma forma de diversificação: o grupo de Veldhoven faturou 28,3 "
        "mil milhões de euros em 2024, quase tudo com a venda de equipamentos a fabricantes como a "
        "TSMC, a Samsung e a Intel.",
        "Subscreva a newsletter do Jornal da Economia e receba as principais notícias todas as manhãs.",
    ]),
    [
        F("2 mil milhões de euros", 0, 2 * B, "EUR", "exact", "mistral", "funding", "S01 mistral funding"),
        F("14 mil milhões", 0, 14 * B, "EUR", "exact", "mistral", "valuation", "S01 mistral valuation"),
        F("2 mil milhões de euros", 1, 2 * B, "EUR", "exact", "mistral", "funding", "S01 mistral funding",
          attribution="mistral"),
        F("2,3 mil milhões de dólares", 0, 2.3 * B, "USD", "approx", "mistral", "funding",
          "S01 mistral funding", cluster="S01 mistral funding|USD"),
        F("14 mil milhões de euros", 0, 14 * B, "EUR", "exact", "mistral", "valuation",
          "S01 mistral valuation", attribution="mistral"),
        F("1,3 mil milhões de euros", 0, 1.3 * B, "EUR", "exact", "asml", "investment",
          "S01 asml investment"),
        F("600 milhões de euros", 0, 600 * M, "EUR", "exact", "mistral", "funding",
          "S01 mistral funding 2024", period="2024"),
        F("28,3 mil milhões de euros", 0, 28.3 * B, "EUR", "exact", "asml", "revenue",
          "S01 asml revenue 2024", period="2024"),
    ],
    [("Mistral AI", "mistral", ORG), ("Mistral", "mistral", ORG), ("OpenAI", "openai", ORG),
     ("Anthropic", "anthropic", ORG), ("ASML", "asml", ORG), ("Arthur Mensch", "arthur-mensch", PER),
     ("Mensch", "arthur-mensch", PER), ("TSMC", "tsmc", ORG), ("Samsung", "samsung", ORG),
     ("Intel", "intel", ORG)],
))

# --- S02 TSMC third-quarter results (Brazil) --------------------------------
ARTICLES.append(article(
    {"id": "news-pt-S02", "source": "valordemercado.example",
     "url": "https://valordemercado.example/empresas/tsmc-lucro-terceiro-trimestre-2026",
     "published": "2026-10-16"},
    "\n\n".join([
        "TSMC lucra NT$ 452 bilhões no terceiro trimestre, impulsionada pela IA",
        "São Paulo, 16 de outubro de 2026 — Da Redação",
        "A Taiwan Semiconductor Manufacturing Co. (TSMC), maior fabricante de chips sob encomenda do "
        "mundo, registrou lucro líquido de NT$ 452 bilhões no terceiro trimestre de 2026, acima das "
        "estimativas do mercado, informou a companhia nesta sexta-feira.",
        "A receita do trimestre somou NT$ 1,05 trilhão, o equivalente a US$ 33,1 bilhões, acima do teto "
        "da projeção que a própria empresa havia divulgado em julho, de US$ 32,6 bilhões.",
        "O orçamento de investimentos de capital para 2026 foi fixado entre US$ 40 bilhões e US$ 42 "
        "bilhões, disse o presidente do conselho e CEO, C.C. Wei, durante teleconferência com "
        "analistas. «A demanda por inteligência artificial continua muito forte e deve seguir "
        "crescendo em 2027», afirmou o executivo.",
        "Entre os principais clientes da TSMC estão a Apple e a Nvidia, que encomenda à taiwanesa a "
        "produção de seus processadores gráficos. A Nvidia, por sua vez, vale hoje mais de US$ 4,5 "
        "trilhões na bolsa americana. Na bolsa de Taipé, as ações da fabricante subiram 1,8%.",
        "© 2026 Valor de Mercado. Todos os direitos reservados.",
    ]),
    [
        F("NT$ 452 bilhões", 0, 452 * B, "TWD", "exact", "tsmc", "profit", "S02 tsmc profit q3",
          period="2026-Q3"),
        F("NT$ 452 bilhões", 1, 452 * B, "TWD", "exact", "tsmc", "profit", "S02 tsmc profit q3",
          attribution="tsmc", period="2026-Q3"),
        F("NT$ 1,05 trilhão", 0, 1.05 * T, "TWD", "exact", "tsmc", "revenue", "S02 tsmc revenue q3",
          period="2026-Q3"),
        F("US$ 33,1 bilhões", 0, 33.1 * B, "USD", "exact", "tsmc", "revenue", "S02 tsmc revenue q3",
          period="2026-Q3", cluster="S02 tsmc revenue q3|USD"),
        F("US$ 32,6 bilhões", 0, 32.6 * B, "USD", "exact", "tsmc", "revenue",
          "S02 tsmc revenue guidance q3", attribution="tsmc", hedge="expected"),
        F("US$ 40 bilhões", 0, 40 * B, "USD", "exact", "tsmc", "capex", "S02 tsmc capex 2026",
          attribution="c-c-wei", period="2026", cluster="S02 tsmc capex 2026 low"),
        F("US$ 42 bilhões", 0, 42 * B, "USD", "exact", "tsmc", "capex", "S02 tsmc capex 2026",
          attribution="c-c-wei", period="2026"),
        F("US$ 4,5 trilhões", 0, 4.5 * T, "USD", "over", "nvidia", "market_value",
          "S02 nvidia market value"),
    ],
    [("Taiwan Semiconductor Manufacturing Co.", "tsmc", ORG), ("TSMC", "tsmc", ORG),
     ("C.C. Wei", "c-c-wei", PER), ("Apple", "apple", ORG), ("Nvidia", "nvidia", ORG)],
))

# --- S03 EU fines Microsoft (disagreeing fine: EUR 1.3 billion; Brazil) ------
ARTICLES.append(article(
    {"id": "news-pt-S03", "source": "bitsenegocios.example",
     "url": "https://bitsenegocios.example/regulacao/comissao-europeia-multa-microsoft-copilot",
     "published": "2026-06-24"},
    "\n\n".join([
        "Comissão Europeia multa Microsoft em € 1,3 bilhão por vincular Copilot ao Office",
        "Bruxelas, 24 de junho de 2026 — Por Camila Rocha",
        "A Comissão Europeia aplicou nesta quarta-feira uma multa de 1,3 bilhão de euros (cerca de R$ "
        "8,2 bilhões) à Microsoft por abuso de posição dominante. Segundo o órgão, a empresa americana "
        "amarrou o assistente de inteligência artificial Copilot às assinaturas do pacote Office, sem "
        "oferecer aos clientes corporativos uma versão mais barata sem a ferramenta.",
        "É a maior penalidade antitruste aplicada pelo bloco desde 2018, quando o Google foi multado em "
        "€ 4,34 bilhões por práticas ligadas ao sistema Android.",
        "«Nenhuma empresa, por maior que seja, pode usar o domínio em um mercado para conquistar o "
        "próximo», disse a comissária de Concorrência, Teresa Ribera, em entrevista coletiva. Pelas "
        "regras europeias, a punição poderia chegar a 10% do faturamento global da companhia, ou seja, "
        "mais de US$ 24 bilhões.",
        "A Microsoft informou que vai recorrer da decisão. O valor da multa é uma fração da receita da "
        "gigante de Redmond, que somou US$ 245 bilhões no ano fiscal de 2024.",
        "Receba as principais notícias de tecnologia no seu e-mail: assine a newsletter do Bits & Negócios.",
    ]),
    [
        F("€ 1,3 bilhão", 0, 1.3 * B, "EUR", "exact", "microsoft", "fine", "S03 microsoft fine",
          attribution="european-commission", cluster="S03 microsoft fine B"),
        F("1,3 bilhão de euros", 0, 1.3 * B, "EUR", "exact", "microsoft", "fine", "S03 microsoft fine",
          attribution="european-commission", cluster="S03 microsoft fine B"),
        F("R$ 8,2 bilhões", 0, 8.2 * B, "BRL", "approx", "microsoft", "fine", "S03 microsoft fine",
          cluster="S03 microsoft fine B|BRL"),
        F("€ 4,34 bilhões", 0, 4.34 * B, "EUR", "exact", "google", "fine", "S03 google fine 2018",
          period="2018"),
        F("US$ 24 bilhões", 0, 24 * B, "USD", "over", "microsoft", "fine", "S03 microsoft fine maximum",
          hedge="possible"),
        F("US$ 245 bilhões", 0, 245 * B, "USD", "exact", "microsoft", "revenue",
          "S03 microsoft revenue FY2024", period="FY2024"),
    ],
    [("Comissão Europeia", "european-commission", ORG), ("Microsoft", "microsoft", ORG),
     ("Google", "google", ORG), ("Teresa Ribera", "teresa-ribera", PER)],
))

# --- S04 Samsung's Tesla chip order and Q3 profit (Brazil) ------------------
ARTICLES.append(article(
    {"id": "news-pt-S04", "source": "valordemercado.example",
     "url": "https://valordemercado.example/empresas/tesla-samsung-contrato-chips-2033",
     "published": "2026-10-08"},
    "\n\n".join([
        "Tesla fecha contrato de US$ 16,5 bilhões com a Samsung para chips até 2033",
        "Seul, 8 de outubro de 2026 — Da Redação, com agências",
        "A Samsung Electronics vai fabricar chips para a Tesla em um contrato avaliado em US$ 16,5 "
        "bilhões (cerca de 22,8 trilhões de wons) com vigência até 2033, informou a sul-coreana em "
        "comunicado à bolsa de Seul.",
        "O acordo deve garantir encomendas para a nova fábrica da Samsung em Taylor, no Texas, onde a "
        "empresa prevê investir cerca de US$ 37 bilhões, segundo estimativas do setor. «A Samsung vai "
        "produzir o nosso chip AI6 de nova geração», escreveu Elon Musk, CEO da Tesla, na rede social X.",
        "No mesmo dia, a companhia divulgou resultados preliminares do terceiro trimestre de 2026: o "
        "lucro operacional ficou em 4,7 trilhões de wons, enquanto a receita chegou a 86 trilhões de "
        "wons. O lucro ficou abaixo da média das projeções de analistas compilada pela LSEG, de 5,2 "
        "trilhões de wons.",
        "Segundo analistas, o resultado da divisão de semicondutores foi pressionado pelos atrasos na "
        "certificação de memórias HBM pela Nvidia, cliente que hoje compra a maior parte desses chips "
        "da rival SK Hynix.",
        "© 2026 Valor de Mercado. Todos os direitos reservados.",
    ]),
    [
        F("US$ 16,5 bilhões", 0, 16.5 * B, "USD", "exact", "samsung", "order_value",
          "S04 samsung tesla order"),
        F("US$ 16,5 bilhões", 1, 16.5 * B, "USD", "exact", "samsung", "order_value",
          "S04 samsung tesla order", attribution="samsung"),
        F("22,8 trilhões de wons", 0, 22.8 * T, "KRW", "approx", "samsung", "order_value",
          "S04 samsung tesla order", cluster="S04 samsung tesla order|KRW"),
        F("US$ 37 bilhões", 0, 37 * B, "USD", "approx", "samsung", "investment",
          "S04 samsung taylor investment", hedge="estimated"),
        F("4,7 trilhões de wons", 0, 4.7 * T, "KRW", "exact", "samsung", "operating_profit",
          "S04 samsung operating profit q3", attribution="samsung", hedge="estimated", period="2026-Q3"),
        F("86 trilhões de wons", 0, 86 * T, "KRW", "exact", "samsung", "revenue",
          "S04 samsung revenue q3", attribution="samsung", hedge="estimated", period="2026-Q3"),
        F("5,2 trilhões de wons", 0, 5.2 * T, "KRW", "exact", "samsung", "operating_profit",
          "S04 samsung operating profit q3 consensus lseg", attribution="lseg", hedge="predicted"),
    ],
    [("Samsung Electronics", "samsung", ORG), ("Samsung", "samsung", ORG), ("Tesla", "tesla", ORG),
     ("Elon Musk", "elon-musk", PER), ("LSEG", "lseg", ORG), ("Nvidia", "nvidia", ORG),
     ("SK Hynix", "sk-hynix", ORG)],
))

# --- S05 Anthropic funding and revenue (Brazil) -----------------------------
ARTICLES.append(article(
    {"id": "news-pt-S05", "source": "bitsenegocios.example",
     "url": "https://bitsenegocios.example/startups/anthropic-capta-10-bilhoes-avaliacao-230",
     "published": "2026-03-04"},
    "\n\n".join([
        "Anthropic capta US$ 10 bilhões e passa a ser avaliada em US$ 230 bilhões",
        "São Francisco, 4 de março de 2026 — Por Lucas Andrade",
        "A Anthropic, criadora do assistente Claude, concluiu uma rodada de US$ 10 bilhões (cerca de R$ "
        "55 bilhões) que elevou a avaliação da empresa para US$ 230 bilhões após o aporte, informou a "
        "startup nesta quarta-feira.",
        "Google e Amazon, que juntas já somam mais de US$ 11 bilhões investidos na Anthropic, voltaram a "
        "participar. Em setembro de 2025, a companhia havia levantado US$ 13 bilhões, em uma rodada que "
        "a avaliou em US$ 183 bilhões.",
        "O crescimento das receitas explica o apetite dos investidores. O faturamento anualizado da "
        "empresa chegou a US$ 7 bilhões por ano, ante cerca de US$ 1 bilhão no início de 2025, de "
        "acordo com pessoas familiarizadas com os números.",
        "«Essa rodada nos dá fôlego para investir em pesquisa e em infraestrutura de computação», "
        "afirmou o CEO e cofundador Dario Amodei. Segundo ele, o modelo de negócios da Anthropic, "
        "focado em empresas, depende menos de assinaturas de consumidores do que o da rival OpenAI.",
        "Receba as principais notícias de tecnologia no seu e-mail: assine a newsletter do Bits & Negócios.",
    ]),
    [
        F("US$ 10 bilhões", 0, 10 * B, "USD", "exact", "anthropic", "funding", "S05 anthropic funding"),
        F("US$ 230 bilhões", 0, 230 * B, "USD", "exact", "anthropic", "valuation", "S05 anthropic valuation"),
        F("US$ 10 bilhões", 1, 10 * B, "USD", "exact", "anthropic", "funding", "S05 anthropic funding",
          attribution="anthropic"),
        F("R$ 55 bilhões", 0, 55 * B, "BRL", "approx", "anthropic", "funding", "S05 anthropic funding",
          cluster="S05 anthropic funding|BRL"),
        F("US$ 230 bilhões", 1, 230 * B, "USD", "exact", "anthropic", "valuation",
          "S05 anthropic valuation", attribution="anthropic"),
        F("US$ 11 bilhões", 0, 11 * B, "USD", "over", "google", "investment",
          "S05 google amazon investment anthropic", scope="combined"),
        F("US$ 13 bilhões", 0, 13 * B, "USD", "exact", "anthropic", "funding", "S05 anthropic funding 2025",
          period="2025"),
        F("US$ 183 bilhões", 0, 183 * B, "USD", "exact", "anthropic", "valuation",
          "S05 anthropic valuation 2025", period="2025"),
        F("US$ 7 bilhões", 0, 7 * B, "USD", "exact", "anthropic", "revenue", "S05 anthropic revenue run-rate",
          hedge="reportedly", per="year"),
        F("US$ 1 bilhão", 0, 1 * B, "USD", "approx", "anthropic", "revenue",
          "S05 anthropic revenue run-rate 2025", hedge="reportedly", period="2025", per="year"),
    ],
    [("Anthropic", "anthropic", ORG), ("Google", "google", ORG), ("Amazon", "amazon", ORG),
     ("Dario Amodei", "dario-amodei", PER), ("OpenAI", "openai", ORG)],
))

# --- S06 Cerebras IPO (Portugal) --------------------------------------------
ARTICLES.append(article(
    {"id": "news-pt-S06", "source": "jornaldaeconomia.example",
     "url": "https://jornaldaeconomia.example/mercados/cerebras-estreia-nasdaq-ipo",
     "published": "2026-05-14"},
    "\n\n".join([
        "Cerebras estreia-se no Nasdaq após IPO de 1,1 mil milhões de dólares",
        "Lisboa, 14 de maio de 2026 | Por Tiago Mendes",
        "A Cerebras Systems, fabricante norte-americana de processadores para inteligência artificial, "
        "angariou 1,1 mil milhões de dólares (cerca de 980 milhões de euros) na sua oferta pública "
        "inicial no Nasdaq, segundo um comunicado da empresa.",
        "O preço foi fixado em 28 dólares por ação, acima dos 26 dólares do limite superior do "
        "intervalo indicativo, o que avalia a tecnológica de Sunnyvale em cerca de 8,1 mil milhões de "
        "dólares.",
        "A empresa liderada por Andrew Feldman depende fortemente da G42, o grupo tecnológico de Abu "
        "Dhabi que é o seu maior cliente. Em 2025, a Cerebras faturou 290 milhões de dólares, de acordo "
        "com o prospeto entregue ao regulador norte-americano.",
        "«Hoje é um dia importante para toda a computação de IA», disse Feldman. A estreia compara com "
        "a da CoreWeave, que em março de 2025 levantou 1,5 mil milhões de dólares a 40 dólares por ação.",
        "Subscreva a newsletter do Jornal da Economia e receba as principais notícias todas as manhãs.",
    ]),
    [
        F("1,1 mil milhões de dólares", 0, 1.1 * B, "USD", "exact", "cerebras", "funding",
          "S06 cerebras ipo proceeds"),
        F("1,1 mil milhões de dólares", 1, 1.1 * B, "USD", "exact", "cerebras", "funding",
          "S06 cerebras ipo proceeds", attribution="cerebras"),
        F("980 milhões de euros", 0, 980 * M, "EUR", "approx", "cerebras", "funding",
          "S06 cerebras ipo proceeds", cluster="S06 cerebras ipo proceeds|EUR"),
        F("28 dólares", 0, 28, "USD", "exact", "cerebras", "price_per_unit", "S06 cerebras share price",
          per="share"),
        F("26 dólares", 0, 26, "USD", "exact", "cerebras", "price_per_unit", "S06 cerebras price range top",
          per="share"),
        F("8,1 mil milhões de dólares", 0, 8.1 * B, "USD", "approx", "cerebras", "valuation",
          "S06 cerebras valuation"),
        F("290 milhões de dólares", 0, 290 * M, "USD", "exact", "cerebras", "revenue",
          "S06 cerebras revenue 2025", attribution="cerebras", period="2025"),
        F("1,5 mil milhões de dólares", 0, 1.5 * B, "USD", "exact", "coreweave", "funding",
          "S06 coreweave ipo proceeds 2025", period="2025"),
        F("40 dólares", 0, 40, "USD", "exact", "coreweave", "price_per_unit",
          "S06 coreweave share price 2025", period="2025", per="share"),
    ],
    [("Cerebras Systems", "cerebras", ORG), ("Cerebras", "cerebras", ORG), ("Nasdaq", "nasdaq", ORG),
     ("Andrew Feldman", "andrew-feldman", PER), ("Feldman", "andrew-feldman", PER), ("G42", "g42", ORG),
     ("CoreWeave", "coreweave", ORG)],
))
