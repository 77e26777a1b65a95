#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails on an include that crosses a layer the wrong way (issue 12).

Rules (the including file's folder, then what it may not include):
  core/         -> ui/                          core has no widgets
  core/import/  -> core/analytics/              the import hands rows to the writer
  core/db/      -> core/import/                 storage does not know the readers
  ui/           -> core/db/ (but databaseerror.h) widgets call services, not repositories

Both include styles are resolved: <core/db/x.h> from the source root, "x.h" from the
including file's folder first (as the compiler does), then from the root.

Violations that were there when the check came are listed in the allow-list file
(scripts/layers-allowlist.txt, one "file -> included" per line). A violation missing
from it fails, and so does an entry that no longer occurs: the list can only shrink.

Usage: check-layers.py [--root DIR] [--allowlist FILE]
Python 3 standard library only; exit status 0 when clean, 1 on a finding.
"""

import argparse
import os
import re
import sys

SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".cxx")
SCANNED_FOLDERS = ("core", "ui")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)
ALLOWED_UI_DB = {"core/db/databaseerror.h"}


def under(path, folder):
    return path == folder or path.startswith(folder + "/")


def forbidden(source, target):
    """The reason `source` may not include `target` (both root-relative), or None."""
    if under(source, "core") and under(target, "ui"):
        return "core includes ui"
    if under(source, "core/import") and under(target, "core/analytics"):
        return "core/import includes core/analytics"
    if under(source, "core/db") and under(target, "core/import"):
        return "core/db includes core/import"
    if under(source, "ui") and under(target, "core/db") and target not in ALLOWED_UI_DB:
        return "ui includes core/db"
    return None


def resolve(root, source, style, name):
    """The root-relative path an include names, or None for a system or Qt header."""
    if style == '"':
        local = os.path.normpath(os.path.join(os.path.dirname(source), name))
        if os.path.isfile(os.path.join(root, local)):
            return local.replace(os.sep, "/")
    rooted = os.path.normpath(name).replace(os.sep, "/")
    if rooted.split("/", 1)[0] in SCANNED_FOLDERS or os.path.isfile(os.path.join(root, rooted)):
        return rooted
    return None


def scan(root):
    """Every forbidden include under root, as a sorted list of (source, target, reason)."""
    found = set()
    for folder in SCANNED_FOLDERS:
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for file in files:
                if not file.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.join(directory, file)
                source = os.path.relpath(path, root).replace(os.sep, "/")
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                for style, name in INCLUDE.findall(text):
                    target = resolve(root, source, style, name.strip())
                    if target is None:
                        continue
                    reason = forbidden(source, target)
                    if reason:
                        found.add((source, target, reason))
    return sorted(found)


def read_allowlist(path):
    """The allowed (source, target) pairs; '#' starts a comment."""
    allowed = set()
    if not path or not os.path.exists(path):
        return allowed
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = [p.strip() for p in line.split("->")]
            if len(parts) != 2 or not all(parts):
                raise SystemExit(f"{path}:{number}: expected 'file -> included file'")
            allowed.add((parts[0], parts[1]))
    return allowed


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--root", default=os.path.dirname(here), help="the source tree (default: this script's parent)")
    parser.add_argument("--allowlist", default=None, help="the allow-list file (default: ROOT/scripts/layers-allowlist.txt)")
    args = parser.parse_args(argv)
    root = os.path.abspath(args.root)
    allowlist = args.allowlist if args.allowlist is not None else os.path.join(root, "scripts", "layers-allowlist.txt")

    violations = scan(root)
    allowed = read_allowlist(allowlist)
    present = {(s, t) for s, t, _ in violations}
    new = [(s, t, r) for s, t, r in violations if (s, t) not in allowed]
    stale = sorted(allowed - present)

    for source, target, reason in new:
        print(f"{source}: forbidden include of {target} ({reason})")
    for source, target in stale:
        print(f"{allowlist}: '{source} -> {target}' no longer occurs: remove it from the list")
    known = len(violations) - len(new)
    print(f"check-layers: {len(new)} new violation(s), {known} allowed, {len(stale)} stale allow-list entr(y/ies)")
    return 1 if new or stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
