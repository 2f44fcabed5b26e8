#!/usr/bin/env python3
"""Writes a deterministic, news-like JSONL corpus of a given size.

    python3 bench/gen_corpus.py --mb 100 --out bench/out/corpus.jsonl [--seed 1]

Articles are assembled from many sentence templates, entity names, amounts
in several numeral conventions (1,600.5 / 1.600,5 / 1 600,5 / 1'600.5),
currencies, GPU models, hedges and attributions, in English, German, French,
Spanish and Vietnamese, between sentences without figures composed from
parts, so that throughput is measured on text that looks like what claimex
reads, not one article repeated. About one sentence in four has a figure,
which matches the numerals and claims per KB of the seed articles. The same seed and size always give the same bytes.
"""
import argparse
import json
import os
import random

COMPANIES = ["DeepSeek", "Nvidia", "OpenAI", "Anthropic", "Moonshot", "Zhipu", "Baidu", "Alibaba",
             "Tencent", "ByteDance", "Mistral", "Aleph Alpha", "Meta", "Microsoft", "Google", "Amazon",
             "High-Flyer", "xAI", "Cohere", "SenseTime", "Huawei", "AMD", "Intel", "Broadcom"]
ANALYSTS = ["SemiAnalysis", "Bernstein", "Jefferies", "Fitch Ratings", "Morgan Stanley", "Gartner",
            "IDC", "TrendForce", "Counterpoint", "Omdia"]
PEOPLE = ["Liang Wenfeng", "Sam Altman", "Satya Nadella", "Jensen Huang", "Yann LeCun", "Lisa Su",
          "Dario Amodei", "Arthur Mensch", "Elon Musk", "Robin Li"]
GPUS = ["H100", "H800", "H20", "A100", "H200", "B200", "GB200", "MI300X", "Gaudi 3", "Ascend 910B",
        "Hopper GPUs", "Blackwell chips", "TPU v5p"]
OUTLETS = ["CNBC", "VTC News", "Windows Central", "Tom's Hardware", "Reuters", "Handelsblatt",
           "Le Monde", "El País", "VnExpress", "Caixin", "The Verge", "Heise"]
SCALES = {
    "en": ["million", "billion", "trillion", "M", "bn", "B"],
    "de": ["Millionen", "Milliarden", "Mio.", "Mrd."],
    "fr": ["millions", "milliards", "Md"],
    "es": ["millones", "mil millones"],
    "vi": ["triệu", "tỷ"],
}
CONVENTION = {"en": (",", "."), "de": (".", ","), "fr": ("\u202f", ","), "es": (".", ","), "vi": (".", ",")}

