-- Beamline workspace schema, migration 5: row versions, for editors who work on one workspace
-- at the same time (a team workspace on PostgreSQL, or a file shared by turns). A post's
-- version goes up with every change; a save names the version it was edited from and is
-- refused when another editor's save came first. updated_by names who made the last change
-- (the database role on a server, the system user on a file). Portable SQL: both engines.

ALTER TABLE posts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE posts ADD COLUMN updated_by TEXT;
