#!/usr/bin/env bash
# Runs every fuzz target for a bounded time over its seeds and past crashers.
#
#   fuzz/run.sh BUILD_DIR [SECONDS]    (default 45 s a target)
#
# New interesting inputs go to BUILD_DIR/fuzz-corpus/ (not committed); a
# crash leaves its input in BUILD_DIR/fuzz-crashes/ and fails the run. Keep
# a fixed crasher in fuzz/regressions/TARGET/ so it is replayed every time.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1
seconds=${2:-45}
status=0
for target in numerals_fuzzer reader_fuzzer loaders_fuzzer extract_fuzzer; do
  work=$build/fuzz-corpus/$target
  mkdir -p "$work" "$build/fuzz-crashes"
  log=$build/fuzz-$target.log
  # intercept_tls_get_addr=0: as in build.sh test.
  if ASAN_OPTIONS=detect_leaks=1:intercept_tls_get_addr=0 "$build/bin/$target" -max_total_time="$seconds" -timeout=20 \
       -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$build/fuzz-crashes/$target-" \
       "$work" "fuzz/corpus/$target" "fuzz/regressions/$target" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    echo "fuzz $target: ${runs} runs, ${rate} exec/s, no findings"
  else
    echo "fuzz $target: FAILED, see $log and $build/fuzz-crashes/" >&2
    grep -E "ERROR|SUMMARY|deadly|Test unit written" "$log" | head -5 >&2 || true
    status=1
  fi
done
exit $status
