-- Beamline workspace schema, migration 6: people and approval. A person gets the login an
-- editor signs in with (a database role on a server, the system account on a file) and a
-- workspace role: editor, approver or viewer. A post records who created it, who changed it
-- last and who approved it, when. On a file the program fills them with the workspace's
-- "me" (everyone may approve); on a server the PostgreSQL variant of this step adds the
-- group roles and a trigger, so that the server itself decides.

ALTER TABLE people ADD COLUMN login TEXT;
CREATE UNIQUE INDEX people_login ON people (login);

-- The role gains 'viewer'. SQLite cannot change a CHECK constraint: a new column takes the
-- values, the old one goes, and the new one takes its name (the constraint follows it).
ALTER TABLE people ADD COLUMN workspace_role TEXT NOT NULL DEFAULT 'editor'
    CHECK (workspace_role IN ('editor', 'approver', 'viewer'));
UPDATE people SET workspace_role = role;
ALTER TABLE people DROP COLUMN role;
ALTER TABLE people RENAME COLUMN workspace_role TO role;

ALTER TABLE posts ADD COLUMN created_by INTEGER REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE posts ADD COLUMN changed_by INTEGER REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE posts ADD COLUMN approved_by INTEGER REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE posts ADD COLUMN approved_at TEXT;
