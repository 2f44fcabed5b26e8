#!/usr/bin/env python3
"""Writes a deterministic, news-like JSONL corpus of a given size.

    python3 bench/gen_corpus.py --mb 100 --out bench/out/corpus.jsonl [--seed 1]

Articles are assembled from many sentence templates, entity names, amounts
in several numeral conventions (1,600.5 / 1.600,5 / 1 600,5 / 1'600.5),
currencies, GPU models, hedges and attributions, in English, German, French,
Spanish and Vietnamese, with some paragraphs of filler, so that throughput is
measured on text that looks like what claimex reads, not one article
repeated. The same seed and size always give the same bytes.
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
FILLER = [
    "The debate over the true cost of frontier models has intensified in recent weeks.",
    "Investors reacted quickly, and shares of chipmakers swung sharply in early trading.",
    "Export controls have shaped which accelerators Chinese companies can buy.",
    "Efficiency gains in training could change how much hardware the industry needs.",
    "Several executives weighed in on social media over the weekend.",
    "The company did not immediately respond to a request for comment.",
]
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


def article(rng, index):
    lang = rng.choices(list(TEMPLATES), weights=[70, 10, 8, 6, 6])[0]
    paragraphs = []
    for _ in range(rng.randint(3, 14)):
        parts = [sentence(rng, lang) for _ in range(rng.randint(1, 4))]
        if lang == "en":
            parts += rng.sample(FILLER, rng.randint(0, 3))
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
