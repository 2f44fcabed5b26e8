#!/usr/bin/env bash
# One command, one corpus, every figure issue 6 asks for:
#
#   bench/run.sh [MB]        (default 200; needs a Release build in build/,
#                             e.g. from ./build.sh run)
#
# Generates (once) a deterministic corpus of MB megabytes, then measures on
# it: the bare ICU sentence-break pass (the reference), `claimex extract`
# with the default pipeline at 1 and 2 threads (MB/s of input, peak RSS,
# claims/s, where the time went), and prints the ratios against the targets.
# Output goes to /dev/null: the figures are of extraction, not of a disk.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200}
corpus=bench/out/corpus-${mb}mb.jsonl
mkdir -p bench/out
[ -f "$corpus" ] || python3 bench/gen_corpus.py --mb "$mb" --out "$corpus" >&2
for tool in build/bin/claimex build/bin/claimex_icu_sentence_pass; do
  [ -x "$tool" ] || { echo "bench: $tool is missing; build first (./build.sh run)" >&2; exit 2; }
done

echo "corpus: $corpus ($(stat -c %s "$corpus") bytes)"
icu=$(build/bin/claimex_icu_sentence_pass "$corpus")
echo "ICU sentence pass: $icu"

for threads in 1 2; do
  /usr/bin/time -f '%e %M' -o bench/out/time-$threads.txt \
    build/bin/claimex extract --profile --threads "$threads" "$corpus" \
    2>bench/out/profile-$threads.txt >/dev/null
done

python3 - "$corpus" "$icu" <<'PY'
import json, os, re, sys
corpus, icu = sys.argv[1], json.loads(sys.argv[2])
mb = os.path.getsize(corpus) / 1e6
runs = {}
for threads in (1, 2):
    wall, rss_kb = open(f"bench/out/time-{threads}.txt").read().split()[-2:]
    profile = open(f"bench/out/profile-{threads}.txt").read()
    claims = int(re.search(r"^\s+claims\s+(\d+) mentions", profile, re.M).group(1))
    runs[threads] = dict(wall=float(wall), rss=int(rss_kb) / 1024, claims=claims, profile=profile)
    r = runs[threads]
    print(f"extract --threads {threads}: {mb:.1f} MB in {r['wall']:.2f} s = {mb / r['wall']:.1f} MB/s, "
          f"{claims / r['wall']:.0f} claims/s, peak RSS {r['rss']:.1f} MB")
print()
print("where the time went, 1 thread (claimex extract --profile):")
print("".join(runs[1]["profile"].splitlines(True)[1:]))
one, two = mb / runs[1]["wall"], mb / runs[2]["wall"]
checks = [
    ("extract 1 thread / ICU sentence pass", one / icu["mb_per_s"], ">=", 0.30),
    ("extract 2 threads / 1 thread", two / one, ">=", 1.8),
    ("peak RSS (MB), 1 thread", runs[1]["rss"], "<", 100),
    ("peak RSS (MB), 2 threads", runs[2]["rss"], "<", 100),
]
print("targets:")
for name, value, op, target in checks:
    ok = value >= target if op == ">=" else value < target
    print(f"  {name:40s} {value:8.2f}  target {op} {target:<5}  {'met' if ok else 'NOT MET'}")
PY
