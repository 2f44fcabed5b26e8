#!/usr/bin/env bash
# One machine against two Dask workers, over one generated corpus:
#
#   bench/dask.sh [MB]       (default 200; needs a Release build in build/
#                             and python3-distributed, scripts/install-deps.sh)
#
# Times `claimex extract --threads 1 | claimex merge` and
# `claimex_dask.py --local-workers 2` (one thread each, cluster start
# included) over the corpus of bench/run.sh (bench/gen_corpus.py, made once),
# checks that both wrote the same bytes, and prints both times and the ratio
# (issue 19's target: 1.8 or more on 2 cores), with the CPU seconds each
# spent in all its processes (claimex, Dask's workers), which a loaded
# machine changes less than wall time. The pipe runs extract and merge side
# by side, on both cores; the same pipe held to one core (taskset) is timed
# too, which is what two workers of one thread are a speed-up over. Each
# time is the fastest of RUNS runs (default 1): on a shared machine single
# runs vary by a third.
# SHARD_MB (default 12.5) sets the shard size: 16 shards of 200 MB keep both
# workers busy to the end.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200}
runs=${RUNS:-1}
shard_mb=${SHARD_MB:-12.5}
corpus=bench/out/corpus-${mb}mb.jsonl
claimex=build/bin/claimex
mkdir -p bench/out
[ -x "$claimex" ] || { echo "bench: $claimex is missing; build first (./build.sh run)" >&2; exit 2; }
/usr/bin/python3 -c 'import distributed' 2>/dev/null ||
  { echo "bench: python3-distributed is missing (scripts/install-deps.sh)" >&2; exit 2; }
[ -f "$corpus" ] || python3 bench/gen_corpus.py --mb "$mb" --out "$corpus" >&2

# Each run: wall seconds, then CPU seconds of the process and of every
# process it waited for (the workers, claimex), from /usr/bin/time.
timed() {
  local out=$1
  shift
  /usr/bin/time -f '%e %U %S' -o "$out" "$@"
}
best_one= best_core= best_dask=
for run in $(seq "$runs"); do
  timed bench/out/dask-time-one.txt sh -c \
    "'$claimex' extract --threads 1 '$corpus' 2>/dev/null | '$claimex' merge >bench/out/dask-one.jsonl"
  timed bench/out/dask-time-core.txt taskset -c 0 sh -c \
    "'$claimex' extract --threads 1 '$corpus' 2>/dev/null | '$claimex' merge >bench/out/dask-core.jsonl"
  timed bench/out/dask-time-two.txt /usr/bin/python3 scale/dask/claimex_dask.py --local-workers 2 \
    --shard-mb "$shard_mb" --claimex "$claimex" -o bench/out/dask-two.jsonl "$corpus" 2>bench/out/dask-summary.txt
  cmp -s bench/out/dask-one.jsonl bench/out/dask-two.jsonl ||
    { echo "bench: the two runs wrote different bytes" >&2; exit 1; }
  cmp -s bench/out/dask-one.jsonl bench/out/dask-core.jsonl ||
    { echo "bench: the pipe on one core wrote different bytes" >&2; exit 1; }
  one=$(tail -n 1 bench/out/dask-time-one.txt) core=$(tail -n 1 bench/out/dask-time-core.txt)
  two=$(tail -n 1 bench/out/dask-time-two.txt)
  faster() { [ -z "$2" ] || awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 < b + 0) }'; }
  if faster "$one" "$best_one"; then best_one=$one; fi
  if faster "$core" "$best_core"; then best_core=$core; fi
  if faster "$two" "$best_dask"; then best_dask=$two; fi
done

echo "corpus: $corpus ($(stat -c %s "$corpus") bytes); runs: $runs (fastest shown); shards of $shard_mb MB"
tail -n 1 bench/out/dask-summary.txt
awk -v bytes="$(stat -c %s "$corpus")" -v one="$best_one" -v core="$best_core" -v two="$best_dask" 'BEGIN {
  split(one, a, " "); split(core, c, " "); split(two, b, " ")
  printf "one machine, extract --threads 1 | merge: %7.1f s wall (%.1f MB/s), %7.1f s CPU\n", a[1], bytes / 1e6 / a[1], a[2] + a[3]
  printf "the same pipe on one core (taskset -c 0): %7.1f s wall (%.1f MB/s), %7.1f s CPU\n", c[1], bytes / 1e6 / c[1], c[2] + c[3]
  printf "Dask, 2 workers x 1 thread:              %7.1f s wall (%.1f MB/s), %7.1f s CPU\n", b[1], bytes / 1e6 / b[1], b[2] + b[3]
  printf "speed-up over the pipe: %.2fx (target 1.8x); over the pipe on one core: %.2fx; same bytes: yes\n", a[1] / b[1], c[1] / b[1]
}'
