#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The import and stats benchmarks on PostgreSQL beside SQLite: the same generated files, the
# same commands and queries, on a throwaway server that this script starts (the tests' own,
# tests/postgres/testserver.sh: a local cluster on 127.0.0.1, fsync off) and stops at the end.
# Needs a build in ./build (beamline, beamline-bench-makeexports, beamline-bench-measure) and
# the postgresql package (as root, the server runs as the postgres user).
#   bench/postgres.sh [GA4_ROWS] [X_POSTS] [MEASURE_WORKSPACE]
#     (defaults: 1000000, 200000 as bench/run.sh, and the five-year workspace of bench/measure.sh,
#     generated in bench/out/measure.beamline when missing)
# BENCH_PARTS="import stats" (the default) runs both parts; BEAMLINE_BUILD names another build folder.
# Waits up to five minutes for the machine's compilers to finish, and prints the load it ran with.
set -eu
cd "$(dirname "$0")/.."
ga4_rows=${1:-1000000}
x_posts=${2:-200000}
out=bench/out
mkdir -p "$out"
measure_db=${3:-$out/measure.beamline}
build=${BEAMLINE_BUILD:-build}
parts=${BENCH_PARTS:-import stats}
beamline=$build/app/beamline
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
state=$(pwd)/$out/postgres-server

waited=0
while pgrep -f cc1plus >/dev/null 2>&1 && [ "$waited" -lt 300 ]; do
    sleep 5
    waited=$((waited + 5))
done

sh tests/postgres/testserver.sh start "$state" "$bindir" >/dev/null
trap 'sh tests/postgres/testserver.sh stop "$state" "$bindir" >/dev/null' EXIT INT TERM
read -r port _ <"$state"
uri() { echo "postgresql://postgres@127.0.0.1:$port/$1"; }
newdb() {
    "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null 2>&1
}
# Seconds a command takes (best of one: imports change what they import into).
seconds() {
    /usr/bin/time -f "%e" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || {
        cat "$out/stderr.txt" >&2
        exit 1
    }
    cat "$out/time.txt"
}
# Best of three, in milliseconds.
best_ms() {
    best=""
    for _ in 1 2 3; do
        s=$(seconds "$@")
        ms=$(echo "$s * 1000 / 1" | bc)
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    echo "$best"
}
row() { printf '%-46s %12s %12s\n' "$1" "$2" "$3"; }

$build/bench/beamline-bench-makeexports --out "$out" --ga4-rows "$ga4_rows" --x-posts "$x_posts" >/dev/null
ga4="$out/ga4_source_medium_by_day.csv"
x="$out/tweet_activity_metrics_benchlab_20160101_20191101_en.csv"

printf 'Machine: %s, %s cores; PostgreSQL %s (local, fsync off); load average %s\n' "$(uname -m)" "$(nproc)" \
    "$("$bindir/postgres" --version | awk '{print $3}')" "$(cut -d' ' -f1-3 /proc/loadavg)"
if pgrep -f cc1plus >/dev/null 2>&1; then echo "(compilers were running during the measurement)"; fi
printf 'Files: %s (%s rows), %s (%s posts)\n\n' "$(basename "$ga4")" "$ga4_rows" "$(basename "$x")" "$x_posts"

import_part() {
    row "Import (seconds)" "SQLite" "PostgreSQL"
    for file in "$ga4" "$x"; do
        name=$(basename "$file" | cut -c1-20)
        rm -f "$out/bench.beamline" "$out/bench.beamline-wal" "$out/bench.beamline-shm"
        newdb bench_import
        lite=$(seconds "$beamline" import --db "$out/bench.beamline" "$file")
        server=$(seconds "$beamline" import --db "$(uri bench_import)" "$file")
        row "beamline import $name…" "$lite" "$server"
        lite=$(seconds "$beamline" import --db "$out/bench.beamline" "$file")
        server=$(seconds "$beamline" import --db "$(uri bench_import)" "$file")
        row "  same file again (nothing changes)" "$lite" "$server"
    done
}

# The statistics: the five-year workspace on both engines (copied to the server with
# `beamline workspace copy`, which verifies it), `periodStats` in the process (best of 3, ms)
# and the whole `beamline stats --json` command (best of 3, ms, start-up included).
stats_part() {
    if [ ! -f "$measure_db" ]; then
        rm -f "$measure_db"-wal "$measure_db"-shm
        QT_QPA_PLATFORM=offscreen $build/bench/beamline-bench-measure generate "$measure_db" >/dev/null 2>&1
    fi
    newdb bench_measure
    copy_s=$(seconds "$beamline" workspace copy --from "$measure_db" --to "$(uri bench_measure)")
    printf '\nStatistics: %s (%s MB), copied to the server in %s s\n' "$(basename "$measure_db")" \
        "$(($(stat -c %s "$measure_db") / 1048576))" "$copy_s"
    QT_QPA_PLATFORM=offscreen $build/bench/beamline-bench-measure run "$measure_db" 2>/dev/null | grep '^stats' >"$out/stats-sqlite.txt"
    QT_QPA_PLATFORM=offscreen $build/bench/beamline-bench-measure run "$(uri bench_measure)" 2>/dev/null | grep '^stats' >"$out/stats-postgres.txt"
    row "periodStats (ms)" "SQLite" "PostgreSQL"
    for name in "28 days" "90 days" "1 year" "5 years"; do
        row "  $name" "$(grep "^stats $name " "$out/stats-sqlite.txt" | awk '{print $NF}')" \
            "$(grep "^stats $name " "$out/stats-postgres.txt" | awk '{print $NF}')"
    done
    row "beamline stats --json (ms, whole command)" "SQLite" "PostgreSQL"
    for spec in "28 days|2016-12-04|2016-12-31" "90 days|2016-10-03|2016-12-31" "1 year|2016-01-01|2016-12-31" \
                "5 years|2012-01-01|2016-12-31"; do
        name=$(echo "$spec" | cut -d'|' -f1)
        from=$(echo "$spec" | cut -d'|' -f2)
        to=$(echo "$spec" | cut -d'|' -f3)
        row "  $name" "$(best_ms "$beamline" stats --db "$measure_db" --from "$from" --to "$to" --json)" \
            "$(best_ms "$beamline" stats --db "$(uri bench_measure)" --from "$from" --to "$to" --json)"
    done
    "$beamline" stats --db "$measure_db" --from 2012-01-01 --to 2016-12-31 --json >"$out/stats-sqlite.json"
    "$beamline" stats --db "$(uri bench_measure)" --from 2012-01-01 --to 2016-12-31 --json >"$out/stats-postgres.json"
    if cmp -s "$out/stats-sqlite.json" "$out/stats-postgres.json"; then
        echo "stats --json over the five years: the same text on both engines"
    else
        echo "stats --json over the five years: DIFFERENT on the two engines" >&2
        exit 1
    fi
}

case " $parts " in *" import "*) import_part ;; esac
case " $parts " in *" stats "*) stats_part ;; esac
rm -f "$out/time.txt" "$out/stderr.txt"
