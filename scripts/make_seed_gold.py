#!/usr/bin/env python3
"""Writes corpus/gold/seeds.jsonl: the hand-checked money and GPU-count
mentions of the five seed articles.

Each mention is written below as the text it covers, which occurrence of
that text in the article it is (0 = first), and its reading. The script
finds the code point offsets and fails if a text does not occur, so every
gold span is an exact substring by construction.

    python3 scripts/make_seed_gold.py corpus/seeds.jsonl corpus/gold/seeds.jsonl
"""
import json
import sys

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
        ("$10s of millions", 0, 10 * M, "USD", "approx"),
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


def locate(text, needle, occurrence):
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise SystemExit(f"gold text {needle!r} (occurrence {occurrence}) not found")
    return start, start + len(needle)


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
        for kind in ("money", "gpu_counts"):
            record[kind].sort(key=lambda m: m["start"])
        lines.append(json.dumps(record, ensure_ascii=False))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
