#!/usr/bin/env bash
# Runs the cargo-fuzz targets for a fixed time each, seeded from the fixtures and the
# practice corpus. Needs a nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 600 s, every target)
# Crashes land in fuzz/artifacts/TARGET/; add each as a regression test. Seeds come from
# fixtures/ and the practice corpus (SEED_CORPUS, default ../shared/corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(decode_normalize analyze check_diff)
for target in "${targets[@]}"; do
    corpus="fuzz/corpus/$target"
    mkdir -p "$corpus"
    if [ "$target" = check_diff ]; then
        # Seeds: targets file, 0xFF, expression, 0xFF, OLD report, 0xFF, NEW report.
        sep=$'\xff'
        { cat docs/targets.example.toml; printf '%s' "$sep"; printf 'air.aqi_compliance_rate >= 95'
          printf '%s' "$sep"; cat fixtures/diff/yunchuan-2021.txt; printf '%s' "$sep"
          cat fixtures/diff/yunchuan-2022.txt; } > "$corpus/seed-yunchuan"
        { printf '%s' "$sep"; printf '罚没金额 > 3000万元'; printf '%s' "$sep"
          cat fixtures/zhuhai-2021.txt; printf '%s' "$sep"; cat fixtures/zhuhai-2021.txt; } > "$corpus/seed-zhuhai"
    else
        # Seeds: every report we have, byte-exact (encodings included).
        find fixtures "${SEED_CORPUS:-../shared/corpus}" -name '*.txt' -exec cp {} "$corpus/" \; 2>/dev/null || true
    fi
    max_len=32768
    [ "$target" = check_diff ] && max_len=65536  # two reports and a targets file
    echo "== $target: ${seconds}s"
    cargo +nightly fuzz run "$target" "$corpus" -- \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048
done
