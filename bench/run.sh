#!/usr/bin/env bash
# One command, one corpus, every figure issue 6 asks for:
#
#   bench/run.sh [MB]        (default 200; needs a Release build in build/,
#                             e.g. from ./build.sh run)
#
# Generates (once) a deterministic corpus of MB megabytes, then measures on
# it: the bare ICU sentence-break pass (the reference), `claimex extract`
# with the default pipeline at 1 and 2 threads (MB/s of input, peak RSS,
# claims/s, where the time went), the same extract with only normalize
# (bench/skeleton.json: the work no extraction stage can shed), and prints
# the ratios against the targets.
# Output goes to /dev/null: the figures are of extraction, not of a disk.
# Each measurement is the fastest of RUNS runs (default 3; peak RSS the
# highest): on a shared machine single runs vary by a third.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200}
runs=${RUNS:-3}
corpus=bench/out/corpus-${mb}mb.jsonl
mkdir -p bench/out
[ -f "$corpus" ] || python3 bench/gen_corpus.py --mb "$mb" --out "$corpus" >&2
for tool in build/bin/claimex build/bin/claimex_icu_sentence_pass; do
  [ -x "$tool" ] || { echo "bench: $tool is missing; build first (./build.sh run)" >&2; exit 2; }
done

echo "corpus: $corpus ($(stat -c %s "$corpus") bytes)"
for run in $(seq "$runs"); do
  build/bin/claimex_icu_sentence_pass "$corpus" >bench/out/icu-$run.json
  for threads in 1 2; do
    /usr/bin/time -f '%e %M' -o bench/out/time-$threads-$run.txt \
      build/bin/claimex extract --profile --threads "$threads" "$corpus" \
      2>bench/out/profile-$threads-$run.txt >/dev/null
  done
  /usr/bin/time -f '%e %M' -o bench/out/time-skeleton-$run.txt \
    build/bin/claimex extract --threads 1 --pipeline bench/skeleton.json "$corpus" >/dev/null
done

python3 - "$corpus" "$runs" <<'PY'
import json, os, re, sys
corpus, count = sys.argv[1], int(sys.argv[2])
mb = os.path.getsize(corpus) / 1e6
icu = max((json.load(open(f"bench/out/icu-{run}.json")) for run in range(1, count + 1)),
          key=lambda r: r["mb_per_s"])
print(f"runs: {count} (fastest of each shown)")
print(f"ICU sentence pass: {json.dumps(icu)}")
runs = {}
for threads in (1, 2):
    timings = [(open(f"bench/out/time-{threads}-{run}.txt").read().split()[-2:], run)
               for run in range(1, count + 1)]
    (wall, _), best = min(timings, key=lambda t: float(t[0][0]))
    rss_kb = max(int(t[0][1]) for t in timings)
    profile = open(f"bench/out/profile-{threads}-{best}.txt").read()
    claims = int(re.search(r"^\s+claims\s+(\d+) mentions", profile, re.M).group(1))
    runs[threads] = dict(wall=float(wall), rss=int(rss_kb) / 1024, claims=claims, profile=profile)
    r = runs[threads]
    print(f"extract --threads {threads}: {mb:.1f} MB in {r['wall']:.2f} s = {mb / r['wall']:.1f} MB/s, "
          f"{claims / r['wall']:.0f} claims/s, peak RSS {r['rss']:.1f} MB")
print()
print("where the time went, 1 thread (claimex extract --profile):")
print("".join(runs[1]["profile"].splitlines(True)[1:]))
one, two = mb / runs[1]["wall"], mb / runs[2]["wall"]
# The skeleton (bench/skeleton.json) is the part of every run that no
# extraction stage can shed; what the 1-thread target leaves beyond it is
# the time all the extraction stages and their records may take together.
skeleton = min(float(open(f"bench/out/time-skeleton-{run}.txt").read().split()[-2]) for run in range(1, count + 1))
target_wall = mb / (0.30 * icu["mb_per_s"])
print(f"skeleton, 1 thread (reading, normalize, keys, records; bench/skeleton.json): {skeleton:.2f} s = "
      f"{mb / skeleton:.1f} MB/s, {mb / skeleton / icu['mb_per_s']:.2f} x the ICU pass")
print(f"extraction stages beyond the skeleton: {runs[1]['wall'] - skeleton:.2f} s; "
      f"the 1-thread target leaves them {target_wall - skeleton:.2f} s")
print()
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
