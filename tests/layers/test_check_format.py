#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests scripts/check-format.py on temporary source trees: a formatted file passes, an
unformatted one fails unless allow-listed, and a stale allow-list entry fails.
Usage: test_check_format.py CHECKER"""

import os
import subprocess
import sys
import tempfile

CHECKER = sys.argv[1]
STYLE = "BasedOnStyle: WebKit\nColumnLimit: 100\n"
FORMATTED = "int f() { return 1; }\n"
UNFORMATTED = "int  f( ) {return   1;}\n"


def run(root, *extra):
    result = subprocess.run([sys.executable, CHECKER, "--root", root, *extra], capture_output=True, text=True)
    return result.returncode, result.stdout


def tree(files, allowlist=None):
    root = tempfile.mkdtemp()
    with open(os.path.join(root, ".clang-format"), "w") as f:
        f.write(STYLE)
    os.makedirs(os.path.join(root, "scripts"))
    for path, text in files.items():
        os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
        with open(os.path.join(root, path), "w") as f:
            f.write(text)
    if allowlist is not None:
        with open(os.path.join(root, "scripts", "format-allowlist.txt"), "w") as f:
            f.write("# comment\n" + "".join(p + "\n" for p in allowlist))
    return root


failures = 0


def expect(name, got, want_status, want_text=""):
    global failures
    status, out = got
    if status != want_status or want_text not in out:
        print(f"FAIL {name}: status {status} (want {want_status}), output:\n{out}")
        failures += 1
    else:
        print(f"PASS {name}")


expect("formatted file passes", run(tree({"core/a.cpp": FORMATTED})), 0)
expect("unformatted file fails", run(tree({"core/a.cpp": UNFORMATTED})), 1, "core/a.cpp: not formatted")
expect("allow-listed file passes", run(tree({"core/a.cpp": UNFORMATTED}, ["core/a.cpp"])), 0)
expect("formatted file still listed fails", run(tree({"core/a.cpp": FORMATTED}, ["core/a.cpp"])), 1, "is formatted now")
expect("missing file listed fails", run(tree({"core/a.cpp": FORMATTED}, ["core/gone.cpp"])), 1, "no longer exists")
expect("test data is not checked", run(tree({"tests/data/x.cpp": UNFORMATTED})), 0)
sys.exit(1 if failures else 0)
