#!/usr/bin/env python3
"""Writes corpus/gold/seeds.jsonl: the hand-checked money mentions, GPU
counts, entities and claims of the five seed articles.

Each mention is written below as the text it covers, which occurrence of
that text in the article it is (0 = first), and its reading. The script
finds the code point offsets and fails if a text does not occur, so every
gold span is an exact substring by construction.

    python3 scripts/make_seed_gold.py corpus/seeds.jsonl corpus/gold/seeds.jsonl
"""
import json
import re
import sys

from gold_util import locate

M, B = 10**6, 10**9

# (text, occurrence, value, currency, bound)
MONEY = {
    "000_84cba3b63bbacda3": [
        ("$500M", 0, 500 * M, "USD", "over"),          # "well higher than $500M" (headline)
        ("$5.6 million", 0, 5.6 * M, "USD", "approx"),  # "almost $5.6 million"
        ("$6 million", 0, 6 * M, "USD", "exact"),
        ("$5.576 million", 0, 5.576 * M, "USD", "exact"),
        ("$800 billion", 0, 800 * B, "USD", "exact"),
        ("$500M", 1, 500 * M, "USD", "over"),
        ("$10s of millions", 0, 10 * M, "USD", "at_least"),  # ten million or more: an order of magnitude
        ("$1 trillion", 0, 1000 * B, "USD", "over"),    # "predicted to top $1 trillion"
    ],
    "001_5d1f381cac60de97": [
        ("$1,6 billion", 0, 1.6 * B, "USD", "exact"),   # decimal comma
        ("$6 million", 0, 6 * M, "USD", "exact"),
        ("$1,6 billion", 1, 1.6 * B, "USD", "exact"),
        ("$1,6 billion", 2, 1.6 * B, "USD", "approx"),  # "approximately $1,6 billion"
        ("$944 million", 0, 944 * M, "USD", "approx"),  # "an estimated $944 million"
        ("$500 million", 0, 500 * M, "USD", "over"),    # "invested over $500 million"
        ("$6 million", 1, 6 * M, "USD", "exact"),
    ],
    "002_20600e4bc70e071b": [
        ("$5 Million", 0, 5 * M, "USD", "exact"),
        ("$5 million", 0, 5 * M, "USD", "exact"),
        ("$1.6 billion", 0, 1.6 * B, "USD", "approx"),
        ("$944 million", 0, 944 * M, "USD", "approx"),  # "around $944 million"
        ("$1.3 million", 0, 1.3 * M, "USD", "over"),    # "exceeding $1.3 million"
    ],
    "003_fee70f51c43e2795": [
        ("$6 million", 0, 6 * M, "USD", "exact"),
        ("$1.6 billion", 0, 1.6 * B, "USD", "exact"),
        ("$1.6 billion", 1, 1.6 * B, "USD", "exact"),
        ("$944 million", 0, 944 * M, "USD", "exact"),   # "estimated at": a hedge, not a bound
        ("$500 million", 0, 500 * M, "USD", "over"),
        ("$6 million", 1, 6 * M, "USD", "exact"),
        ("$1.3 million", 0, 1.3 * M, "USD", "over"),
        ("$6 million", 2, 6 * M, "USD", "exact"),
        ("$589 billion", 0, 589 * B, "USD", "exact"),
    ],
    "004_e7b286d7c45eee28": [
        ("$6 million", 0, 6 * M, "USD", "exact"),
        ("$1.6 billion", 0, 1.6 * B, "USD", "exact"),
        ("$1.3 million", 0, 1.3 * M, "USD", "exact"),
        ("$1.6 billion", 1, 1.6 * B, "USD", "exact"),
        ("$6 million", 1, 6 * M, "USD", "exact"),
        ("$6 million", 2, 6 * M, "USD", "exact"),
        ("$6 million", 3, 6 * M, "USD", "exact"),
        ("$1.6 billion", 2, 1.6 * B, "USD", "exact"),
        ("$944 million", 0, 944 * M, "USD", "at_most"),  # "up to $944 million"
        ("$600 billion", 0, 600 * B, "USD", "at_most"),
        ("$157 billion", 0, 157 * B, "USD", "over"),     # "well beyond $157 billion"
        ("$500 million", 0, 500 * M, "USD", "at_most"),
        ("$1.3 million", 1, 1.3 * M, "USD", "at_most"),
    ],
}

