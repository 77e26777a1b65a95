#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL server for the tests (the CTest fixture postgres_server).
#   testserver.sh start STATE BINDIR   initdb + pg_ctl start in a new temporary folder, on a free
#                                      local port; writes "PORT DIR" to STATE.
#   testserver.sh stop STATE BINDIR    stops it and removes the folder.
# The server refuses to run as root: as root (CI), it runs as the `postgres` system user that
# Debian's package creates, in a folder that user owns. Trust authentication on 127.0.0.1
# only; fsync off (nothing in it is worth keeping).
set -eu
action=$1 state=$2 bindir=$3

as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    if [ -f "$state" ]; then
        # A run that was interrupted before its cleanup: stop that server first.
        "$0" stop "$state" "$bindir" || true
    fi
    dir=$(mktemp -d /tmp/beamline-pgtest.XXXXXX)
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    as_server "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # A free port: one from the process id, the next ones while the server cannot listen on it.
    port=$((20000 + $$ % 20000))
    tries=0
    until as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; do
        tries=$((tries + 1))
        if [ "$tries" -ge 20 ]; then
            cat "$dir/server.log" >&2
            exit 1
        fi
        port=$((port + 1))
    done
    echo "$port $dir" >"$state"
    echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
    ;;
stop)
    [ -f "$state" ] || exit 0
    read -r port dir <"$state"
    as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    case "$dir" in /tmp/beamline-pgtest.*) rm -rf "$dir" ;; esac
    rm -f "$state"
    echo "PostgreSQL test server stopped"
    ;;
*)
    echo "usage: $0 start|stop STATE BINDIR" >&2
    exit 2
    ;;
esac
