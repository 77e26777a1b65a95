-- Beamline workspace schema, migration 8: the imported posts whose link to a planned post waits
-- for a person's review (the Data page lists them after every change). Without this index the
-- list read every imported post of the workspace (30,000 on five years: 40-100 ms each time).
-- Portable SQL: both engines.

CREATE INDEX platform_posts_unconfirmed ON platform_posts (published_at, id) WHERE match_confirmed = 0 AND post_id IS NOT NULL;