# (text, occurrence, count, model, bound)
GPU_COUNTS = {
    "000_84cba3b63bbacda3": [],
    "001_5d1f381cac60de97": [
        ("2.048 GPUs", 0, 2048, None, "exact"),        # dot grouping in a comma-decimal article
        ("50.000 Nvidia Hopper GPUs", 0, 50000, "Hopper", "exact"),
        ("10.000 H800 GPUs", 0, 10000, "H800", "approx"),
        ("10.000 H100 GPUs", 0, 10000, "H100", "exact"),
        # "H20 GPUs": 20 is part of the model name, no count
    ],
    "002_20600e4bc70e071b": [
        ("10, 000 units of NVIDIA’s A100 GPUs", 0, 10000, "A100", "exact"),
        ("10, 000 “China-specific” H800 AI GPUs", 0, 10000, "H800", "approx"),
        ("10, 000 cutting-edge H100 AI chips", 0, 10000, "H100", "exact"),
    ],
    "003_fee70f51c43e2795": [
        ("2,048 GPUs", 0, 2048, None, "exact"),
        ("50,000 Nvidia Hopper GPUs", 0, 50000, "Hopper", "exact"),
        ("10,000 H800s", 0, 10000, "H800", "exact"),
        ("10,000 H100s", 0, 10000, "H100", "exact"),
    ],
    "004_e7b286d7c45eee28": [
        ("50,000 NVIDIA GPUs", 0, 50000, None, "exact"),
        ("50,000 NVIDIA GPUs", 1, 50000, None, "exact"),
        ("2,048 AI GPUs", 0, 2048, None, "exact"),
        ("50,000 NVIDIA Hopper GPUs", 0, 50000, "Hopper", "exact"),
    ],
}


# Entities: every occurrence of each surface form (whole words, case as
# written) is a mention of (id, type). Longer forms are marked first.
ORG, PERSON, ACC = "org", "person", "accelerator"
COMMON = [("DeepSeek", "deepseek", ORG), ("SemiAnalysis", "semianalysis", ORG)]
ENTITIES = {
    "000_84cba3b63bbacda3": COMMON + [
        ("SemiAnalysts", "semianalysis", ORG), ("Nvidia", "nvidia", ORG), ("Broadcom", "broadcom", ORG),
        ("Apple", "apple", ORG), ("OpenAI", "openai", ORG), ("Anthropic", "anthropic", ORG),
        ("Amazon", "amazon", ORG), ("Google", "google", ORG), ("Bernstein", "bernstein", ORG),
        ("High-Flyer", "high-flyer", ORG), ("Jefferies", "jefferies", ORG),
        ("Liang Wenfeng", "liang-wenfeng", PERSON), ("Xi Jinping", "xi-jinping", PERSON),
        ("Sam Altman", "sam-altman", PERSON), ("Altman", "sam-altman", PERSON)],
    "001_5d1f381cac60de97": COMMON + [
        ("Open AI", "openai", ORG), ("Nvidia", "nvidia", ORG), ("High-Flyer", "high-flyer", ORG),
        ("Peking University", "peking-university", ORG), ("Zhejiang University", "zhejiang-university", ORG),
        ("Moonshot", "moonshot", ORG), ("Toms Hardware", "toms-hardware", ORG), ("VTC News", "vtc-news", ORG),
        ("Google", "google", ORG), ("Phuong Anh", "phuong-anh", PERSON),
        ("Hopper", "Hopper", ACC), ("H800", "H800", ACC), ("H100", "H100", ACC), ("H20", "H20", ACC)],
    "002_20600e4bc70e071b": COMMON + [
        ("NVIDIA", "nvidia", ORG), ("OpenAI", "openai", ORG), ("High-Flyer", "high-flyer", ORG),
        ("A100", "A100", ACC), ("H800", "H800", ACC), ("H100", "H100", ACC), ("H20", "H20", ACC)],
    "003_fee70f51c43e2795": COMMON + [
        ("Nvidia", "nvidia", ORG), ("High-Flyer", "high-flyer", ORG),
        ("Peking University", "peking-university", ORG), ("Zhejiang University", "zhejiang-university", ORG),
        ("Moonshot", "moonshot", ORG), ("Fitch Ratings", "fitch-ratings", ORG),
        ("Italy’s data protection authority", "italy-garante", ORG), ("AMD", "amd", ORG), ("Intel", "intel", ORG),
        ("Hopper", "Hopper", ACC), ("H800s", "H800", ACC), ("H100s", "H100", ACC), ("H20", "H20", ACC)],
    "004_e7b286d7c45eee28": COMMON + [
        ("NVIDIA", "nvidia", ORG), ("Getty Images", "getty-images", ORG), ("Anadolu", "anadolu", ORG),
        ("OpenAI", "openai", ORG), ("Tom's Hardware", "toms-hardware", ORG), ("Microsoft", "microsoft", ORG),
        ("Meta", "meta", ORG), ("Peking University", "peking-university", ORG),
        ("Zhejiang University", "zhejiang-university", ORG), ("Windows Central", "windows-central", ORG),
        ("OnMSFT", "onmsft", ORG), ("MakeUseOf", "makeuseof", ORG), ("Windows Report", "windows-report", ORG),
        ("iMore", "imore", ORG), ("Apple", "apple", ORG),
        ("Satya Nadella", "satya-nadella", PERSON), ("Nadella", "satya-nadella", PERSON),
        ("Yann Lecun", "yann-lecun", PERSON), ("Elon Musk", "elon-musk", PERSON), ("Musk", "elon-musk", PERSON),
        ("Kevin Okemwa", "kevin-okemwa", PERSON), ("Hopper", "Hopper", ACC)],
}

