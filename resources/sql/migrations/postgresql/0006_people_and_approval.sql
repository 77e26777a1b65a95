-- Beamline workspace schema, migration 6 on PostgreSQL: people and approval, decided by the
-- server. People get a login (the database role they sign in as) and a workspace role;
-- posts record who created, changed and approved them (see the SQLite step).
--
-- Three group roles, shared by every workspace of the server:
--   beamline_viewers    SELECT only
--   beamline_editors    read and write
--   beamline_approvers  member of beamline_editors; may approve posts
-- This step creates them when the connecting role may create roles (CREATEROLE or a
-- superuser) and grants them the rights on the workspace's tables; otherwise it goes on
-- without them and IT creates them later (docs/team-workspace.md). Without a
-- beamline_approvers role only a superuser may approve.
--
-- A trigger on posts fills created_by and changed_by with the person whose login is
-- current_user, and refuses an approval (the status becoming 'approved', or approved_by
-- being set) unless current_user is a member of beamline_approvers.

ALTER TABLE people ADD COLUMN login TEXT COLLATE "C";
CREATE UNIQUE INDEX people_login ON people (login);
ALTER TABLE people DROP CONSTRAINT people_role_check;
ALTER TABLE people ADD CONSTRAINT people_role_check CHECK (role IN ('editor', 'approver', 'viewer'));

ALTER TABLE posts ADD COLUMN created_by BIGINT REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE posts ADD COLUMN changed_by BIGINT REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE posts ADD COLUMN approved_by BIGINT REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE posts ADD COLUMN approved_at TEXT COLLATE "C";

-- The person the connected role signs in as (NULL when no person has its login).
CREATE FUNCTION beamline_current_person() RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT id FROM people WHERE login = current_user
$$;

-- A missing beamline_approvers role is tolerated: then nobody but a superuser may approve.
CREATE FUNCTION beamline_may_approve() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = 'beamline_approvers'), false)
        OR COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
$$;

CREATE FUNCTION beamline_posts_people() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me BIGINT;
    approving BOOLEAN;
BEGIN
    -- A person's removal clearing their ids (ON DELETE SET NULL) is not an edit.
    IF pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    me := beamline_current_person();
    IF TG_OP = 'INSERT' THEN
        -- A post put back (an undo, a copy) keeps its author.
        NEW.created_by := COALESCE(NEW.created_by, me);
        approving := NEW.status = 'approved' OR NEW.approved_by IS NOT NULL;
    ELSE
        approving := (NEW.status = 'approved' AND OLD.status <> 'approved')
            OR (NEW.approved_by IS NOT NULL AND NEW.approved_by IS DISTINCT FROM OLD.approved_by);
    END IF;
    NEW.changed_by := me;
    IF approving THEN
        IF NOT beamline_may_approve() THEN
            RAISE EXCEPTION 'only approvers may approve posts: the role % is not a member of beamline_approvers', current_user
                USING ERRCODE = 'insufficient_privilege',
                      HINT = 'A member of beamline_approvers approves it, or IT grants the role: GRANT beamline_approvers TO ' || current_user;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.status = 'approved' AND OLD.status <> 'approved' THEN
            NEW.approved_by := COALESCE(me, NEW.approved_by);
            IF NEW.approved_at IS NOT DISTINCT FROM OLD.approved_at THEN
                NEW.approved_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER posts_people BEFORE INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION beamline_posts_people();

-- The group roles and their rights on this workspace's tables (see above). Several new
-- workspaces may be created at the same moment on one server: a role another one just
-- created is fine.
DO $$
DECLARE
    may_create BOOLEAN := COALESCE((SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user), false);
    group_role TEXT;
BEGIN
    FOREACH group_role IN ARRAY ARRAY['beamline_viewers', 'beamline_editors', 'beamline_approvers'] LOOP
        IF may_create AND NOT EXISTS (SELECT FROM pg_roles WHERE rolname = group_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'beamline_viewers') THEN
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO beamline_viewers', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO beamline_viewers', current_schema());
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'beamline_editors') THEN
        EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO beamline_editors', current_schema());
        EXECUTE format('GRANT ALL ON ALL SEQUENCES IN SCHEMA %I TO beamline_editors', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT ALL ON TABLES TO beamline_editors', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT ALL ON SEQUENCES TO beamline_editors', current_schema());
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'beamline_approvers')
           AND NOT pg_has_role('beamline_approvers', 'beamline_editors', 'MEMBER') THEN
            BEGIN
                GRANT beamline_editors TO beamline_approvers;
            EXCEPTION WHEN OTHERS THEN
                RAISE NOTICE 'beamline_approvers could not be made a member of beamline_editors: %', SQLERRM;
            END;
        END IF;
    END IF;
END
$$;
