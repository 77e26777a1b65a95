-- SPDX-License-Identifier: GPL-3.0-or-later
-- Beamline workspace schema, version 1.
-- Conventions (kept portable to PostgreSQL where it costs nothing):
--   * instants are ISO 8601 UTC text 'YYYY-MM-DDTHH:MM:SSZ'; calendar days are 'YYYY-MM-DD';
--   * series keep local wall-clock text 'YYYY-MM-DDTHH:MM' plus an IANA zone;
--   * imported rows reference their import batch; rows replaced by a later import keep
--     living with superseded_by set, so an import can be undone exactly;
--   * versioned imported rows carry key_hash, a 64-bit FNV-1a digest of their natural key
--     computed by the program, so the unique index needs only the key's leading columns
--     and the digest. The program compares the real key columns too, so a digest
--     collision cannot merge rows.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE channels (
    id           INTEGER PRIMARY KEY,
    platform     TEXT NOT NULL CHECK (platform IN ('x', 'facebook', 'instagram', 'linkedin', 'youtube', 'other')),
    handle       TEXT NOT NULL,
    display_name TEXT NOT NULL,
    UNIQUE (platform, handle)
);

CREATE TABLE pillars (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    color        TEXT,
    target_share REAL CHECK (target_share IS NULL OR (target_share >= 0 AND target_share <= 1)),
    position     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE people (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    email TEXT
);

CREATE TABLE series (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL UNIQUE,
    description      TEXT,
    rrule            TEXT NOT NULL,
    dtstart          TEXT NOT NULL,
    time_zone        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 30,
    pillar_id        INTEGER REFERENCES pillars (id) ON DELETE SET NULL,
    owner_id         INTEGER REFERENCES people (id) ON DELETE SET NULL,
    template_text    TEXT,
    hashtags         TEXT,
    active           INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL
);

CREATE TABLE series_channels (
    series_id  INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    PRIMARY KEY (series_id, channel_id)
);

-- One row per occurrence that differs from the rule: skipped (EXDATE) or moved/edited.
CREATE TABLE series_exceptions (
    series_id  INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    occurrence TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('skip', 'move')),
    moved_to   TEXT,
    note       TEXT,
    PRIMARY KEY (series_id, occurrence)
);

CREATE TABLE campaigns (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    hashtag   TEXT,
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL,
    goal      TEXT,
    notes     TEXT,
    CHECK (starts_on <= ends_on)
);

CREATE TABLE partners (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    platform TEXT,
    handle   TEXT,
    kind     TEXT NOT NULL DEFAULT 'influencer' CHECK (kind IN ('influencer', 'lab', 'media', 'other')),
    notes    TEXT
);

CREATE TABLE campaign_partners (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    partner_id  INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, partner_id)
);

CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    body         TEXT,
    status       TEXT NOT NULL DEFAULT 'idea'
                 CHECK (status IN ('idea', 'draft', 'review', 'approved', 'scheduled', 'published', 'dropped')),
    pillar_id    INTEGER REFERENCES pillars (id) ON DELETE SET NULL,
    series_id    INTEGER REFERENCES series (id) ON DELETE SET NULL,
    occurrence   TEXT,
    campaign_id  INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    assignee_id  INTEGER REFERENCES people (id) ON DELETE SET NULL,
    scheduled_at TEXT,
    published_at TEXT,
    language     TEXT NOT NULL DEFAULT 'en',
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX posts_scheduled ON posts (scheduled_at);
CREATE INDEX posts_series_occurrence ON posts (series_id, occurrence);

CREATE TABLE post_channels (
    post_id      INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    channel_id   INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    text_variant TEXT,
    PRIMARY KEY (post_id, channel_id)
);

CREATE TABLE post_hashtags (
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,
    PRIMARY KEY (post_id, tag)
);

CREATE TABLE post_links (
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    url     TEXT NOT NULL,
    PRIMARY KEY (post_id, url)
);

CREATE TABLE import_batches (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL,
    file_path      TEXT,
    member         TEXT NOT NULL DEFAULT '',
    sha256         TEXT NOT NULL,
    format         TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    period_start   TEXT,
    period_end     TEXT,
    captured_at    TEXT,
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_added     INTEGER NOT NULL DEFAULT 0,
    rows_updated   INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rows_skipped   INTEGER NOT NULL DEFAULT 0,
    warnings       TEXT,
    metadata       TEXT,
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'undone')),
    undone_at      TEXT
);
CREATE INDEX import_batches_sha256 ON import_batches (sha256);

-- The original column names of a batch and the canonical role each was stored under.
CREATE TABLE import_columns (
    batch_id    INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    source_name TEXT NOT NULL,
    role        TEXT,
    PRIMARY KEY (batch_id, position)
);

-- A post as published on a platform (from an export), optionally linked to a planned post.
CREATE TABLE platform_posts (
    id                  INTEGER PRIMARY KEY,
    channel_id          INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    external_id         TEXT NOT NULL,
    permalink           TEXT,
    published_at        TEXT,
    text                TEXT,
    post_type           TEXT,
    is_story            INTEGER NOT NULL DEFAULT 0,
    post_id             INTEGER REFERENCES posts (id) ON DELETE SET NULL,
    match_method        TEXT,
    match_confirmed     INTEGER NOT NULL DEFAULT 0,
    series_id           INTEGER REFERENCES series (id) ON DELETE SET NULL,
    campaign_id         INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    first_batch_id      INTEGER NOT NULL REFERENCES import_batches (id),
    UNIQUE (channel_id, external_id)
);
CREATE INDEX platform_posts_published ON platform_posts (published_at);
CREATE INDEX platform_posts_post ON platform_posts (post_id);

