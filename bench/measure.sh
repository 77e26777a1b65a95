#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Measure benchmark: generates a five-year workspace (six channels, 30,000 posts,
# 2,000,000 web rows, 200,000 mentions), then prints the time of `periodStats` (what
# `beamline stats` and the Overview compute) beside the same aggregates run as plain SQL
# in the sqlite3 shell — once as Beamline's own queries (daily web summary included) and
# once over the detailed rows only — and the times of the views. Needs a build in ./build.
#   bench/measure.sh [WORKSPACE]
set -eu
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"
db=${1:-$out/measure.beamline}
export QT_QPA_PLATFORM=offscreen
if [ ! -f "$db" ]; then
    rm -f "$db"-wal "$db"-shm
    build/bench/beamline-bench-measure generate "$db" 2>/dev/null
fi
build/bench/beamline-bench-measure run "$db" 2>/dev/null >"$out/measure.txt"

# The aggregates of one period as plain SQL: total of sqlite3's own timer, in ms (best of 3).
# mode 'detailed' reads every web row; 'summary' reads as Beamline does.
plain() {
    from=$1 to=$2 fu=$3 tu=$4 mode=$5
    if [ "$mode" = summary ]; then
        summary_sql "$@"
    else
        cat >"$out/plain.sql" <<SQL
.timer on
SELECT c.platform, COUNT(*), SUM(COALESCE(s.impressions, s.views)), SUM(s.likes), SUM(s.comments), SUM(s.shares),
  SUM(COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0)) FROM platform_posts p JOIN channels c ON c.id = p.channel_id
  LEFT JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1
  WHERE p.published_at >= '$fu' AND p.published_at < '$tu' AND p.is_story = 0 GROUP BY c.platform;
SELECT c.platform, SUM(COALESCE(s.views, s.impressions)) FROM platform_posts p JOIN channels c ON c.id = p.channel_id
  LEFT JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1
  WHERE p.published_at >= '$fu' AND p.published_at < '$tu' AND p.is_story = 1 GROUP BY c.platform;
SELECT c.platform, SUM(d.value) FROM daily_metrics d JOIN channels c ON c.id = d.channel_id
  WHERE d.metric = 'followers_gained' AND d.day >= '$from' AND d.day <= '$to' AND d.superseded_by IS NULL GROUP BY c.platform;
SELECT network, sentiment, COUNT(*) FROM mentions WHERE occurred_at >= '$fu' AND occurred_at < '$tu' AND superseded_by IS NULL GROUP BY network, sentiment;
SELECT SUM(sessions), SUM(users), SUM(bounce_rate * sessions) / SUM(sessions), SUM(avg_session_seconds * sessions) / SUM(sessions),
  SUM(exits) / SUM(pageviews) FROM web_traffic
  WHERE report = 'site' AND period_start >= '$from' AND period_end <= '$to' AND live <> 0;
SELECT dimension, SUM(sessions), SUM(users), SUM(bounce_rate * sessions), SUM(avg_session_seconds * sessions) FROM web_traffic
  WHERE report = 'source_medium' AND period_start >= '$from' AND period_end <= '$to' AND live <> 0 GROUP BY dimension;
SELECT p.id, COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0) AS i FROM platform_posts p
  JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1
  WHERE p.published_at >= '$fu' AND p.published_at < '$tu' AND p.is_story = 0 ORDER BY i DESC LIMIT 10;
SQL
    fi
    best=""
    for _ in 1 2 3; do
        t=$(sqlite3 "$db" <"$out/plain.sql" 2>&1 | grep "Run Time" | awk '{s += $4} END {printf "%.1f", s * 1000}')
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

# The same aggregates as Beamline runs them: per-channel sums before the join, the daily
# web summary (web_channel_days) for one-day rows and web_traffic only for longer rows, the
# daily mention counts (mention_days) for whole UTC days.
summary_sql() {
    # Mentions: whole UTC days from mention_days, the hours at either end from the mentions.
    first=$(date -u -d "${fu%%T*} +1 day" +%F)
    last=$(date -u -d "${tu%%T*} -1 day" +%F)
    cat >"$out/plain.sql" <<SQL
.timer on
SELECT c.platform, SUM(x.n), SUM(x.imp), SUM(x.likes), SUM(x.comments), SUM(x.shares), SUM(x.i) FROM (SELECT p.channel_id, COUNT(*) AS n,
  SUM(COALESCE(s.impressions, s.views)) AS imp, SUM(s.likes) AS likes, SUM(s.comments) AS comments, SUM(s.shares) AS shares,
  SUM(COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0)) AS i FROM platform_posts p
  LEFT JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1
  WHERE p.published_at >= '$fu' AND p.published_at < '$tu' AND p.is_story = 0 GROUP BY p.channel_id) x JOIN channels c ON c.id = x.channel_id GROUP BY c.platform;
