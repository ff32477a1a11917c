#!/usr/bin/env bash
# Runs fuzz targets one after another with the settings docs/fuzzing.md describes, keeping
# each run's log in fuzz/logs/. Usage: fuzz/run.sh [target ...]   (default: all five)
#   FUZZ_SECONDS     how long each target runs (default 600)
#   FUZZ_TARGET_DIR  cargo's target folder for the instrumented build (default fuzz/target)
#   FUZZ_SANITIZER   address (default) or none (faster; also what works on stable)
#   FUZZ_ARGS        extra libFuzzer flags, e.g. "-max_len=65536 -dict=fuzz/dicts/markdown.dict"
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-600}
target_dir=${FUZZ_TARGET_DIR:-fuzz/target}
sanitizer=${FUZZ_SANITIZER:-address}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(front_matter clean_text clean_html enrich markdown)
fi

mkdir -p fuzz/logs
for t in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$t"
    log="fuzz/logs/$t-$(date -u +%Y%m%dT%H%M%SZ).log"
    echo "== $t for ${seconds}s, log: $log"
    status=0
    # -jobs=1: one fuzzing process (the machine is shared); its output goes to fuzz-0.log.
    # -timeout=10: an input that takes over 10 s is a finding, like a crash.
    # shellcheck disable=SC2086
    cargo +nightly fuzz run --sanitizer "$sanitizer" --target-dir "$target_dir" "$t" \
        "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
        -jobs=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 ${FUZZ_ARGS:-} || status=$?
    if [ -f fuzz-0.log ]; then
        mv fuzz-0.log "$log"
    fi
    grep -E '^#[0-9]+\s+DONE|^stat::|^SUMMARY|panicked at' "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "== $t found something (exit $status): see $log and fuzz/artifacts/$t/"
    fi
done
