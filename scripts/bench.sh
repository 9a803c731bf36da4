#!/usr/bin/env bash
# The throughput benchmark of issue 10, in one run:
#   1. builds a corpus of at least 100 MiB in a temporary directory from the fixtures and
#      the practice corpus (every copy with its decimal digits varied, so no two files
#      are the same; the GB18030 and Big5 files are varied in UTF-8, then re-encoded);
#   2. `wc -m` over the corpus (reads and decodes UTF-8): the yardstick;
#   3. `report export --format ndjson` over the corpus with 1 and 2 jobs: MB/s, the
#      ratio to `wc -m`, the 2-job speed-up and peak memory (/usr/bin/time -v);
#   4. per-stage library throughput (criterion: decode, normalize, segment+extract);
#   5. wall time of `report summary` on the embedded report (hyperfine if installed,
#      else 30 runs and the median);
#   6. with BASELINE=path/to/an/earlier/report: that binary against this one, run
#      alternately on the same corpus (three rounds, medians), so that a busy machine
#      slows both alike; the speed-ups are the figures to compare across runs.
# Usage: scripts/bench.sh [MIB]   (default 100; the corpus is deleted afterwards)
# REPORT_CORPUS names the practice corpus when it is not ../shared/corpus (a worktree).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mib="${1:-100}"
target="${CARGO_TARGET_DIR:-$root/target}"
bin="$target/release/report"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== building (release)"
cargo build --release --quiet

