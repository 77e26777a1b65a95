#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# One command: install the dependencies, build, and run the whole test suite (headless).
# In CI (CI=true) the tests of core also run under AddressSanitizer and UndefinedBehaviorSanitizer
# (scripts/sanitize.sh, a clang build of core and its tests only), before the suite, so that
# the suite's summary still closes the log.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
sanitized=0
if [ "${CI:-}" = "true" ]; then
    scripts/sanitize.sh || sanitized=$?
fi
ctest --test-dir build --output-on-failure --parallel 2 "$@"
if [ "$sanitized" -ne 0 ]; then
    echo "The sanitizer job failed (scripts/sanitize.sh, its output above)." >&2
    exit "$sanitized"
fi
