#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds workspace-v2.beamline, a workspace in schema 2 (migrations 0001 and 0002, as released
# at commit 429008f) that the migration tests upgrade. It must be written by that version:
#   git worktree add /tmp/beamline-v2 429008f && cmake -S /tmp/beamline-v2 -B /tmp/beamline-v2/build -G Ninja \
#     && cmake --build /tmp/beamline-v2/build --target beamline
#   tests/data/make-workspace-v2.sh /tmp/beamline-v2/build/app/beamline
# It holds: a GA Landing Pages report imported twice, the second time with two figures
# revised (so some web rows were replaced), a Matomo referrers report, X tweet activity,
# Meta's daily follows and Meltwater mentions.
set -eu
old=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
s="$here/samples"
sed -e 's#^/,"3,611"#/,"3,700"#' -e 's#^1/2/17,"357"#1/2/17,"360"#' \
    "$s/ga/Analytics All Web Site Data Landing Pages 20170101-20170131.csv" > "$tmp/ga-revised.csv"
"$old" import --db "$tmp/v2.beamline" --time-zone Europe/Zurich \
    "$s/ga/Analytics All Web Site Data Landing Pages 20170101-20170131.csv" "$tmp/ga-revised.csv" \
    "$s/matomo/Export _ Referrers _ 2017.csv" "$s/x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv" \
    "$s/meta/Jan-01-2026_Jan-31-2026_Facebook-follows.csv" "$s/listening/meltwater_examplelab_classic_2024-03.csv"
sqlite3 "$tmp/v2.beamline" "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;"
cp "$tmp/v2.beamline" "$here/workspace-v2.beamline"
