#!/usr/bin/env python3
"""Writes the news development set: corpus/news/documents.jsonl and
corpus/gold/news.jsonl, from the hand-written articles and gold entries in
scripts/news/<lang>.py.

Each language module defines ARTICLES, a list of dicts:

    {"id", "source", "url", "published", "lang", "title", "text",
     "money": [(text, occurrence, value, currency, bound), ...],
     "gpu_counts": [(text, occurrence, count, model, bound), ...],
     "entities": [(text, occurrence, id, type), ...],
     "claims": [claim(...), ...]}

`occurrence` is which occurrence of `text` in the article's text (headline
and body, as the document's "text" holds them) it is, 0 = first. Offsets
are computed here, so every gold span is an exact substring.

    python3 scripts/make_news_set.py
"""
import importlib.util
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The language modules share their row helpers (scripts/news/rows_*.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "news"))
from gold_util import locate  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "vi", "id", "zh", "ja", "ko", "tr", "ar", "hu", "ru", "uk", "cs", "el"]
BOUNDS = {"exact", "approx", "over", "under", "at_least", "at_most"}


def families():
    out, specific = {}, set()
    with open(os.path.join(ROOT, "data/lexicon/predicate_families.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            out[fields[0]] = fields[1]
    return out


def main():
    family_of = families()
    docs, gold = [], []
    seen = set()
    for lang in LANGS:
        path = os.path.join(ROOT, "scripts/news", lang + ".py")
        if not os.path.exists(path):
            continue
        spec = importlib.util.spec_from_file_location("news_" + lang, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for a in module.ARTICLES:
            if a["id"] in seen:
                raise SystemExit(f"duplicate article id {a['id']}")
            seen.add(a["id"])
            text = a["text"]
            doc = {"id": a["id"], "text": text, "lang": a["lang"]}
            for field in ("source", "url", "published", "title"):
                if a.get(field):
                    doc[field] = a[field]
            docs.append(doc)
            record = {"id": a["id"], "money": [], "gpu_counts": [], "entities": [], "claims": []}
            for t, occ, value, currency, bound in a.get("money", []):
                assert bound in BOUNDS, (a["id"], t, bound)
                s, e = locate(text, t, occ)
                record["money"].append({"text": t, "start": s, "end": e, "value": value,
                                        "currency": currency, "bound": bound})
            for t, occ, count, model, bound in a.get("gpu_counts", []):
                assert bound in BOUNDS, (a["id"], t, bound)
                s, e = locate(text, t, occ)
                record["gpu_counts"].append({"text": t, "start": s, "end": e, "count": count,
                                             "model": model, "bound": bound})
            for t, occ, entity_id, entity_type in a.get("entities", []):
                assert entity_type in ("org", "person", "accelerator"), (a["id"], t, entity_type)
                s, e = locate(text, t, occ)
                record["entities"].append({"text": t, "start": s, "end": e, "id": entity_id,
                                           "type": entity_type})
            for c in a.get("claims", []):
                if c["predicate"] not in family_of:
                    raise SystemExit(f"{a['id']}: predicate {c['predicate']!r} is not in predicate_families.tsv")
                s, e = locate(text, c["text"], c.get("occurrence", 0))
                claim = {"text": c["text"], "start": s, "end": e, "subject": c["subject"],
                         "predicate": c["predicate"], "family": family_of[c["predicate"]],
                         "value": c["value"], "attribution": c.get("attribution"),
                         "hedge": c.get("hedge"),
                         "qualifiers": {q: c.get(q) for q in ("scope", "period", "per")}}
                if c.get("currency"):
                    claim["currency"] = c["currency"]
                if c.get("fact"):
                    claim["fact"] = c["fact"]
                    claim["cluster"] = c.get("cluster", c["fact"])
                    # The two ends of a range are two facts (the range's low
                    # and high), not a disagreement about one.
                    if claim["cluster"].endswith((" low", " high")):
                        claim["fact"] = claim["cluster"]
                record["claims"].append(claim)
            for layer in ("money", "gpu_counts", "entities", "claims"):
                record[layer].sort(key=lambda m: (m["start"], m["end"]))
            values = {(m["start"], m["end"]) for m in record["money"] + record["gpu_counts"]}
            claimed = {(c["start"], c["end"]) for c in record["claims"]}
            if values != claimed:
                raise SystemExit(f"{a['id']}: every money mention and GPU count needs exactly one claim "
                                 f"(values without a claim: {sorted(values - claimed)}, "
                                 f"claims without a value: {sorted(claimed - values)})")
            gold.append(record)
    with open(os.path.join(ROOT, "corpus/news/documents.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "corpus/gold/news.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(docs)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
