#!/usr/bin/env python3
"""Builds corpus/seeds.jsonl from the seed articles, text byte-exact.

The metadata is only what each article's own text shows (an outlet name, a
dateline); nothing is guessed. Run from the repository root:
    python3 scripts/make_seed_corpus.py ../shared/seeds corpus/seeds.jsonl
"""
import json
import pathlib
import sys

# What the texts say about themselves, by file stem.
METADATA = {
    "000_84cba3b63bbacda3": {"published": "2025-01-31"},  # "date 2025-01-31" in line 1
    "001_5d1f381cac60de97": {"source": "VTC News", "url": "https://vtcnews.vn",
                             "published": "2025-06-03"},  # "Published on June 03, 2025"
    "002_20600e4bc70e071b": {},
    "003_fee70f51c43e2795": {},
    "004_e7b286d7c45eee28": {"source": "Windows Central"},  # the author's byline
}


def main(seed_dir: str, out_path: str) -> None:
    lines = []
    for path in sorted(pathlib.Path(seed_dir).glob("*.txt")):
        raw = path.read_bytes()
        doc = {"id": path.stem, "text": raw.decode("utf-8"), "lang": "en"}
        doc.update(METADATA.get(path.stem, {}))
        line = json.dumps(doc, ensure_ascii=False)
        assert json.loads(line)["text"].encode("utf-8") == raw, path
        lines.append(line)
    pathlib.Path(out_path).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