TEMPLATES = {
    "en": [
        "{c} reportedly spent {money} on {gpu_count} {gpu}, according to {a}.",
        "{a} estimated that {c}'s hardware spend is well higher than {money}.",
        "The company said its total training costs amounted to almost {money}.",
        "{c} lost {money} in market value on {day}, the largest one-day drop on record.",
        "{p}, chief executive of {c}, said the firm would invest up to {money} in data centres.",
        "Researchers at {c} are said to earn more than {money} a year.",
        "In {year}, {c} acquired {gpu_count} {gpu} before export controls took effect.",
        "{c} operates about {gpu_count} {gpu} across {n} sites, {a} wrote in a note.",
        "Analysts at {a} put operating costs at around {money}.",
        "The {gpu} cluster used {n} MW and ran for {n} days.",
    ],
    "de": [
        "{c} hat laut {a} rund {money} in Rechenzentren investiert.",
        "Der Konzern verfügt über {gpu_count} {gpu}, schreibt {a}.",
        "{c} verlor an einem Tag {money} an Börsenwert.",
        "Die Trainingskosten lagen angeblich bei knapp {money}.",
    ],
    "fr": [
        "{c} aurait dépensé plus de {money} en matériel, selon {a}.",
        "La société exploite environ {gpu_count} {gpu}, d'après {a}.",
        "Les coûts d'exploitation atteindraient {money}.",
    ],
    "es": [
        "{c} gastó unos {money} en hardware, según {a}.",
        "La empresa cuenta con {gpu_count} {gpu}, informó {a}.",
    ],
    "vi": [
        "{c} đã chi khoảng {money} cho phần cứng, theo {a}.",
        "Công ty sở hữu {gpu_count} {gpu}, theo báo cáo của {a}.",
    ],
}
# Sentences without figures, composed from parts so that they rarely repeat:
# subject, verb phrase, object, adjunct ("{c}" is a company name).
FILLER = {
    "en": (["The company", "Analysts", "Investors", "The startup", "Regulators", "Engineers at {c}",
            "Chipmakers", "Rivals such as {c}", "Executives at {c}", "Critics", "The report", "Its researchers",
            "Cloud providers", "Lawmakers in Washington", "Officials in Beijing", "Venture investors"],
           ["have questioned", "pointed to", "are watching", "played down", "highlighted", "described",
            "welcomed", "raised concerns about", "drew attention to", "remain divided over", "cast doubt on",
            "declined to comment on", "pushed back against", "praised"],
           ["the efficiency of its training methods", "the pace of open-source releases",
            "export restrictions on advanced chips", "the cost of serving models at scale",
            "the reliability of the published figures", "the way the model was distilled",
            "a shift in how data centres are planned", "the competition between American and Chinese labs",
            "the energy demands of large clusters", "the accounting behind the headline number",
            "the supply of high-bandwidth memory", "the licence under which the weights were released"],
           ["in recent weeks", "after the launch", "on social media", "during an earnings call",
            "according to people familiar with the matter", "in a research note", "at a conference in Paris",
            "over the weekend", "in an interview", "before markets opened", "", "", ""]),
    "de": (["Das Unternehmen", "Analysten", "Anleger", "Die Aufsichtsbehörden", "Forscher bei {c}",
            "Konkurrenten wie {c}", "Kritiker", "Der Bericht"],
           ["bezweifeln", "betonen", "beobachten genau", "kritisieren", "loben", "hinterfragen"],
           ["die Effizienz der Trainingsmethoden", "die Exportbeschränkungen für Chips",
            "die Kosten des Modellbetriebs", "die Verlässlichkeit der Angaben", "den Energiebedarf der Rechenzentren"],
           ["seit Wochen", "nach dem Start", "in sozialen Medien", "in einer Analyse", ""]),
    "fr": (["L'entreprise", "Les analystes", "Les investisseurs", "Les régulateurs", "Les chercheurs de {c}",
            "Des concurrents comme {c}", "Les critiques"],
           ["mettent en doute", "soulignent", "surveillent de près", "saluent", "critiquent"],
           ["l'efficacité des méthodes d'entraînement", "les restrictions à l'exportation de puces",
            "le coût d'exploitation des modèles", "la fiabilité des chiffres publiés"],
           ["depuis plusieurs semaines", "après le lancement", "sur les réseaux sociaux", "dans une note", ""]),
    "es": (["La empresa", "Los analistas", "Los inversores", "Los reguladores", "Los investigadores de {c}",
            "Competidores como {c}"],
           ["cuestionan", "destacan", "observan de cerca", "critican", "elogian"],
           ["la eficiencia de sus métodos de entrenamiento", "las restricciones a la exportación de chips",
            "el coste de operar los modelos", "la fiabilidad de las cifras publicadas"],
           ["en las últimas semanas", "tras el lanzamiento", "en las redes sociales", ""]),
    "vi": (["Công ty", "Các nhà phân tích", "Các nhà đầu tư", "Giới chức", "Các nhà nghiên cứu của {c}"],
           ["đặt câu hỏi về", "nhấn mạnh", "theo dõi sát", "chỉ trích", "khen ngợi"],
           ["hiệu quả của phương pháp huấn luyện", "các hạn chế xuất khẩu chip",
            "chi phí vận hành mô hình", "độ tin cậy của các con số được công bố"],
           ["trong những tuần gần đây", "sau khi ra mắt", "trên mạng xã hội", ""]),
}
CURRENCY = {"en": ["${v} {s}", "US${v} {s}", "{v} {s} dollars", "€{v} {s}", "£{v} {s}"],
            "de": ["{v} {s} Dollar", "{v} {s} Euro", "{v} {s} US-Dollar"],
            "fr": ["{v} {s} de dollars", "{v} {s} d'euros"],
            "es": ["{v} {s} de dólares", "{v} {s} de euros"],
            "vi": ["{v} {s} USD", "{v} {s} đô la"]}


def number(rng, lang, decimals):
    group, decimal = CONVENTION[lang]
    whole = rng.choice([1, 2, 5, 6, 10, 25, 40, 500, 589, 600, 944, 1600, 2048])
    text = f"{whole:,}".replace(",", group)
    if decimals:
        text += decimal + str(rng.randint(0, 10 ** decimals - 1)).zfill(decimals)
    return text


def sentence(rng, lang):
    template = rng.choice(TEMPLATES[lang])
    money = rng.choice(CURRENCY[lang]).format(v=number(rng, lang, rng.choice([0, 0, 1, 3])),
                                              s=rng.choice(SCALES[lang]))
    group, _ = CONVENTION[lang]
    return template.format(
        c=rng.choice(COMPANIES), a=rng.choice(ANALYSTS), p=rng.choice(PEOPLE), gpu=rng.choice(GPUS),
        money=money, gpu_count=f"{rng.choice([2048, 10000, 25000, 50000, 100000]):,}".replace(",", group),
        day=rng.choice(["Monday", "Tuesday", "Friday"]), year=rng.randint(2019, 2025), n=rng.randint(2, 90))


def filler(rng, lang):
    subjects, verbs, objects, adjuncts = FILLER[lang]
    words = [rng.choice(subjects), rng.choice(verbs), rng.choice(objects), rng.choice(adjuncts)]
    return " ".join(w for w in words if w).replace("{c}", rng.choice(COMPANIES)) + "."


def article(rng, index):
    lang = rng.choices(list(TEMPLATES), weights=[70, 10, 8, 6, 6])[0]
    paragraphs = []
    for _ in range(rng.randint(3, 14)):
        # About one sentence in four carries a figure: the density of
        # numerals and claims per KB of the five seed articles.
        parts = [sentence(rng, lang) for _ in range(rng.randint(0, 2))]
        parts += [filler(rng, lang) for _ in range(rng.randint(1, 6))]
        rng.shuffle(parts)
        paragraphs.append(" ".join(parts))
    return {
        "id": f"gen-{index:08d}",
        "text": "\n\n".join(paragraphs),
        "source": rng.choice(OUTLETS),
        "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "lang": lang,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, required=True, help="size of the corpus in MB (10^6 bytes)")
    parser.add_argument("--out", required=True, help="JSONL file to write")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    target = int(args.mb * 1e6)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    written = 0
    index = 0
    with open(args.out, "w", encoding="utf-8") as out:
        while written < target:
            line = json.dumps(article(rng, index), ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            index += 1
    print(f"{args.out}: {index} documents, {written / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
