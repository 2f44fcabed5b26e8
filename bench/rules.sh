#!/usr/bin/env bash
# The cost of the rules stage with 10 and with 10,000 rules:
#
#   bench/rules.sh [MB]      (default 20; needs a Release build in build/)
#
# For each rule count: the start (`claimex check`: reading and compiling the
# rules, once per process whatever the threads) and the stage's cost per MB
# of input, both as callgrind instruction counts (exact, whatever the load
# of the machine; the stage only, by --toggle-collect) over a 1 MB slice,
# and as thread seconds from `claimex extract --profile` over MB megabytes
# (wall clock: on a shared machine, say so).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-20}
out=bench/out
mkdir -p "$out"
corpus=$out/corpus-${mb}mb.jsonl
slice=$out/corpus-1mb.jsonl
[ -f "$corpus" ] || python3 bench/gen_corpus.py --mb "$mb" --out "$corpus" >&2
[ -f "$slice" ] || python3 bench/gen_corpus.py --mb 1 --out "$slice" >&2
for n in 10 10000; do
  python3 bench/gen_rules.py --rules "$n" --out "$out/rules-$n.jsonl"
  cat >"$out/rules-$n.json" <<JSON
{"name": "rules-$n", "stages": [{"plugin": "normalize"}, {"plugin": "numerals"},
  {"plugin": "rules", "options": {"files": ["rules-$n.jsonl"], "layers": ["power", "sites"]}}]}
JSON
done
# The 10-rule file has only power rules; the sites layer stays empty.
for n in 10 10000; do
  start=$(/usr/bin/time -f '%e' build/bin/claimex check "$out/rules-$n.json" 2>&1 >/dev/null | tail -1)
  start_ir=$(valgrind --tool=callgrind --callgrind-out-file=$out/cg-start-$n.out \
    build/bin/claimex check "$out/rules-$n.json" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
  valgrind --tool=callgrind --callgrind-out-file=$out/cg-find-$n.out \
    --toggle-collect='claimex::rules::RuleSet::Find*' \
    build/bin/claimex extract --threads 1 --pipeline "$out/rules-$n.json" "$slice" >/dev/null 2>$out/cg-find-$n.log
  find_ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' $out/cg-find-$n.log)
  build/bin/claimex extract --threads 1 --profile --pipeline "$out/rules-$n.json" "$corpus" \
    2>$out/profile-rules-$n.txt >/dev/null
  seconds=$(awk '$1 == "rules" {print $2}' $out/profile-rules-$n.txt)
  slice_mb=$(python3 -c "import os; print(os.path.getsize('$slice') / 1e6)")
  python3 - "$n" "$start" "$start_ir" "$find_ir" "$slice_mb" "$seconds" "$mb" <<'PY'
import sys
n, start, start_ir, find_ir, slice_mb, seconds, mb = sys.argv[1:]
print(f"{int(n):>6} rules: start {float(start):.2f} s wall (loaded machine), {int(start_ir)/1e6:.0f} M instructions for all of check; "
      f"stage {int(find_ir)/float(slice_mb)/1e6:.0f} M instructions per MB (callgrind), "
      f"{float(seconds)/float(mb):.3f} s per MB (--profile, loaded machine)")
PY
done
