#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package beamline_<version>_<arch>.deb into OUTDIR with CPack, from the
# build in ./build (the one scripts/build.sh and scripts/test.sh make; it is brought up to
# date first). Prints the package's path last, on standard output; the rest goes to stderr.
# Usage: scripts/package.sh OUTDIR
set -eu
[ $# -eq 1 ] || { echo "Usage: $0 OUTDIR" >&2; exit 2; }
cd "$(dirname "$0")/.."
mkdir -p "$1"
outdir=$(cd "$1" && pwd)

scripts/install-deps.sh --package >&2
scripts/build.sh >&2
for generated in build/packaging/beamline.1.gz build/packaging/changelog.gz \
                 build/packaging/icons/48x48/org.beamline.Beamline.png build/packaging/icons/256x256/org.beamline.Beamline.png; do
    [ -f "$generated" ] || { echo "package.sh: $generated was not built (see the warning of cmake)" >&2; exit 1; }
done

# Files as root:root with the usual permissions whatever this checkout's umask.
umask 022
cpack --config build/CPackConfig.cmake -G DEB -B "$outdir" >&2
rm -rf "$outdir/_CPack_Packages"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' build/CPackConfig.cmake)
deb="$outdir/beamline_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "package.sh: cpack did not write $deb" >&2; exit 1; }
echo "$deb"
