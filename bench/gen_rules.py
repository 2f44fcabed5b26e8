#!/usr/bin/env python3
"""Writes a rule file of N rules for timing the rules stage: the power rules
of examples/rules/power.jsonl, then rules of the kinds users add in bulk
(CoreNLP RegexNER lists, spaCy patterns.jsonl): a named site with a figure
('{number} MW at the Abilene-17 campus') and plain names ('Stargate 17')."""
import argparse
import json
import os

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--rules", type=int, required=True)
parser.add_argument("--out", required=True)
args = parser.parse_args()

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "examples", "rules", "power.jsonl"), encoding="utf-8") as f:
    rules = [json.loads(line) for line in f if line.strip()][: args.rules]
syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "dun", "bel", "cor", "sil", "ane", "gor"]
i = 0
while len(rules) < args.rules:
    name = "".join(syllables[(i // len(syllables) ** k) % len(syllables)] for k in range(3)).capitalize()
    if i % 2 == 0:
        rules.append({"id": f"site.{i}", "label": "power", "pattern": f"{{number}}\\s*(?P<unit>MW|GW) (?:at|in) the {name}-{i} campus",
                      "units": {"mw": 1e6, "gw": 1e9}, "unit": "W"})
    else:
        rules.append({"id": f"name.{i}", "label": "sites", "pattern": f"{name} {i}"})
    i += 1
with open(args.out, "w", encoding="utf-8") as f:
    for r in rules:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
