#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots from the demo workspace (light theme, plus one dark view).
# Runs headless on the offscreen platform; needs a build in ./build.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
build/app/beamline demo "$tmp/demo.beamline" >/dev/null
rm -f docs/screenshots/*.png
build/app/beamline --db "$tmp/demo.beamline" --theme light --screenshots docs/screenshots
# A chart exported for a slide, as `beamline chart` and Export Chart write it (1600×900).
build/app/beamline chart followers --db "$tmp/demo.beamline" --from 2016-11-14 --to 2017-01-12 \
    --compare-from 2016-09-15 --compare-to 2016-11-13 --size 1600x900 --out docs/screenshots/chart-export-1600x900.png >/dev/null
mkdir -p "$tmp/dark"
build/app/beamline --db "$tmp/demo.beamline" --theme dark --screenshots "$tmp/dark" >/dev/null
for view in plan-month measure-overview measure-instagram-web measure-present-figures; do
    cp "$tmp/dark/$view.png" "docs/screenshots/dark-$view.png"
done
# A new, empty workspace: the first-run checklist above the calendar, and the settings'
# empty states.
mkdir -p "$tmp/new"
build/app/beamline --db "$tmp/new/lab.beamline" --theme light --screenshots "$tmp/new" >/dev/null
cp "$tmp/new/plan-month.png" docs/screenshots/setup-checklist.png
cp "$tmp/new/settings-channels.png" docs/screenshots/setup-channels-empty.png
# The demo campaign's impact report (poppler-utils' pdftoppm): the cover, the summary and
# some of the views' pages.
build/app/beamline report --db "$tmp/demo.beamline" --campaign "#WhatsUpLHC" --compare-previous --lang en \
    --out "$tmp/report.pdf" >/dev/null
for page in 1 2 3 4 5 7; do
    pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$tmp/report.pdf" "docs/screenshots/report-$page"
done
ls docs/screenshots
