#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# One command: install the dependencies, build, and run the whole test suite (headless).
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel 2 "$@"