SELECT c.platform, SUM(x.v) FROM (SELECT p.channel_id, SUM(COALESCE(s.views, s.impressions)) AS v FROM platform_posts p
  LEFT JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1
  WHERE p.published_at >= '$fu' AND p.published_at < '$tu' AND p.is_story = 1 GROUP BY p.channel_id) x JOIN channels c ON c.id = x.channel_id GROUP BY c.platform;
SELECT c.platform, SUM(d.value) FROM daily_metrics d JOIN channels c ON c.id = d.channel_id
  WHERE d.metric = 'followers_gained' AND d.day >= '$from' AND d.day <= '$to' AND d.superseded_by IS NULL GROUP BY c.platform;
SELECT network, sentiment, SUM(mentions) FROM mention_days WHERE day >= '$first' AND day <= '$last' GROUP BY network, sentiment;
SELECT network, sentiment, COUNT(*) FROM mentions WHERE occurred_at >= '$fu' AND occurred_at < '${first}T00:00:00Z' AND superseded_by IS NULL
  GROUP BY network, sentiment;
SELECT network, sentiment, COUNT(*) FROM mentions WHERE occurred_at >= '$(date -u -d "$last +1 day" +%F)T00:00:00Z' AND occurred_at < '$tu'
  AND superseded_by IS NULL GROUP BY network, sentiment;
SELECT SUM(sessions), SUM(users), SUM(bounce_rate * sessions) / SUM(sessions), SUM(avg_session_seconds * sessions) / SUM(sessions),
  SUM(exits) / SUM(pageviews) FROM web_traffic
  WHERE report = 'site' AND period_start >= '$from' AND period_start <= '$to' AND period_end <= '$to' AND live <> 0;
SELECT platform, SUM(sessions), SUM(users), SUM(bounce_weighted), SUM(duration_weighted) FROM web_channel_days
  WHERE report = 'source_medium' AND day >= '$from' AND day <= '$to' GROUP BY platform;
SELECT dimension, SUM(sessions), SUM(users), SUM(bounce_rate * sessions), SUM(avg_session_seconds * sessions) FROM web_traffic
  WHERE report = 'source_medium' AND period_start >= '$from' AND period_start <= '$to' AND period_end <= '$to' AND period_start < period_end
  AND live <> 0 GROUP BY dimension;
SELECT p.id, COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0) AS i FROM platform_posts p
  JOIN post_snapshots s ON s.platform_post_id = p.id AND s.is_current = 1
  WHERE p.published_at >= '$fu' AND p.published_at < '$tu' AND p.is_story = 0 ORDER BY i DESC LIMIT 10;
SQL
}

printf 'Machine: %s, %s cores; workspace %s MB\n\n' "$(uname -m)" "$(nproc)" "$(($(stat -c %s "$db") / 1048576))"
printf '%-10s %10s %16s %8s %18s\n' "range" "stats ms" "same SQL ms" "ratio" "detailed rows ms"
for spec in "28 days|2016-12-04|2016-12-31|2016-12-03T23:00:00Z|2016-12-31T23:00:00Z" \
            "90 days|2016-10-03|2016-12-31|2016-10-02T22:00:00Z|2016-12-31T23:00:00Z" \
            "1 year|2016-01-01|2016-12-31|2015-12-31T23:00:00Z|2016-12-31T23:00:00Z" \
            "5 years|2012-01-01|2016-12-31|2011-12-31T23:00:00Z|2016-12-31T23:00:00Z"; do
    name=$(echo "$spec" | cut -d'|' -f1)
    set -- $(echo "$spec" | cut -d'|' -f2- | tr '|' ' ')
    ours=$(grep "^stats $name " "$out/measure.txt" | awk '{print $NF}')
    ref=$(plain "$1" "$2" "$3" "$4" summary)
    detailed=$(plain "$1" "$2" "$3" "$4" detailed)
    printf '%-10s %10s %16s %8s %18s\n' "$name" "$ours" "$ref" "$(echo "scale=2; $ours / $ref" | bc)" "$detailed"
done
printf '\nViews (offscreen, ms):\n'
grep -v '^stats' "$out/measure.txt"
rm -f "$out/plain.sql"
