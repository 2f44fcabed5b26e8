#!/usr/bin/env bash
# Throughput and peak memory of `claimex extract` at 1 and 2 threads over a
# generated corpus.   bench/run.sh [MB]   (default 100; needs ./build.sh run
# or a Release build in build/ first)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
corpus=bench/out/corpus-${mb}mb.jsonl
[ -f "$corpus" ] || python3 bench/gen_corpus.py --mb "$mb" --out "$corpus"
bytes=$(stat -c %s "$corpus")
for threads in 1 2; do
  /usr/bin/time -v build/bin/claimex extract --threads "$threads" "$corpus" \
    2>bench/out/time-$threads.txt >/dev/null
  wall=$(grep "Elapsed (wall clock)" bench/out/time-$threads.txt | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" bench/out/time-$threads.txt | awk '{print $NF}')
  secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  awk -v t="$threads" -v b="$bytes" -v s="$secs" -v r="$rss" -v w="$wall" \
    'BEGIN { printf "extract --threads %d: %.1f MB in %s wall = %.1f MB/s, peak RSS %.1f MB\n", t, b/1e6, w, b/1e6/s, r/1024 }'
done
