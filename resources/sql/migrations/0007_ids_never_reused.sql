-- Beamline workspace schema, migration 7: an id is never handed out twice.
--
-- SQLite gives a new row the greatest id + 1. Once the row with the greatest id is removed
-- (an undone "Add post", a removed marker), the next new row takes its id, while the undo
-- history, and the links it puts back (imported posts to a planned post, posts to a series),
-- still mean the removed row by it. AUTOINCREMENT makes SQLite remember the greatest id ever
-- given (in sqlite_sequence) and go on after it. PostgreSQL's identity sequences never go
-- back, so its variant of this step does nothing.
--
-- The tables are those whose rows an undo puts back under their ids. Rebuilding them is not
-- possible here: foreign keys are enforced inside the migration's transaction, and dropping
-- an old table would cascade to the rows that refer to it. AUTOINCREMENT changes no stored
-- row, only how the next id is chosen, so the declarations are rewritten in place (SQLite's
-- procedure for schema changes that leave the stored content alone, "ALTER TABLE", section
-- "Making other kinds of table schema changes"); MigrationSteps then raises the schema
-- version so that every connection reads the new declarations, and checks the file.

-- sqlite_sequence exists once a table with AUTOINCREMENT was created.
CREATE TABLE beamline_autoincrement (id INTEGER PRIMARY KEY AUTOINCREMENT);
DROP TABLE beamline_autoincrement;

PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, 'INTEGER PRIMARY KEY,', 'INTEGER PRIMARY KEY AUTOINCREMENT,')
WHERE type = 'table'
  AND name IN ('channels', 'pillars', 'people', 'campaigns', 'partners', 'series', 'posts', 'event_markers', 'import_profiles')
  AND sql NOT LIKE '%AUTOINCREMENT%';

-- Go on after the greatest id there is now.
INSERT INTO sqlite_sequence (name, seq) SELECT 'channels', COALESCE(MAX(id), 0) FROM channels;
INSERT INTO sqlite_sequence (name, seq) SELECT 'pillars', COALESCE(MAX(id), 0) FROM pillars;
INSERT INTO sqlite_sequence (name, seq) SELECT 'people', COALESCE(MAX(id), 0) FROM people;
INSERT INTO sqlite_sequence (name, seq) SELECT 'campaigns', COALESCE(MAX(id), 0) FROM campaigns;
INSERT INTO sqlite_sequence (name, seq) SELECT 'partners', COALESCE(MAX(id), 0) FROM partners;
INSERT INTO sqlite_sequence (name, seq) SELECT 'series', COALESCE(MAX(id), 0) FROM series;
INSERT INTO sqlite_sequence (name, seq) SELECT 'posts', COALESCE(MAX(id), 0) FROM posts;
INSERT INTO sqlite_sequence (name, seq) SELECT 'event_markers', COALESCE(MAX(id), 0) FROM event_markers;
INSERT INTO sqlite_sequence (name, seq) SELECT 'import_profiles', COALESCE(MAX(id), 0) FROM import_profiles;
