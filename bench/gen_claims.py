#!/usr/bin/env python3
"""Writes N generated claim records (claimex.claim/1) for merge benchmarks.

    python3 bench/gen_claims.py --claims 1000000 --out bench/out/claims-1m.jsonl

Subjects, predicates and values are drawn so that slots hold several
agreeing values (rounded and precise forms), bounds and conflicts, across
many documents and outlets. The same seed gives the same bytes.
"""
import argparse
import json
import random
import zlib

SUBJECTS = [f"org-{i}" for i in range(2000)]
PREDICATES = ["training_cost", "hardware_spend", "operating_cost", "investment", "capex", "compensation",
              "market_cap_change", "valuation", "revenue", "funding"]
OUTLETS = [f"outlet-{i}" for i in range(300)]
BOUNDS = ["exact"] * 6 + ["approx"] * 2 + ["over", "up_to"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.out, "w") as out:
        for i in range(args.claims):
            subject = rng.choice(SUBJECTS)
            predicate = rng.choice(PREDICATES)
            base = (zlib.crc32(f"{subject}/{predicate}".encode()) % 997 + 1) * 10 ** rng.choice([6, 6, 9])
            form = rng.random()
            if form < 0.5:
                amount, precision = round(base * 1.001, -3), 500.0          # precise
            elif form < 0.9:
                amount, precision = float(round(base, -6)), 5e5             # rounded
            else:
                amount, precision = float(base * 2), 5e5                    # a contradiction
            bound = rng.choice(BOUNDS)
            bound = "at_most" if bound == "up_to" else bound
            doc = f"doc-{i // 8}"
            if i % 8 == 0:  # a document has one outlet and one date
                outlet = rng.choice(OUTLETS)
                published = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            record = {
                "schema": "claimex.claim/1", "doc": doc, "text": f"${amount:,.0f}", "start": (i % 8) * 100,
                "end": (i % 8) * 100 + 12,
                "subject": {"id": subject, "type": "org", "text": subject, "via": "name"},
                "predicate": predicate,
                "value": {"type": "money", "amount": amount, "currency": "USD", "bound": bound, "precision": precision},
                "attribution": None if rng.random() < 0.6 else {"id": rng.choice(["semianalysis", "bernstein"]),
                                                                 "text": "x"},
                "hedge": None,
                "evidence": {"doc": doc, "source": outlet, "published": published,
                             "sentence": "A generated sentence that carries the amount."},
            }
            out.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main()
