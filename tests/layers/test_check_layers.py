#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of scripts/check-layers.py: temporary trees with and without forbidden includes.

Usage: test_check_layers.py PATH/TO/check-layers.py   (CTest passes it)
"""

import os
import subprocess
import sys
import tempfile
import unittest

CHECKER = None


class CheckLayersTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        self.allowlist = os.path.join(self.root, "allow.txt")
        # A clean tree: every allowed direction once.
        self.write("core/db/databaseerror.h", "#pragma once\n")
        self.write("core/db/postrepository.h", '#pragma once\n#include "databaseerror.h"\n#include <core/domain/post.h>\n')
        self.write("core/domain/post.h", "#pragma once\n#include <QString>\n")
        self.write("core/import/importer.cpp", "#include <core/db/postrepository.h>\n#include <QFile>\n")
        self.write("core/analytics/summary.cpp", "#include <core/import/importer.h>\n")
        self.write("ui/pages/page.cpp", "#include <core/db/databaseerror.h>\n#include <core/domain/post.h>\n#include <QWidget>\n")
        self.write("app/main.cpp", "#include <core/db/postrepository.h>\n#include <ui/pages/page.h>\n")

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, path, text):
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)

    def run_checker(self, allowlist_text=""):
        with open(self.allowlist, "w", encoding="utf-8") as f:
            f.write(allowlist_text)
        result = subprocess.run([sys.executable, CHECKER, "--root", self.root, "--allowlist", self.allowlist],
                                capture_output=True, text=True)
        return result.returncode, result.stdout

    def test_clean_tree_passes(self):
        code, out = self.run_checker()
        self.assertEqual(code, 0, out)
        self.assertIn("0 new violation(s), 0 allowed", out)

    def test_each_forbidden_direction_fails(self):
        cases = [
            ("core/models/model.cpp", "#include <ui/widgets/messagebar.h>\n", "core/models/model.cpp", "ui/widgets/messagebar.h"),
            ("core/import/importer.h", "#include <core/analytics/summary.h>\n", "core/import/importer.h", "core/analytics/summary.h"),
            ("core/db/profiles.cpp", "#  include <core/import/profile.h>\n", "core/db/profiles.cpp", "core/import/profile.h"),
            ("ui/pages/page.h", "#include <core/db/postrepository.h>\n", "ui/pages/page.h", "core/db/postrepository.h"),
        ]
        for path, text, source, target in cases:
            with self.subTest(path=path):
                self.write(path, text)
                code, out = self.run_checker()
                self.assertEqual(code, 1, out)
                self.assertIn(f"{source}: forbidden include of {target}", out)
                os.remove(os.path.join(self.root, path))

    def test_quoted_include_resolved_from_the_including_folder(self):
        # "summary.h" next to the file is core/import's own; "../analytics/summary.h" is not.
        self.write("core/import/summary.h", "#pragma once\n")
        self.write("core/import/reader.cpp", '#include "summary.h"\n')
        code, out = self.run_checker()
        self.assertEqual(code, 0, out)
        self.write("core/import/reader.cpp", '#include "../analytics/summary.h"\n')
        self.write("core/analytics/summary.h", "#pragma once\n")
        code, out = self.run_checker()
        self.assertEqual(code, 1, out)
        self.assertIn("core/import/reader.cpp: forbidden include of core/analytics/summary.h", out)

    def test_allowlisted_violation_passes_and_a_new_one_fails(self):
        self.write("ui/pages/page.h", "#include <core/db/postrepository.h>\n")
        allow = "# known\nui/pages/page.h -> core/db/postrepository.h  # to a service\n"
        code, out = self.run_checker(allow)
        self.assertEqual(code, 0, out)
        self.assertIn("0 new violation(s), 1 allowed", out)
        self.write("ui/pages/other.cpp", '#include "core/db/postrepository.h"\n')
        code, out = self.run_checker(allow)
        self.assertEqual(code, 1, out)
        self.assertIn("ui/pages/other.cpp: forbidden include of core/db/postrepository.h", out)
        self.assertNotIn("ui/pages/page.h: forbidden", out)

    def test_stale_allowlist_entry_fails(self):
        code, out = self.run_checker("ui/pages/page.cpp -> core/db/postrepository.h\n")
        self.assertEqual(code, 1, out)
        self.assertIn("no longer occurs", out)

    def test_malformed_allowlist_fails(self):
        code, out = self.run_checker("ui/pages/page.cpp core/db/postrepository.h\n")
        self.assertNotEqual(code, 0, out)


if __name__ == "__main__":
    CHECKER = os.path.abspath(sys.argv.pop(1))
    unittest.main()
