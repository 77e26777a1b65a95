#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the man page beamline.1 from the program's own help, so that it follows the code:
# help2man turns `beamline --help` into the page, and each `beamline COMMAND --help` (and
# `beamline series SUBCOMMAND --help`) becomes an entry of its COMMANDS section.
# Usage: manpage.sh BEAMLINE OUTPUT SECTIONS   (SECTIONS: help2man include file, e.g. FILES)
# Writes OUTPUT and OUTPUT.gz (compressed as Debian installs man pages).
set -eu
beamline=$1
output=$2
sections=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# help2man shows the program as it is called: call it "beamline", in English, without a display.
ln -s "$(cd "$(dirname "$beamline")" && pwd)/$(basename "$beamline")" "$work/beamline"
PATH="$work:$PATH"
LC_ALL=C.UTF-8
LANG=C.UTF-8
QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR="$work"
XDG_CONFIG_HOME="$work/config"
XDG_DATA_HOME="$work/data"
export PATH LC_ALL LANG QT_QPA_PLATFORM XDG_RUNTIME_DIR XDG_CONFIG_HOME XDG_DATA_HOME
unset LANGUAGE DISPLAY WAYLAND_DISPLAY

# Qt's help text (Usage, description, Options:, Arguments:) as man(7) requests.
to_man() {
    awk '
    function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return s }
    function text(s) { s = esc(s); if (s ~ /^[.\047]/) s = "\\&" s; return s }
    function tagged(name,   i, head, rest) {
        i = index(name, " ")
        head = i ? substr(name, 1, i - 1) : name
        rest = i ? substr(name, i) : ""
        return (head ~ /^-/ ? "\\fB" : "\\fI") esc(head) "\\fR" (rest != "" ? "\\fI" esc(rest) "\\fR" : "")
    }
    function flush() {
        if (item != "") { print ".TP"; print item; print text(body) }
        item = ""; body = ""
    }
    NR == 1 { sub(/^Usage: /, ""); print ".SS \"" esc($0) "\""; state = "description"; next }
    state == "description" && /^$/ { state = ""; next }
    state == "description" { print text($0); next }
    /^Options:$/ { flush(); state = "options"; next }
    /^Arguments:$/ { flush(); state = "arguments"; next }
    /^  [^ ]/ {
        flush()
        entry = substr($0, 3)
        if (match(entry, /  +/)) { name = substr(entry, 1, RSTART - 1); body = substr(entry, RSTART + RLENGTH) }
        else { name = entry; body = "" }
        skip = (name == "-h, --help" || name == "--help-all" || (state == "arguments" && body == "The command."))
        if (skip) body = ""; else item = tagged(name)
        next
    }
    /^   +[^ ]/ { if (!skip) { sub(/^ +/, ""); body = body " " $0 } next }
    /^$/ { flush(); next }
    END { flush() }
    '
}

commands=$(beamline --help | awk '/^Headless commands/ { on = 1; next } on && /^  [a-z]/ { print $1; next } on { exit }')
[ -n "$commands" ] || { echo "manpage.sh: no headless command in beamline --help" >&2; exit 1; }
{
    printf '%s\n' '[COMMANDS]' \
        'Each command runs without a window and takes its own options;' \
        '\fBbeamline\fR \fICOMMAND\fR \fB\-\-help\fR prints them.'
    for command in $commands; do
        help=$(beamline "$command" --help)
        # A command with subcommands ("Usage: beamline series add|list", "beamline workspace copy") documents each.
        subcommands=$(printf '%s\n' "$help" | sed -n "1s/^Usage: beamline $command \\([a-z-][a-z-]*\\(|[a-z-]*\\)*\\).*/\\1/p" | tr '|' ' ')
        if [ -n "$subcommands" ]; then
            for subcommand in $subcommands; do
                beamline "$command" "$subcommand" --help | to_man
            done
        else
            printf '%s\n' "$help" | to_man
        fi
    done
    echo
    cat "$sections"
} > "$work/sections.h2m"

help2man --locale=C.UTF-8 --no-info --section=1 --name="plan and measure a science lab's social media" \
    --include="$work/sections.h2m" --output="$work/beamline.1" beamline
# Quotes inside a heading's quotes, and typographic characters, as roff names them (the page
# then reads the same in any locale).
sed -e '/^\.SS "/{s/"/\\(dq/g; s/^\.SS \\(dq/.SS "/; s/\\(dq$/"/;}' \
    -e 's/“/\\(lq/g; s/”/\\(rq/g; s/‘/\\(oq/g; s/’/\\(cq/g; s/–/\\(en/g; s/—/\\(em/g; s/…/.../g' \
    "$work/beamline.1" > "$output"
if LC_ALL=C grep -n '[^ -~]' "$output" >&2; then
    echo "manpage.sh: characters above need a roff name in the sed above" >&2
    exit 1
fi
gzip -9nc "$output" > "$output.gz"
