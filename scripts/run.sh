#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# One command: install the dependencies, build, and start Beamline on its default workspace
# (the demo workspace on the very first start). Extra arguments go to beamline.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/beamline "$@"
