#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The sanitizer job: builds beamline_core and the tests of core (tests/core, and the fuzz
# regression corpus in tests/fuzz) with clang's AddressSanitizer and UndefinedBehaviorSanitizer
# into a build folder of its own, then runs those tests (CTest label "core"). Any report fails
# the run. scripts/test.sh calls it when CI=true; run it by hand before touching core's
# parsers. Usage: scripts/sanitize.sh [ctest args...]   (SANITIZE_BUILD_DIR, default
# build-sanitize; CC/CXX, default clang/clang++).
set -eu
cd "$(dirname "$0")/.."
dir=${SANITIZE_BUILD_DIR:-build-sanitize}
launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache"
if [ ! -f "$dir/build.ninja" ]; then
    # shellcheck disable=SC2086
    CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DBEAMLINE_SANITIZE=address,undefined -DBEAMLINE_WERROR=ON -DBEAMLINE_BUILD_BENCH=OFF $launcher >/dev/null
fi
# Only the tests of core: the widgets and the application are not built here.
cmake --build "$dir" --target beamline_core_tests --parallel "${SANITIZE_JOBS:-2}"
# A leak, an overflow or undefined behaviour ends the test with a failure and a stack.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$(pwd)/scripts/lsan.supp:print_suppressions=0}"
export QT_QPA_PLATFORM=offscreen
# tst_labset is left out unless SANITIZE_EXCLUDE is set empty: it takes 200 s under the sanitizers
# (2 cores), two thirds of its time-out, and its import paths run in tst_importformats too.
exclude=${SANITIZE_EXCLUDE-^tst_labset\$}
if [ -n "$exclude" ]; then
    set -- -E "$exclude" "$@"
fi
ctest --test-dir "$dir" -L '^core$' --output-on-failure --parallel "${SANITIZE_JOBS:-2}" "$@"
