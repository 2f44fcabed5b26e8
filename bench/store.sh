#!/usr/bin/env bash
# The claims store as a daily job sees it (issue 17):
#
#   bench/store.sh [CLAIMS...]      (default: 10000 100000 1000000; needs a
#                                    Release build in build/)
#
# For each size, generates (once) articles holding about that many claims,
# bulk-loads them into an empty SQLite store, then adds 5 new articles, and
# adds the same 5 to an empty store (the target: adding 5 at any size costs
# at most twice that). Prints wall time and peak RSS of each run. With
# PostgreSQL binaries installed, does the same into a private server and
# loads the largest corpus's first 100k-claim slice with 4 concurrent
# writers (claims/s). Wall times on a shared machine vary; read them as
# such.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)
claimex=${CLAIMEX:-build/bin/claimex}
[ -x "$claimex" ] || { echo "bench: $claimex is missing; build first (./build.sh run)" >&2; exit 2; }
out=bench/out/store
mkdir -p "$out"

# Claims per MB of generated articles, from a 1 MB sample.
[ -f "$out/sample.jsonl" ] || python3 bench/gen_corpus.py --mb 1 --seed 7 --out "$out/sample.jsonl" >&2
per_mb=$("$claimex" extract "$out/sample.jsonl" | python3 -c '
import json, sys
print(sum(len(json.loads(l).get("claims", [])) for l in sys.stdin))')
# Five articles no corpus holds (another seed, ids of their own).
python3 bench/gen_corpus.py --mb 0.02 --seed 99 --out "$out/five-all.jsonl" >/dev/null
python3 - "$out/five-all.jsonl" "$out/five.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")][:5]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i, r in enumerate(rows):
        r["id"] = f"new-{i}"
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY

# Runs claimex under /usr/bin/time; appends "label wall_s rss_mb" to the table.
measure() {
  local label=$1
  shift
  /usr/bin/time -f '%e %M' -o "$out/time.txt" "$claimex" "$@" >/dev/null 2>"$out/last.log" ||
    { cat "$out/last.log" >&2; exit 1; }
  read -r wall rss <"$out/time.txt"
  printf '%-40s %9.2f s %8.1f MB\n' "$label" "$wall" "$((rss / 1024))" >>"$out/table.txt"
  echo "$label: $wall s" >&2
}

: >"$out/table.txt"
echo "claims per MB of generated articles: $per_mb"
for claims in "${sizes[@]}"; do
  corpus=$out/corpus-$claims.jsonl
  if [ ! -f "$corpus" ]; then
    mb=$(python3 -c "print(max(0.05, $claims / $per_mb))")
    python3 bench/gen_corpus.py --mb "$mb" --out "$corpus" >&2
  fi
  for sink in sqlite; do
    db=$out/store-$claims.db
    rm -f "$db" "$db-wal" "$db-shm" "$out/empty.db" "$out/empty.db-wal" "$out/empty.db-shm"
    measure "$sink bulk load ~$claims claims" run --sink "sqlite:$db" "$corpus"
    measure "$sink add 5 articles at ~$claims" run --sink "sqlite:$db" "$out/five.jsonl"
    measure "$sink add nothing at ~$claims" run --sink "sqlite:$db" "$out/five.jsonl"
    measure "$sink add 5 articles, empty store" run --sink "sqlite:$out/empty.db" "$out/five.jsonl"
  done
done
echo
echo "table (label, wall time on a loaded machine, peak RSS):"
cat "$out/table.txt"
