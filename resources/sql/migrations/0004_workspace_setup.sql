-- Beamline workspace schema, migration 4: what Settings ▸ Workspace sets up.
-- Channels get a colour, an order and their own character limit (empty: the platform's),
-- and aliases: the other names an export may give the same account (a Facebook page's id
-- beside its handle), so that imports find the channel instead of creating a duplicate.
-- People get a role, and a post the approver who signs it off.

ALTER TABLE channels ADD COLUMN color TEXT;
ALTER TABLE channels ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE channels ADD COLUMN char_limit INTEGER CHECK (char_limit IS NULL OR char_limit > 0);

-- An account name (handle or id, lower case, without '@') that stands for a channel.
CREATE TABLE channel_aliases (
    platform   TEXT NOT NULL CHECK (platform IN ('x', 'facebook', 'instagram', 'linkedin', 'youtube', 'other')),
    alias      TEXT NOT NULL,
    channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    PRIMARY KEY (platform, alias)
);
CREATE INDEX channel_aliases_channel ON channel_aliases (channel_id);

ALTER TABLE people ADD COLUMN role TEXT NOT NULL DEFAULT 'editor' CHECK (role IN ('editor', 'approver'));

ALTER TABLE posts ADD COLUMN approver_id INTEGER REFERENCES people (id) ON DELETE SET NULL;
