#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails on a C++ source that clang-format (the project's .clang-format) would change (issue 12).

Every .h/.cpp under app/, core/, ui/, tests/ and bench/ is checked with
`clang-format --dry-run --Werror`. Files that were not formatted when the check came are listed
in the allow-list (scripts/format-allowlist.txt, one path per line, from the source root); a file
missing from it must be formatted, and an entry that is formatted now, or gone, fails too: the
list can only shrink. Format a file you touch (`clang-format -i FILE`) and delete its line.

Usage: check-format.py [--root DIR] [--allowlist FILE] [--clang-format PROGRAM] [--write-allowlist]
Python 3 standard library only; exit status 0 when clean, 1 on a finding, 2 without clang-format.
"""

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys

FOLDERS = ("app", "core", "ui", "tests", "bench")
SUFFIXES = (".h", ".cpp")


def sources(root):
    found = []
    for folder in FOLDERS:
        for directory, subdirs, files in os.walk(os.path.join(root, folder)):
            subdirs[:] = sorted(d for d in subdirs if d != "data")
            for name in sorted(files):
                if name.endswith(SUFFIXES):
                    found.append(os.path.relpath(os.path.join(directory, name), root).replace(os.sep, "/"))
    return found


def is_formatted(program, root, path):
    result = subprocess.run([program, "--dry-run", "--Werror", "--style=file", path], cwd=root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return result.returncode == 0


def read_allowlist(path):
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root_default = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--root", default=root_default)
    parser.add_argument("--allowlist")
    parser.add_argument("--clang-format", dest="program")
    parser.add_argument("--write-allowlist", action="store_true",
                        help="rewrite the allow-list with the files that are not formatted now")
    args = parser.parse_args()
    allowlist_path = args.allowlist or os.path.join(args.root, "scripts", "format-allowlist.txt")
    program = args.program or shutil.which("clang-format-14")
    if not program:
        print("check-format: clang-format-14 is not installed (apt install clang-format-14); other versions format differently",
              file=sys.stderr)
        return 2

    files = sources(args.root)
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        formatted = list(pool.map(lambda f: is_formatted(program, args.root, f), files))
    unformatted = [f for f, ok in zip(files, formatted) if not ok]
    if args.write_allowlist:
        with open(allowlist_path, "w", encoding="utf-8") as out:
            out.write("# Sources not formatted with clang-format when scripts/check-format.py came (issue 12).\n"
                      "# The list can only shrink: format a file you touch (clang-format -i FILE), delete its line.\n")
            out.writelines(f + "\n" for f in unformatted)
        print(f"check-format: {len(unformatted)} of {len(files)} files listed in {allowlist_path}")
        return 0

    allowed = read_allowlist(allowlist_path)
    failures = 0
    for f in unformatted:
        if f not in allowed:
            print(f"{f}: not formatted; run clang-format -i {f}")
            failures += 1
    present = set(files)
    for f in sorted(allowed):
        if f not in present:
            print(f"{allowlist_path}: {f} no longer exists; delete its line")
            failures += 1
        elif f not in unformatted:
            print(f"{allowlist_path}: {f} is formatted now; delete its line")
            failures += 1
    print(f"check-format: {len(files)} files, {len(unformatted)} not yet formatted (allow-listed), {failures} finding(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