echo "== corpus: ${mib} MiB in $work"
sources=()
corpus="${REPORT_CORPUS:-../shared/corpus}"
for f in fixtures/*.txt "$corpus"/*.txt; do
    [ -f "$f" ] && sources+=("$f")
done
# One perl process writes every copy: copy k adds k to the first decimal digit of each
# decimal number. Files whose name says gb18030 or big5 are varied as UTF-8 text and
# re-encoded, so each stays valid in its encoding.
perl -CS -e '
    use strict; use Encode;
    my ($dir, $limit, @files) = @ARGV;
    my @texts;
    for my $f (@files) {
        open my $fh, "<:raw", $f or die "$f: $!";
        local $/; my $raw = <$fh>;
        my $enc = $f =~ /gb18030/ ? "cp936" : $f =~ /big5/ ? "big5-eten" : "UTF-8";
        push @texts, [decode($enc, $raw), $enc];
    }
    my ($total, $k) = (0, 0);
    while ($total < $limit) {
        my ($text, $enc) = @{$texts[$k % @texts]};
        my $shift = int($k / @texts) % 10;
        (my $varied = $text) =~ s/(?<=\.)([0-9])/($1 + $shift) % 10/ge;
        my $bytes = encode($enc, $varied);
        my $name = sprintf("%s/r%06d.txt", $dir, $k);
        open my $out, ">:raw", $name or die "$name: $!";
        print $out $bytes; close $out;
        $total += length $bytes; $k++;
    }
    printf "%d files, %d bytes\n", $k, $total;
' "$work" $((mib * 1024 * 1024)) "${sources[@]}"
bytes=$(cat "$work"/*.txt | wc -c)
mb=$(echo "scale=3; $bytes / 1000000" | bc)

# Seconds of wall time of a command (best of 2 runs), output discarded.
seconds() {
    local best=""
    for _ in 1 2; do
        local start end t
        start=$(date +%s.%N)
        "$@" > /dev/null
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}
rate() { echo "scale=1; $mb / $1" | bc; }

cat "$work"/*.txt > /dev/null # warm the page cache
echo "== wc -m (yardstick)"
wc_s=$(seconds env LC_ALL=C.UTF-8 wc -m "$work"/*.txt)
wc_rate=$(rate "$wc_s")
echo "wc -m: ${wc_s}s, ${wc_rate} MB/s"

echo "== report export --format ndjson"
j1_s=$(seconds "$bin" export --format ndjson -j 1 "$work")
j1_rate=$(rate "$j1_s")
j2_s=$(seconds "$bin" export --format ndjson -j 2 "$work")
j2_rate=$(rate "$j2_s")
echo "1 job:  ${j1_s}s, ${j1_rate} MB/s ($(echo "scale=3; $j1_rate / $wc_rate" | bc) of wc -m)"
echo "2 jobs: ${j2_s}s, ${j2_rate} MB/s ($(echo "scale=2; $j1_s / $j2_s" | bc)x 1 job)"
for jobs in 1 2; do
    peak=$( { /usr/bin/time -v "$bin" export --format ndjson -j "$jobs" "$work" > /dev/null; } 2>&1 |
        awk '/Maximum resident set size/ {print $6}')
    echo "peak memory, $jobs job(s): $((peak / 1024)) MiB"
done

echo "== per-stage library throughput (criterion, the seed report)"
cargo bench --quiet --bench pipeline -- --warm-up-time 1 --measurement-time 3 > /dev/null 2>&1
for stage in decode_utf8 decode_gb18030 normalize segment_extract analyze; do
    python3 - "$target/criterion/stage/$stage/new" "$stage" << 'PY'
import json, sys
path, stage = sys.argv[1], sys.argv[2]
ns = json.load(open(path + "/estimates.json"))["mean"]["point_estimate"]
per = json.load(open(path + "/benchmark.json"))["throughput"]["Bytes"]
print(f"{stage:16} {per / ns * 1000:10.1f} MB/s  ({ns / 1000:.0f} µs for {per} bytes)")
PY
done

echo "== report summary on the embedded report (whole process)"
if command -v hyperfine > /dev/null; then
    hyperfine --warmup 3 --runs 30 -N --export-json "$work/summary.json" "$bin summary" \
        > /dev/null 2>&1
    python3 - "$work/summary.json" << 'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"median {r['median'] * 1000:.1f} ms over {len(r['times'])} runs "
      f"(min {r['min'] * 1000:.1f}, max {r['max'] * 1000:.1f}; "
      f"user {r['user'] * 1000:.1f} ms, system {r['system'] * 1000:.1f} ms)")
PY
else
    for _ in $(seq 30); do
        start=$(date +%s%N)
        "$bin" summary > /dev/null
        echo $(( ($(date +%s%N) - start) / 1000 ))
    done | sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms over %d runs\n", a[int((NR+1)/2)]/1000, NR}'
fi

if [ -n "${BASELINE:-}" ]; then
    echo "== against the baseline $BASELINE (alternating, median of 3 rounds)"
    once() {
        local start end
        start=$(date +%s.%N)
        "$@" > /dev/null
        end=$(date +%s.%N)
        echo "$end - $start" | bc
    }
    median3() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
    for jobs in 1 2; do
        old=() new=()
        for _ in 1 2 3; do
            old+=("$(once "$BASELINE" export --format ndjson -j "$jobs" "$work")")
            new+=("$(once "$bin" export --format ndjson -j "$jobs" "$work")")
        done
        old_s=$(median3 "${old[@]}")
        new_s=$(median3 "${new[@]}")
        echo "export -j $jobs: baseline ${old_s}s, this ${new_s}s ($(echo "scale=2; $old_s / $new_s" | bc)x)"
    done
    if command -v hyperfine > /dev/null; then
        hyperfine --warmup 3 --runs 40 -N --export-json "$work/ab.json" \
            "$BASELINE summary" "$bin summary" > /dev/null 2>&1
        python3 - "$work/ab.json" << 'PY'
import json, sys
old, new = json.load(open(sys.argv[1]))["results"]
print(f"summary: baseline {old['mean'] * 1000:.1f} ms, this {new['mean'] * 1000:.1f} ms "
      f"({old['mean'] / new['mean']:.2f}x; means of {len(new['times'])} runs)")
PY
    fi
fi
