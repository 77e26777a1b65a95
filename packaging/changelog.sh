#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the Debian changelog (gzipped, as the package installs it) from the release notes of
# the AppStream file, so that each version's notes are written once.
# Usage: changelog.sh METAINFO OUTPUT.gz "MAINTAINER <EMAIL>"
set -eu
metainfo=$1
output=$2
maintainer=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
LC_ALL=C.UTF-8
export LC_ALL
appstreamcli metainfo-to-news --format=text "$metainfo" "$work/NEWS"

# NEWS: "Version X" / "~~~" / "Released: DATE" / paragraphs and " * " items, wrapped at 100.
awk -v maintainer="$maintainer" '
function wrap(text, first,   n, words, i, line, out) {
    n = split(text, words, / +/)
    line = first
    out = ""
    for (i = 1; i <= n; i++) {
        if (words[i] == "") continue
        if (line != first && line != "    " && length(line) + 1 + length(words[i]) > 78) {
            out = out line "\n"
            line = "    "
        }
        line = (line == first || line == "    ") ? line words[i] : line " " words[i]
    }
    return out line
}
function flush() { if (entry != "") print wrap(entry, "  * "); entry = "" }
function close_release() {
    flush()
    if (version != "") {
        cmd = "date -u -R -d \"" date " 00:00:00\""
        cmd | getline stamp
        close(cmd)
        print ""
        print " -- " maintainer "  " stamp
        print ""
    }
}
/^Version / { close_release(); version = $2; date = ""; print "beamline (" version ") unstable; urgency=medium"; print ""; next }
/^~+$/ { next }
/^Released: / { date = $2; next }
/^$/ { flush(); next }
/^ \* / { flush(); entry = substr($0, 4); next }
/^   / { sub(/^ +/, ""); entry = entry " " $0; next }
{ if (entry == "") entry = $0; else entry = entry " " $0 }
END { close_release() }
' "$work/NEWS" > "$work/changelog"

grep -q '^beamline (' "$work/changelog" || { echo "changelog.sh: no release in $metainfo" >&2; exit 1; }
gzip -9nc "$work/changelog" > "$output"
