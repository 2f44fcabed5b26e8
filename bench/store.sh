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

# A private PostgreSQL server (SCALE.md), stopped by PID when the script
# ends, however it ends; none when the binaries are missing.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -n 1 || true)
[ -x "$pg_bin/initdb" ] || pg_bin=
if [ -n "$pg_bin" ]; then
  pg_root=$(mktemp -d /tmp/claimex-bench-pg-XXXXXX)
  chmod 755 "$pg_root"
  as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_root"
  pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$pg_bin/initdb" -D "$pg_root/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$pg_bin/pg_ctl" -D "$pg_root/data" -l "$pg_root/server.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pg_root" start >/dev/null
  stop_pg() {
    as_owner "$pg_bin/pg_ctl" -D "$pg_root/data" -m fast -w stop >/dev/null 2>&1 ||
      kill -9 "$(head -n 1 "$pg_root/data/postmaster.pid")" 2>/dev/null || true
    rm -rf "$pg_root"
  }
  trap stop_pg EXIT
  # A new, empty database: its URI.
  pg_database() {
    psql -q "postgresql://postgres@/postgres?host=$pg_root&port=$pg_port" -c "CREATE DATABASE $1" >/dev/null
    echo "postgresql://postgres@/$1?host=$pg_root&port=$pg_port"
  }
fi

: >"$out/table.txt"
echo "claims per MB of generated articles: $per_mb"
for claims in "${sizes[@]}"; do
  corpus=$out/corpus-$claims.jsonl
  if [ ! -f "$corpus" ]; then
    mb=$(python3 -c "print(max(0.05, $claims / $per_mb))")
    python3 bench/gen_corpus.py --mb "$mb" --out "$corpus" >&2
  fi
  for sink in sqlite ${pg_bin:+postgresql}; do
    if [ "$sink" = sqlite ]; then
      db=sqlite:$out/store-$claims.db empty=sqlite:$out/empty.db
      rm -f "$out/store-$claims.db"* "$out/empty.db"*
    else
      db=$(pg_database "store_$claims") empty=$(pg_database "empty_$claims")
    fi
    measure "$sink bulk load ~$claims claims" run --sink "$db" "$corpus"
    measure "$sink add 5 articles at ~$claims" run --sink "$db" "$out/five.jsonl"
    measure "$sink add nothing at ~$claims" run --sink "$db" "$out/five.jsonl"
    measure "$sink add 5 articles, empty store" run --sink "$empty" "$out/five.jsonl"
  done
done

# Four writers into one PostgreSQL database at once, each a quarter of the
# largest corpus (at most its first 100k claims): as independent runs, each
# clustering at its end; then as loaders that defer clustering, and one run
# with no input that clusters once (what claimex_dask.py --sink does).
if [ -n "$pg_bin" ]; then
  largest=$out/corpus-${sizes[-1]}.jsonl
  lines=$(wc -l <"$largest")
  take=$(python3 -c "print(min($lines, int($lines * 100000 / max(100000, ${sizes[-1]}))))")
  head -n "$take" "$largest" | split -n r/4 -d - "$out/writer-"
  for mode in each deferred; do
    db=$(pg_database "writers_$mode")
    flags=()
    [ "$mode" = deferred ] && flags=(--defer-clustering)
    started=$(date +%s.%N)
    pids=()
    for part in "$out"/writer-0?; do
      "$claimex" run --threads 1 "${flags[@]}" --sink "$db" "$part" >/dev/null 2>"$part.log" & pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid" || { echo "a writer failed" >&2; cat "$out"/writer-0?.log >&2; exit 1; }; done
    [ "$mode" = deferred ] && "$claimex" run --threads 1 --sink "$db" /dev/null >/dev/null
    elapsed=$(python3 -c "import time; print(time.time() - $started)")
    claims=$(psql -At "$db" -c "SELECT count(*) FROM claims")
    label="postgresql 4 writers, $claims claims"
    [ "$mode" = deferred ] && label="postgresql 4 deferring + 1 clustering"
    printf '%-40s %9.2f s %8d claims/s\n' "$label" "$elapsed" \
      "$(python3 -c "print(int($claims / $elapsed))")" >>"$out/table.txt"
  done
fi
echo
echo "table (label, wall time on a loaded machine, peak RSS):"
cat "$out/table.txt"