# Claims, one per value mention: (text, occurrence, subject, predicate,
# value, currency or None for counts, attribution, hedge).
D, NV, SA = "deepseek", "nvidia", "semianalysis"
CLAIMS = {
    "000_84cba3b63bbacda3": [
        ("$500M", 0, D, "hardware_spend", 500 * M, "USD", SA, "estimated"),
        ("$5.6 million", 0, D, "training_cost", 5.6 * M, "USD", D, None),
        ("$6 million", 0, D, "unknown", 6 * M, "USD", None, None),
        ("$5.576 million", 0, D, "training_cost", 5.576 * M, "USD", D, None),
        ("$800 billion", 0, NV, "market_cap_change", 800 * B, "USD", None, None),
        ("$500M", 1, D, "hardware_spend", 500 * M, "USD", SA, "estimated"),   # "The firm estimated"
        ("$10s of millions", 0, "anthropic", "training_cost", 10 * M, "USD", SA, None),  # "The report said"
        ("$1 trillion", 0, None, "revenue", 1000 * B, "USD", None, "predicted"),  # the market's, not a company's
    ],
    "001_5d1f381cac60de97": [
        ("$1,6 billion", 0, D, "development_cost", 1.6 * B, "USD", None, None),
        ("$6 million", 0, D, "training_cost", 6 * M, "USD", D, "claimed"),
        ("2.048 GPUs", 0, D, "gpu_count", 2048, None, D, "claimed"),
        ("$1,6 billion", 1, D, "hardware_spend", 1.6 * B, "USD", SA, "estimated"),
        ("50.000 Nvidia Hopper GPUs", 0, D, "gpu_count", 50000, None, SA, "estimated"),
        ("10.000 H800 GPUs", 0, D, "gpu_count", 10000, None, SA, None),   # "The analysis report suggests"
        ("10.000 H100 GPUs", 0, D, "gpu_count", 10000, None, SA, None),
        ("$1,6 billion", 2, D, "hardware_spend", 1.6 * B, "USD", SA, "estimated"),  # "investment in servers"
        ("$944 million", 0, D, "operating_cost", 944 * M, "USD", SA, "estimated"),
        ("$500 million", 0, D, "investment", 500 * M, "USD", SA, "claimed"),
        ("$6 million", 1, D, "training_cost", 6 * M, "USD", None, None),
    ],
    "002_20600e4bc70e071b": [
        ("$5 Million", 0, D, "training_cost", 5 * M, "USD", None, None),
        ("$5 million", 0, D, "training_cost", 5 * M, "USD", None, None),  # "expenses for their R1 model"
        ("10, 000 units of NVIDIA’s A100 GPUs", 0, D, "gpu_count", 10000, None, SA, None),
        ("10, 000 “China-specific” H800 AI GPUs", 0, D, "gpu_count", 10000, None, SA, None),  # "The findings indicate"
        ("10, 000 cutting-edge H100 AI chips", 0, D, "gpu_count", 10000, None, SA, None),
        ("$1.6 billion", 0, D, "capex", 1.6 * B, "USD", None, "estimated"),
        ("$944 million", 0, D, "operating_cost", 944 * M, "USD", None, "rumored"),
        ("$1.3 million", 0, D, "compensation", 1.3 * M, "USD", None, None),
    ],
    "003_fee70f51c43e2795": [
        ("$6 million", 0, D, "training_cost", 6 * M, "USD", D, "claimed"),
        ("2,048 GPUs", 0, D, "gpu_count", 2048, None, D, "claimed"),
        ("50,000 Nvidia Hopper GPUs", 0, D, "gpu_count", 50000, None, SA, None),
        ("$1.6 billion", 0, D, "hardware_spend", 1.6 * B, "USD", None, "reportedly"),
        ("$1.6 billion", 1, D, "hardware_spend", 1.6 * B, "USD", None, "reportedly"),
        ("10,000 H800s", 0, D, "gpu_count", 10000, None, None, "reportedly"),
        ("10,000 H100s", 0, D, "gpu_count", 10000, None, None, "reportedly"),
        ("$944 million", 0, D, "operating_cost", 944 * M, "USD", None, "estimated"),
        ("$500 million", 0, D, "investment", 500 * M, "USD", None, "reportedly"),
        ("$6 million", 1, D, "training_cost", 6 * M, "USD", None, "claimed"),
        ("$1.3 million", 0, D, "compensation", 1.3 * M, "USD", None, "reportedly"),
        ("$6 million", 2, D, "training_cost", 6 * M, "USD", None, None),
        ("$589 billion", 0, NV, "market_cap_change", 589 * B, "USD", None, None),
    ],
    "004_e7b286d7c45eee28": [
        ("$6 million", 0, D, "training_cost", 6 * M, "USD", None, "possible"),
        # "spent $1.6 billion", "not $6 million as previously thought": the
        # figures the article names later as the hardware spend and the
        # training cost, restated.
        ("$1.6 billion", 0, D, "hardware_spend", 1.6 * B, "USD", None, "reportedly"),
        ("50,000 NVIDIA GPUs", 0, D, "gpu_count", 50000, None, None, "reportedly"),
        ("$1.3 million", 0, D, "compensation", 1.3 * M, "USD", None, "reportedly"),
        ("$1.6 billion", 1, D, "hardware_spend", 1.6 * B, "USD", None, "reportedly"),
        ("50,000 NVIDIA GPUs", 1, D, "gpu_count", 50000, None, None, "reportedly"),
        ("$6 million", 1, D, "training_cost", 6 * M, "USD", None, "reportedly"),
        ("$6 million", 2, D, "training_cost", 6 * M, "USD", None, "reportedly"),
        ("$6 million", 3, D, "training_cost", 6 * M, "USD", None, None),
        ("2,048 AI GPUs", 0, D, "gpu_count", 2048, None, None, None),
        ("$1.6 billion", 2, D, "hardware_spend", 1.6 * B, "USD", SA, None),  # "The report details"
        ("50,000 NVIDIA Hopper GPUs", 0, D, "gpu_count", 50000, None, SA, None),
        ("$944 million", 0, D, "operating_cost", 944 * M, "USD", None, "reportedly"),
        ("$600 billion", 0, NV, "market_cap_change", 600 * B, "USD", None, None),
        ("$157 billion", 0, "openai", "valuation", 157 * B, "USD", None, None),
        ("$500 million", 0, D, "investment", 500 * M, "USD", None, "reportedly"),
        ("$1.3 million", 1, D, "compensation", 1.3 * M, "USD", None, None),
    ],
}


