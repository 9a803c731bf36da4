#!/usr/bin/env bash
# Runs the cargo-fuzz targets for a fixed time each, seeded from the fixtures and the
# practice corpus. Needs a nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 600 s, both targets)
# Crashes land in fuzz/artifacts/TARGET/; add each as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(decode_normalize analyze)
for target in "${targets[@]}"; do
    corpus="fuzz/corpus/$target"
    mkdir -p "$corpus"
    # Seeds: every report we have, byte-exact (encodings included).
    find fixtures ../shared/corpus -name '*.txt' -exec cp {} "$corpus/" \; 2>/dev/null || true
    echo "== $target: ${seconds}s"
    cargo +nightly fuzz run "$target" "$corpus" -- \
        -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=2048
done
