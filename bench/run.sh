#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Import benchmark: times `beamline import` on large generated exports, side by side
# with `sqlite3 DB ".import --csv FILE t"` of the same file (which parses no types and
# merges nothing), and reports peak resident memory. Needs a build in ./build.
#   bench/run.sh [GA4_ROWS] [X_POSTS]      (defaults: 1000000 and 200000)
set -eu
cd "$(dirname "$0")/.."
ga4_rows=${1:-1000000}
x_posts=${2:-200000}
out=bench/out
mkdir -p "$out"
build/bench/beamline-bench-makeexports --out "$out" --ga4-rows "$ga4_rows" --x-posts "$x_posts" >/dev/null
ga4="$out/ga4_source_medium_by_day.csv"
x="$out/tweet_activity_metrics_benchlab_20160101_20191101_en.csv"

# Prints "seconds peak-KiB" of a command.
measure() {
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null 2>&1
    cat "$out/time.txt"
}

row() { printf '%-44s %10s %12s\n' "$1" "$2" "$3"; }

printf 'Machine: %s, %s cores\n' "$(uname -m)" "$(nproc)"
printf 'Files: %s (%s rows, %s MB), %s (%s posts, %s MB)\n\n' "$(basename "$ga4")" "$ga4_rows" "$(($(stat -c %s "$ga4") / 1048576))" \
    "$(basename "$x")" "$x_posts" "$(($(stat -c %s "$x") / 1048576))"
row "" "seconds" "peak RSS MB"
for file in "$ga4" "$x"; do
    name=$(basename "$file" | cut -c1-20)
    rm -f "$out/bench.beamline" "$out/bench.beamline-wal" "$out/bench.beamline-shm" "$out/ref.db"
    set -- $(measure build/app/beamline import --db "$out/bench.beamline" "$file")
    beamline_s=$1
    row "beamline import $name…" "$1" "$(($2 / 1024))"
    set -- $(measure build/app/beamline import --db "$out/bench.beamline" "$file")
    row "  same file again (nothing changes)" "$1" "$(($2 / 1024))"
    skip=0
    [ "$file" = "$ga4" ] && skip=9
    set -- $(measure sqlite3 "$out/ref.db" ".import --csv --skip $skip $file t")
    row "sqlite3 .import (text, no index)" "$1" "$(($2 / 1024))"
    printf '  ratio beamline / sqlite3: %s\n\n' "$(echo "scale=1; $beamline_s / $1" | bc)"
done
rm -f "$out/time.txt"

# The window while the GA4 file imports (offscreen platform, no display needed).
rm -f "$out/bench.beamline"*
QT_QPA_PLATFORM=offscreen build/bench/beamline-bench-ui "$ga4" "$out/bench.beamline"
