-- SPDX-License-Identifier: GPL-3.0-or-later
-- PostgreSQL's variant of this step (Migrator): the same tables, columns and indexes as the
-- SQLite file of the same name, with 64-bit integers (BIGINT), identity columns for the ids,
-- DOUBLE PRECISION for SQLite's 8-byte REAL, and byte-order ("C") collation on text so that
-- text sorts and compares as on SQLite, whatever the server's locale.
-- Beamline workspace schema, migration 2: daily summaries that the Measure views read
-- instead of every source/medium row and every mention (docs/metrics.md), and indexes that
-- answer their post and mention sums without reading the rows.

-- Which channel the attribution rules give each source/medium or referrer ('' for none).
-- Recomputed whole when the rules change; new dimensions are added as imports bring them.
CREATE TABLE web_dimension_channels (
    dimension TEXT COLLATE "C" PRIMARY KEY,
    platform  TEXT COLLATE "C" NOT NULL
);

-- The current one-day web rows of the channel breakdowns (source_medium, referrer), summed
-- per day and attributed channel. The sums are those combined measures need: sessions and
-- users, bounce rate and session duration weighted by sessions, exits over pageviews.
-- Rebuilt for the days an import or an undo touches; settings 'web_channel_days' records
-- the rules and the rows it was built from, and the views fall back to web_traffic when
-- it does not match.
CREATE TABLE web_channel_days (
    report             TEXT COLLATE "C" NOT NULL,
    day                TEXT COLLATE "C" NOT NULL,
    platform           TEXT COLLATE "C" NOT NULL,
    sessions           DOUBLE PRECISION,
    users              DOUBLE PRECISION,
    bounce_weighted    DOUBLE PRECISION,
    bounce_base        DOUBLE PRECISION,
    duration_weighted  DOUBLE PRECISION,
    duration_base      DOUBLE PRECISION,
    exits              DOUBLE PRECISION,
    exits_base         DOUBLE PRECISION,
    exit_rate_weighted DOUBLE PRECISION,
    exit_rate_base     DOUBLE PRECISION,
    pageviews          DOUBLE PRECISION,
    PRIMARY KEY (report, day, platform)
);

-- Rows that cover more than one day (a report's whole period) are few; the views find them here.
CREATE INDEX web_traffic_spans ON web_traffic (report, period_start, period_end) WHERE period_start < period_end;

-- Mention counts by time, network and sentiment are read from the index alone; it starts
-- with occurred_at, so it also serves every search the former time index served.
CREATE INDEX mentions_counts ON mentions (occurred_at, network, sentiment, superseded_by);
DROP INDEX mentions_time;

-- Posts by time, kind and channel: the per-channel sums of a range walk this index and
-- look up only the current snapshots. It replaces the index on published_at alone.
CREATE INDEX platform_posts_range ON platform_posts (published_at, is_story, channel_id);
DROP INDEX platform_posts_published;

-- Current mentions counted per UTC day, network and sentiment ('' when the tool did not rate
-- it). A range reads its whole UTC days here and its partial first and last day from the
-- mentions. Rebuilt for the days an import or an undo touches; settings 'mention_days'
-- records the newest mention id it counted, and readers count the mentions themselves when
-- it does not match.
CREATE TABLE mention_days (
    day       TEXT COLLATE "C" NOT NULL,
    network   TEXT COLLATE "C" NOT NULL,
    sentiment TEXT COLLATE "C" NOT NULL,
    mentions  BIGINT NOT NULL,
    PRIMARY KEY (day, network, sentiment)
);
