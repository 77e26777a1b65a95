#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Beamline in ./build (warnings are errors when CI=true).
set -eu
cd "$(dirname "$0")/.."
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" -DBEAMLINE_WERROR="$werror"
cmake --build build --parallel
