#!/bin/sh
# Renders the HTML pages of `report summary --format html` (the seed) and
# `report compare --format html` (the Yunchuan fixtures) with headless Chromium, to
# docs/summary.png and docs/compare.png, and the summary's print layout to
# target/summary-print.pdf (not kept: look at it, e.g. `pdftoppm -png`). Needs Debian's
# `chromium` and `fonts-noto-cjk`.
set -eu
cd "$(dirname "$0")/.."
cargo build --release --quiet
out=$(mktemp -d)
target/release/report summary --format html > "$out/summary.html"
target/release/report compare --format html fixtures/diff/ > "$out/compare.html"
shoot() { # PAGE PNG HEIGHT
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size=1000,"$3" --screenshot="$2" "file://$out/$1" 2>/dev/null
}
shoot summary.html docs/summary.png 1700
shoot compare.html docs/compare.png 1500
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf=target/summary-print.pdf "file://$out/summary.html" 2>/dev/null
rm -r "$out"
ls -l docs/summary.png docs/compare.png target/summary-print.pdf