# Gold clusters: claims (doc prefix, text, occurrence) that state one fact
# with values that agree. A claim in no list is a cluster of its own.
# Decisions: 002's "$5 million" is $5.576 million cut to millions, the same
# figure said loosely; 002's CapEx of an AI lab is its hardware spend;
# "up to $944 million" is the $944 million estimate said as a limit; "up to
# $600 billion" is a round figure that $589 billion fits. A figure whose
# sentence names no predicate ("a single number: $6 million", "spent $1.6
# billion") or no model ("50,000 NVIDIA GPUs") is the one fact of its
# subject that holds that value.
CLUSTERS = {
    "deepseek training cost about $5.6 million": [
        ("000", "$5.6 million", 0), ("000", "$5.576 million", 0), ("001", "$6 million", 0),
        ("001", "$6 million", 1), ("003", "$6 million", 0), ("003", "$6 million", 1), ("003", "$6 million", 2),
        ("004", "$6 million", 2), ("004", "$6 million", 3), ("002", "$5 Million", 0), ("002", "$5 million", 0),
        ("000", "$6 million", 0), ("004", "$6 million", 0), ("004", "$6 million", 1)],
    "deepseek hardware spend $1.6 billion": [
        ("001", "$1,6 billion", 1), ("001", "$1,6 billion", 2), ("002", "$1.6 billion", 0),
        ("003", "$1.6 billion", 0), ("003", "$1.6 billion", 1), ("004", "$1.6 billion", 2),
        ("004", "$1.6 billion", 0), ("004", "$1.6 billion", 1)],
    "nvidia market value lost $589 billion": [("003", "$589 billion", 0), ("004", "$600 billion", 0)],
    "deepseek hardware spend over $500M": [("000", "$500M", 0), ("000", "$500M", 1)],
    "deepseek operating cost $944 million": [("001", "$944 million", 0), ("002", "$944 million", 0),
                                             ("003", "$944 million", 0), ("004", "$944 million", 0)],
    "deepseek invested over $500 million": [("001", "$500 million", 0), ("003", "$500 million", 0)],
    "deepseek salaries over $1.3 million": [("002", "$1.3 million", 0), ("003", "$1.3 million", 0)],
    "deepseek 2,048 GPUs": [("001", "2.048 GPUs", 0), ("003", "2,048 GPUs", 0), ("004", "2,048 AI GPUs", 0)],
    "deepseek 50,000 Hopper": [("001", "50.000 Nvidia Hopper GPUs", 0), ("003", "50,000 Nvidia Hopper GPUs", 0),
                               ("004", "50,000 NVIDIA Hopper GPUs", 0), ("004", "50,000 NVIDIA GPUs", 0),
                               ("004", "50,000 NVIDIA GPUs", 1)],
    "deepseek 10,000 H800": [("001", "10.000 H800 GPUs", 0), ("002", "10, 000 “China-specific” H800 AI GPUs", 0),
                             ("003", "10,000 H800s", 0)],
    "deepseek 10,000 H100": [("001", "10.000 H100 GPUs", 0), ("002", "10, 000 cutting-edge H100 AI chips", 0),
                             ("003", "10,000 H100s", 0)],
}


