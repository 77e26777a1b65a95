#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Beamline needs to build, run and test on Debian 12 or Ubuntu 24.04 (Qt 6.4).
# With --package, also what building and checking the Debian package needs (scripts/package.sh).
set -eu

packages="build-essential cmake ninja-build pkg-config git python3 sqlite3 libsqlite3-dev
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev libgl-dev qt6-svg-dev
  libical-dev libquazip1-qt6-dev libfreexl-dev
  xvfb xauth fonts-dejavu-core time bc poppler-utils
  help2man groff-base librsvg2-bin appstream desktop-file-utils shared-mime-info
  postgresql libqt6sql6-psql clang-format-14"
# The desktop files: help2man writes the man page (groff checks it), rsvg-convert renders the
# PNG icons, appstreamcli writes Debian's changelog and validates the AppStream file,
# desktop-file-validate the .desktop file, update-mime-database compiles the file type in tests;
# poppler-utils (pdftotext, pdfinfo, pdftoppm) reads the impact report back in tests and screenshots.
# clang-format-14: the check_format test (scripts/check-format.py); one version, as formats differ between them.
# CI also runs the sanitizer job (scripts/sanitize.sh): clang and its sanitizer runtimes.
if [ "${CI:-}" = "true" ]; then
    packages="$packages clang libclang-rt-dev"
fi
# PostgreSQL: Qt's driver for team workspaces, and the server whose initdb and pg_ctl the tests
# use for a throwaway cluster of their own (the tests run the core suites on both engines).
if [ "${1:-}" = "--package" ]; then
    # cpack's dpkg-shlibdeps (dpkg-dev) needs file; lintian checks the package.
    packages="$packages dpkg-dev file lintian"
fi

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
    echo "All build dependencies are installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "Installing:$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
