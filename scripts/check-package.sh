#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a Debian package made by scripts/package.sh: lintian finds no error, it holds every
# file a desktop application needs, and the unpacked copy runs (--version, an import).
# Usage: scripts/check-package.sh beamline_<version>_<arch>.deb
set -eu
[ $# -eq 1 ] || { echo "Usage: $0 PACKAGE.deb" >&2; exit 2; }
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.."

fail() { echo "check-package.sh: $*" >&2; exit 1; }

echo "== lintian"
lintian --fail-on error --display-info "$deb"

echo "== contents"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch/root"
for file in usr/bin/beamline \
            usr/share/applications/org.beamline.Beamline.desktop \
            usr/share/metainfo/org.beamline.Beamline.metainfo.xml \
            usr/share/mime/packages/org.beamline.Beamline.xml \
            usr/share/icons/hicolor/scalable/apps/org.beamline.Beamline.svg \
            usr/share/icons/hicolor/48x48/apps/org.beamline.Beamline.png \
            usr/share/icons/hicolor/256x256/apps/org.beamline.Beamline.png \
            usr/share/man/man1/beamline.1.gz \
            usr/share/doc/beamline/copyright \
            usr/share/doc/beamline/changelog.gz; do
    [ -s "$scratch/root/$file" ] || fail "$file is missing from the package"
done
desktop-file-validate "$scratch/root/usr/share/applications/org.beamline.Beamline.desktop"
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/org.beamline.Beamline.metainfo.xml"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6sql6-sqlite' || fail "the package does not depend on Qt's SQLite driver"

echo "== the unpacked beamline"
# Run as a user would, without a display, with a home of its own.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM LANGUAGE
beamline="$scratch/root/usr/bin/beamline"
version=$(dpkg-deb -f "$deb" Version)
out=$("$beamline" --version)
echo "$out"
[ "$out" = "beamline $version" ] || fail "beamline --version says “$out”, the package is $version"
sample=tests/data/samples/x/tweet_activity_metrics_examplelab_20170101_20170201_en.csv
out=$("$beamline" import --db "$scratch/lab.beamline" "$sample")
echo "$out"
case "$out" in
    *"x-tweet-activity, 20 added"*) ;;
    *) fail "the import of $sample did not add its 20 tweets" ;;
esac
"$beamline" info --db "$scratch/lab.beamline" --json | grep -q '"platform_posts": 20' || fail "the workspace does not hold the 20 tweets"
echo "The package passes."