def entity_mentions(text, forms):
    taken, out = [], []
    for surface, eid, etype in sorted(forms, key=lambda f: -len(f[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append({"text": surface, "start": m.start(), "end": m.end(), "type": etype, "id": eid})
    if not out and forms:
        raise SystemExit("no entity found")
    return sorted(out, key=lambda e: e["start"])


def main(corpus, out):
    lines = []
    for line in open(corpus, encoding="utf-8"):
        doc = json.loads(line)
        text = doc["text"]
        record = {"id": doc["id"], "money": [], "gpu_counts": []}
        for needle, nth, value, currency, bound in MONEY[doc["id"]]:
            start, end = locate(text, needle, nth)
            record["money"].append({"text": needle, "start": start, "end": end, "value": round(value, 6),
                                    "currency": currency, "bound": bound})
        for needle, nth, count, model, bound in GPU_COUNTS[doc["id"]]:
            start, end = locate(text, needle, nth)
            record["gpu_counts"].append({"text": needle, "start": start, "end": end, "count": count,
                                         "model": model, "bound": bound})
        record["entities"] = entity_mentions(text, ENTITIES[doc["id"]])
        record["claims"] = []
        for needle, nth, subject, predicate, value, currency, attribution, hedge in CLAIMS[doc["id"]]:
            start, end = locate(text, needle, nth)
            claim = {"text": needle, "start": start, "end": end, "subject": subject, "predicate": predicate,
                     "value": round(value, 6), "attribution": attribution, "hedge": hedge}
            if currency:
                claim["currency"] = currency
            for label, members in CLUSTERS.items():
                if (doc["id"][:3], needle, nth) in members:
                    claim["cluster"] = label
            record["claims"].append(claim)
        for kind in ("money", "gpu_counts", "claims"):
            record[kind].sort(key=lambda m: m["start"])
        lines.append(json.dumps(record, ensure_ascii=False))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
