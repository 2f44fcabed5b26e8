#!/usr/bin/env bash
# Installs claimex into a temporary prefix, builds examples/word_count and
# examples/power_stage against it with find_package(claimex), and runs them
# through the installed binary: the plugin author's path, end to end.
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
# The SDK ships what a plugin author reads: the layers header and the schemas.
test -f "$work/prefix/include/claimex/layers.h"
for schema in "$source_dir"/schemas/*.json; do
  cmp -s "$schema" "$work/prefix/share/claimex/schemas/$(basename "$schema")"
done
cmake -S "$source_dir/examples/word_count" -B "$work/plugin" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/plugin" >/dev/null

"$work/prefix/bin/claimex" plugins word_count --plugin-path "$work/plugin" | grep -q "word_count 1.0.0 (stage)"
cat >"$work/pipeline.json" <<'JSON'
{"stages": [{"plugin": "normalize"}, {"plugin": "word_count", "options": {"min_length": 10}}]}
JSON
out=$(echo '{"id":"a","text":"DeepSeek reportedly spent extraordinary sums."}' |
  "$work/prefix/bin/claimex" extract --plugin-path "$work/plugin" --pipeline "$work/pipeline.json" -)
echo "$out" | grep -q '"long_words":\[{"text":"reportedly","start":9,"end":19},{"text":"extraordinary"'
echo "out-of-tree plugin: ok"

# A stage whose values become claims: examples/power_stage, with a pipeline
# that extends the installed default.
cmake -S "$source_dir/examples/power_stage" -B "$work/power" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/power" >/dev/null
out=$(echo '{"id":"p","text":"Microsoft'"'"'s new 150 MW campus opens in May."}' |
  "$work/prefix/bin/claimex" extract --plugin-path "$work/power" \
    --pipeline "$source_dir/examples/power_stage/power_stage.json" -)
echo "$out" | grep -q '"power":\[{"text":"150 MW"'
echo "$out" | grep -q '"subject":{"id":"microsoft"'
echo "$out" | grep -q '"predicate":"power_capacity"'
echo "$out" | grep -q '"value":{"type":"quantity","amount":1.5e+08,"unit":"W"'
echo "out-of-tree stage with claims: ok"