-- Lifetime metrics of a post as one export saw them. The newest capture (by captured_at, then
-- batch) is the post's current value and carries is_current = 1.
CREATE TABLE post_snapshots (
    id               INTEGER PRIMARY KEY,
    platform_post_id INTEGER NOT NULL REFERENCES platform_posts (id) ON DELETE CASCADE,
    batch_id         INTEGER NOT NULL REFERENCES import_batches (id),
    captured_at      TEXT NOT NULL,
    is_current       INTEGER NOT NULL DEFAULT 0,
    source_line      INTEGER,
    impressions      REAL,
    reach            REAL,
    views            REAL,
    likes            REAL,
    comments         REAL,
    shares           REAL,
    saves            REAL,
    clicks           REAL,
    follows          REAL,
    video_views      REAL,
    watch_seconds    REAL,
    engagements      REAL,
    profile_visits   REAL,
    -- Imported values without a canonical column (detail expands, CTR...), as a JSON object.
    extras           TEXT,
    UNIQUE (platform_post_id, batch_id)
);
CREATE UNIQUE INDEX post_snapshots_current ON post_snapshots (platform_post_id) WHERE is_current = 1;
CREATE INDEX post_snapshots_batch ON post_snapshots (batch_id, platform_post_id);

-- Per-account daily values: followers gained/lost, profile visits, reach, story views...
CREATE TABLE daily_metrics (
    id            INTEGER PRIMARY KEY,
    channel_id    INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    metric        TEXT NOT NULL,
    day           TEXT NOT NULL,
    key_hash      INTEGER NOT NULL,
    occurrence    INTEGER NOT NULL DEFAULT 1,
    value         REAL NOT NULL,
    source_column TEXT,
    batch_id      INTEGER NOT NULL REFERENCES import_batches (id),
    superseded_by INTEGER REFERENCES import_batches (id)
);
-- One index finds a key's versions and serves queries by day; time-ordered imports
-- append to it instead of writing all over it.
CREATE UNIQUE INDEX daily_metrics_key ON daily_metrics (channel_id, metric, day, key_hash, occurrence, batch_id);

CREATE TABLE web_sources (
    id       INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    name     TEXT NOT NULL,
    UNIQUE (provider, name)
);

-- One row of a web-analytics report: a dimension value (source/medium, page, channel group, day...)
-- over a period. Rates are fractions and durations seconds; each is weighted by its base when combined.
CREATE TABLE web_traffic (
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
    batch_id                 INTEGER NOT NULL REFERENCES import_batches (id),
    superseded_by            INTEGER REFERENCES import_batches (id),
    CHECK (period_start <= period_end)
);
CREATE UNIQUE INDEX web_traffic_key ON web_traffic (report, period_start, source_id, key_hash, occurrence, batch_id);

CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    tool          TEXT NOT NULL,
    external_id   TEXT NOT NULL,
    key_hash      INTEGER NOT NULL,
    occurrence    INTEGER NOT NULL DEFAULT 1,
    occurred_at   TEXT NOT NULL,
    network       TEXT NOT NULL,
    source_name   TEXT,
    domain        TEXT,
    author        TEXT,
    author_handle TEXT,
    reach         REAL,
    engagement    REAL,
    sentiment     TEXT CHECK (sentiment IS NULL OR sentiment IN ('positive', 'neutral', 'negative')),
    url           TEXT,
    title         TEXT,
    text          TEXT,
    country       TEXT,
    language      TEXT,
    source_line   INTEGER,
    batch_id      INTEGER NOT NULL REFERENCES import_batches (id),
    superseded_by INTEGER REFERENCES import_batches (id)
);
CREATE UNIQUE INDEX mentions_key ON mentions (tool, key_hash, occurrence, batch_id);
CREATE INDEX mentions_time ON mentions (occurred_at);

-- Column mappings the user saved for files Beamline does not know, keyed by their header.
CREATE TABLE import_profiles (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    header_signature TEXT NOT NULL,
    definition       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX import_profiles_signature ON import_profiles (header_signature);

-- Which web traffic belongs to which social channel (source/medium patterns, first match wins).
CREATE TABLE attribution_rules (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    pattern  TEXT NOT NULL UNIQUE,
    platform TEXT NOT NULL CHECK (platform IN ('x', 'facebook', 'instagram', 'linkedin', 'youtube', 'other'))
);

INSERT INTO attribution_rules (position, pattern, platform) VALUES
    (10, 'instagram.com', 'instagram'),
    (11, 'l.instagram.com', 'instagram'),
    (12, 'instagram / *', 'instagram'),
    (20, 't.co', 'x'),
    (21, 'twitter.com', 'x'),
    (22, 'x.com', 'x'),
    (30, 'facebook.com', 'facebook'),
    (31, 'm.facebook.com', 'facebook'),
    (32, 'l.facebook.com', 'facebook'),
    (33, 'lm.facebook.com', 'facebook'),
    (40, 'linkedin.com', 'linkedin'),
    (41, 'lnkd.in', 'linkedin'),
    (50, 'youtube.com', 'youtube');

-- Dated notes drawn on time axes: a campaign start, a press release, a launch.
CREATE TABLE event_markers (
    id    INTEGER PRIMARY KEY,
    day   TEXT NOT NULL,
    label TEXT NOT NULL,
    kind  TEXT NOT NULL DEFAULT 'note'
);
CREATE INDEX event_markers_day ON event_markers (day);
