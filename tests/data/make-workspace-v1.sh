#!/bin/sh
# Rebuilds workspace-v1.beamline, a small workspace in the first released schema that the
# migration tests open. Run it only against resources/sql/migrations/0001_initial.sql as
# released; the file is committed so later schemas are tested against the real old one.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/workspace-v1.beamline"
rm -f "$out"
# key_hash: FNV-1a 64 over the UTF-16LE text of the key, each value followed by U+001F.
key_hash=$(python3 -c '
import sys
h = 0xcbf29ce484222325
for b in "1\x1ffollowers_gained\x1f2017-01-05\x1f".encode("utf-16-le"):
    h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
print(h - (1 << 64) if h >= 1 << 63 else h)')
sqlite3 "$out" <<SQL
.read $here/../../resources/sql/migrations/0001_initial.sql
PRAGMA application_id = 1111838028;
PRAGMA user_version = 1;
INSERT INTO settings VALUES ('name', 'Schema v1 fixture'), ('time_zone', 'Europe/Zurich');
INSERT INTO channels (platform, handle, display_name) VALUES ('x', 'examplelab', 'Example Physics Lab');
INSERT INTO pillars (name, color, target_share, position) VALUES ('Physics news', '#0072B2', 0.4, 0);
INSERT INTO series (uid, name, rrule, dtstart, time_zone, pillar_id, hashtags, created_at) VALUES ('tbt@beamline', '#ThrowbackThursday', 'FREQ=WEEKLY;BYDAY=TH', '2017-01-05T10:00', 'Europe/Zurich', 1, '#ThrowbackThursday', '2017-01-01T00:00:00Z');
INSERT INTO series_channels VALUES (1, 1);
INSERT INTO series_exceptions VALUES (1, '2017-01-12T10:00', 'skip', NULL, 'holiday');
INSERT INTO posts (title, status, series_id, occurrence, scheduled_at, created_at, updated_at) VALUES ('#ThrowbackThursday 1976', 'published', 1, '2017-01-05T10:00', '2017-01-05T09:00:00Z', '2017-01-01T00:00:00Z', '2017-01-05T09:00:00Z');
INSERT INTO posts (title, status, created_at, updated_at) VALUES ('An idea', 'idea', '2017-01-01T00:00:00Z', '2017-01-01T00:00:00Z');
INSERT INTO post_channels VALUES (1, 1, NULL);
INSERT INTO import_batches (file_name, sha256, format, imported_at, rows_read, rows_added) VALUES ('tweet_activity.csv', 'abc', 'x_tweet_activity', '2017-02-01T08:00:00Z', 1, 1);
INSERT INTO platform_posts (channel_id, external_id, published_at, text, post_id, series_id, first_batch_id) VALUES (1, '817000000000000000', '2017-01-05T09:00:00Z', '#ThrowbackThursday 1976', 1, 1, 1);
INSERT INTO post_snapshots (platform_post_id, batch_id, captured_at, is_current, impressions, likes, comments, shares) VALUES (1, 1, '2017-02-01T00:00:00Z', 1, 2100, 41, 3, 9);
INSERT INTO daily_metrics (channel_id, metric, day, key_hash, value, batch_id) VALUES (1, 'followers_gained', '2017-01-05', $key_hash, 12, 1);
SQL
echo "wrote $out"
