-- Beamline workspace schema, migration 3: every stored figure keyed by what it measures
-- (docs/metrics.md, "How imported rows become figures").
--
-- * Web traffic: each measure of a row is a fact of its own. `live` has bit i set when the row
--   holds measure i (the WebMetric order: sessions 1, users 2, new_users 4, bounce_rate 8,
--   avg_session_seconds 16, pageviews 32, unique_pageviews 64, avg_time_on_page_seconds 128,
--   entrances 256, exits 512, exit_rate 1024, engaged_sessions 2048, conversions 4096,
--   actions 8192); 0 when a newer export holds all of them. It replaces superseded_by, so that
--   a report that gives a day's pageviews and another that gives its sessions both stay.
-- * The site's own figures (a day's totals, or a report's totals row over its period) are the
--   report 'site', formerly 'timeseries'.
-- * Daily metrics carry the breakdown they belong to (YouTube views by geography...), empty for
--   the account's total, and the line they came from.
-- After these statements the program recomputes the key digests that changed and decides
-- again, by the exports' capture times rather than the order of the imports, which row
-- holds each fact.

CREATE TABLE web_traffic_v3 (
    id                       INTEGER PRIMARY KEY,
    source_id                INTEGER NOT NULL REFERENCES web_sources (id) ON DELETE CASCADE,
    report                   TEXT NOT NULL,
    period_start             TEXT NOT NULL,
    period_end               TEXT NOT NULL,
    dimension                TEXT NOT NULL DEFAULT '',
    dimension2               TEXT NOT NULL DEFAULT '',
    key_hash                 INTEGER NOT NULL,
    occurrence               INTEGER NOT NULL DEFAULT 1,
    sessions                 REAL,
    users                    REAL,
    new_users                REAL,
    bounce_rate              REAL,
    avg_session_seconds      REAL,
    pageviews                REAL,
    unique_pageviews         REAL,
    avg_time_on_page_seconds REAL,
    entrances                REAL,
    exits                    REAL,
    exit_rate                REAL,
    engaged_sessions         REAL,
    conversions              REAL,
    actions                  REAL,
    source_line              INTEGER,
    live                     INTEGER NOT NULL DEFAULT 0,
    batch_id                 INTEGER NOT NULL REFERENCES import_batches (id),
    CHECK (period_start <= period_end)
);

INSERT INTO web_traffic_v3 (id, source_id, report, period_start, period_end, dimension, dimension2, key_hash, occurrence,
    sessions, users, new_users, bounce_rate, avg_session_seconds, pageviews, unique_pageviews, avg_time_on_page_seconds,
    entrances, exits, exit_rate, engaged_sessions, conversions, actions, source_line, live, batch_id)
SELECT id, source_id, CASE WHEN report = 'timeseries' THEN 'site' ELSE report END, period_start, period_end, dimension,
    dimension2, key_hash, occurrence, sessions, users, new_users, bounce_rate, avg_session_seconds, pageviews,
    unique_pageviews, avg_time_on_page_seconds, entrances, exits, exit_rate, engaged_sessions, conversions, actions,
    source_line,
    CASE WHEN superseded_by IS NOT NULL THEN 0 ELSE
        (CASE WHEN sessions IS NULL THEN 0 ELSE 1 END) + (CASE WHEN users IS NULL THEN 0 ELSE 2 END)
        + (CASE WHEN new_users IS NULL THEN 0 ELSE 4 END) + (CASE WHEN bounce_rate IS NULL THEN 0 ELSE 8 END)
        + (CASE WHEN avg_session_seconds IS NULL THEN 0 ELSE 16 END) + (CASE WHEN pageviews IS NULL THEN 0 ELSE 32 END)
        + (CASE WHEN unique_pageviews IS NULL THEN 0 ELSE 64 END) + (CASE WHEN avg_time_on_page_seconds IS NULL THEN 0 ELSE 128 END)
        + (CASE WHEN entrances IS NULL THEN 0 ELSE 256 END) + (CASE WHEN exits IS NULL THEN 0 ELSE 512 END)
        + (CASE WHEN exit_rate IS NULL THEN 0 ELSE 1024 END) + (CASE WHEN engaged_sessions IS NULL THEN 0 ELSE 2048 END)
        + (CASE WHEN conversions IS NULL THEN 0 ELSE 4096 END) + (CASE WHEN actions IS NULL THEN 0 ELSE 8192 END)
    END,
    batch_id
FROM web_traffic;

DROP TABLE web_traffic;
ALTER TABLE web_traffic_v3 RENAME TO web_traffic;
CREATE UNIQUE INDEX web_traffic_key ON web_traffic (report, period_start, source_id, key_hash, occurrence, batch_id);
CREATE INDEX web_traffic_spans ON web_traffic (report, period_start, period_end) WHERE period_start < period_end;

ALTER TABLE daily_metrics ADD COLUMN breakdown TEXT NOT NULL DEFAULT '';
ALTER TABLE daily_metrics ADD COLUMN dimension TEXT NOT NULL DEFAULT '';
ALTER TABLE daily_metrics ADD COLUMN source_line INTEGER;

-- By-channel visitors are not additive over rows: the summary counts the rows that give them.
ALTER TABLE web_channel_days ADD COLUMN users_rows INTEGER;
