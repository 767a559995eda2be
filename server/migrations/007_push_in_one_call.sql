-- Schema 7: a whole push is one statement. Until schema 6 a push held its pooled connection for
-- four round trips (BEGIN, locks and read, write, COMMIT), and between each the server's event
-- loop — busy with fifty other desktops — had to come back to it before the next could go; under
-- load most of a push's time was other pushes waiting for those connections. Now the server sends
-- one statement and PostgreSQL runs it in its own implicit transaction: every change is applied,
-- recognised as a retry, or kept as a conflict, or nothing is (an error undoes the whole push).
--
-- The rules are the ones server/sync/push.ts held before (it now only calls this):
-- - a change whose id the change log or the conflicts already hold is answered as before
--   (a retry, or a change id repeated inside one push: one write, the same answer);
-- - the branch a change lands in is the record's own, else the one the change names, else the
--   officer's; naming another than the record's is refused, an officer writes only its branch,
--   an administrator writes no record, and the branch must exist;
-- - a change on another version than the record's current one is kept as a conflict (both copies),
--   never applied; otherwise the record takes the next version and the change log a new number.
-- Each refusal is raised with SQLSTATE 'GT' + the HTTP status and a stable code as its HINT
-- (shared/sync/serverErrors.ts); server/sync/push.ts turns it into the HTTP answer.
--
-- Statements in a plpgsql function each take a fresh snapshot (READ COMMITTED), so every read
-- below sees the pushes that committed while this one waited for its records' locks.
-- The branch a change lands in (the record's own, else the one the change names, else the
-- officer's), or the refusal saying why this caller may not write there.
CREATE FUNCTION sync_push_branch(p_role text, p_branch text, p_known text[], v_table text,
                                 v_record text, c_branch text, v_named text)
RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  v_branch text := coalesce(c_branch, v_named, p_branch);
BEGIN
  IF p_role = 'admin' THEN
    RAISE EXCEPTION USING ERRCODE = 'GT403', HINT = 'push_admin', MESSAGE =
      'an administrator manages users and packs; records are synced by officers and the E&S unit';
  END IF;
  IF v_branch IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'GT400', HINT = 'push_needs_branch', MESSAGE =
      format('%s %s: a new record from head office needs a branchId', v_table, v_record);
  END IF;
  IF v_named IS NOT NULL AND v_named <> v_branch THEN
    RAISE EXCEPTION USING ERRCODE = 'GT409', HINT = 'push_branch_mismatch', MESSAGE =
      format('%s %s belongs to branch %s, not %s', v_table, v_record, v_branch, v_named);
  END IF;
  IF p_role = 'officer' AND v_branch IS DISTINCT FROM p_branch THEN
    RAISE EXCEPTION USING ERRCODE = 'GT403', HINT = 'push_other_branch', MESSAGE =
      format('%s %s belongs to another branch', v_table, v_record);
  END IF;
  IF NOT v_branch = ANY (p_known) THEN
    RAISE EXCEPTION USING ERRCODE = 'GT400', HINT = 'push_unknown_branch', MESSAGE =
      format('there is no branch %s', v_branch);
  END IF;
  RETURN v_branch;
END;
$$;

CREATE FUNCTION sync_push(p_user bigint, p_device uuid, p_role text, p_branch text, p_changes jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  known text[];
  ids uuid[];
  r record;
  ch jsonb;
  answers jsonb := '[]'::jsonb;
  v_id uuid;
  v_table text;
  v_record text;
  v_op text;
  v_base integer;
  v_branch text;
  v_data jsonb;
  c_branch text;
  c_version integer;
  c_deleted boolean;
  c_data jsonb;
  c_found boolean;
  s_seq bigint;
  s_version integer;
  s_id bigint;
  -- The common push, every change new and each record once: its rows, written set-wise.
  a_status text[] := '{}';
  a_id uuid[] := '{}';
  a_table text[] := '{}';
  a_record text[] := '{}';
  a_branch text[] := '{}';
  a_version integer[] := '{}';
  a_op text[] := '{}';
  a_data jsonb[] := '{}';
  a_base integer[] := '{}';
  a_server_data jsonb[] := '{}';
  seqs jsonb;
  conflict_ids jsonb;
BEGIN
  PERFORM sync_lock_for_push(ARRAY(
    SELECT (x ->> 'table') || chr(1) || (x ->> 'recordId') FROM jsonb_array_elements(p_changes) x));
  known := ARRAY(SELECT id FROM branches);
  ids := ARRAY(SELECT (x ->> 'changeId')::uuid FROM jsonb_array_elements(p_changes) x);

  IF NOT EXISTS (SELECT 1 FROM change_log WHERE change_id = ANY (ids))
     AND NOT EXISTS (SELECT 1 FROM conflicts WHERE change_id = ANY (ids))
     AND (SELECT count(DISTINCT x ->> 'changeId') = count(*)
                 AND count(DISTINCT ARRAY[x ->> 'table', x ->> 'recordId']) = count(*)
            FROM jsonb_array_elements(p_changes) x)
  THEN
    FOR r IN
      SELECT x.c, rec.branch_id, coalesce(rec.version, 0) AS version, rec.deleted, rec.data,
             rec.record_id IS NOT NULL AS found
        FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS x(c, n)
        LEFT JOIN records rec ON rec.table_name = x.c ->> 'table' AND rec.record_id = x.c ->> 'recordId'
       ORDER BY x.n
    LOOP
      v_branch := sync_push_branch(p_role, p_branch, known, r.c ->> 'table', r.c ->> 'recordId',
                                   r.branch_id, r.c ->> 'branchId');
      a_status := a_status || CASE WHEN (r.c ->> 'baseVersion')::integer = r.version
                                   THEN 'applied' ELSE 'conflict' END;
      a_id := a_id || (r.c ->> 'changeId')::uuid;
      a_table := a_table || (r.c ->> 'table');
      a_record := a_record || (r.c ->> 'recordId');
      a_branch := a_branch || v_branch;
      a_version := a_version || r.version;
      a_op := a_op || (r.c ->> 'op');
      a_data := a_data || CASE WHEN r.c ->> 'op' = 'put' THEN r.c -> 'data' END;
      a_base := a_base || (r.c ->> 'baseVersion')::integer;
      a_server_data := a_server_data || CASE WHEN r.found AND NOT r.deleted THEN r.data END;
    END LOOP;

    WITH todo AS (
      SELECT * FROM unnest(a_status, a_id, a_table, a_record, a_branch, a_version, a_op, a_data)
                    WITH ORDINALITY AS t(st, id, tb, rid, br, v, op, d, n)
       WHERE st = 'applied' ORDER BY n
    ), log AS (
      INSERT INTO change_log (change_id, table_name, record_id, branch_id, version, op, data,
                              user_id, device_id)
      SELECT id, tb, rid, br, v + 1, op, d, p_user, p_device FROM todo ORDER BY n
      RETURNING seq, change_id, table_name, record_id, branch_id, version, op, data
    ), rec AS (
      INSERT INTO records (table_name, record_id, branch_id, version, deleted, data, last_seq)
      SELECT table_name, record_id, branch_id, version, op = 'delete', data, seq FROM log
      ON CONFLICT (table_name, record_id) DO UPDATE
         SET version = EXCLUDED.version, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
             last_seq = EXCLUDED.last_seq
    )
    SELECT coalesce(jsonb_object_agg(change_id::text, seq), '{}') INTO seqs FROM log;

    WITH kept AS (
      INSERT INTO conflicts (change_id, table_name, record_id, branch_id, base_version,
                             server_version, server_data, op, data, user_id, device_id)
      SELECT id, tb, rid, br, bv, v, sd, op, d, p_user, p_device
        FROM unnest(a_status, a_id, a_table, a_record, a_branch, a_base, a_version,
                    a_server_data, a_op, a_data) AS t(st, id, tb, rid, br, bv, v, sd, op, d)
       WHERE st = 'conflict'
      RETURNING id, change_id
    )
    SELECT coalesce(jsonb_object_agg(change_id::text, id), '{}') INTO conflict_ids FROM kept;

    SELECT coalesce(jsonb_agg(
             CASE WHEN t.st = 'applied'
                  THEN jsonb_build_object('changeId', x.c -> 'changeId', 'status', 'applied',
                                          'seq', seqs -> (t.id::text), 'version', t.v + 1)
                  ELSE jsonb_build_object('changeId', x.c -> 'changeId', 'status', 'conflict',
                                          'conflictId', conflict_ids -> (t.id::text))
             END ORDER BY t.n), '[]')
      INTO answers
      FROM unnest(a_status, a_id, a_version) WITH ORDINALITY AS t(st, id, v, n)
      JOIN jsonb_array_elements(p_changes) WITH ORDINALITY AS x(c, m) ON x.m = t.n;
    RETURN answers;
  END IF;

  -- Retries and records changed twice in one push: one change at a time, each seeing the last.
  FOR ch IN SELECT x FROM jsonb_array_elements(p_changes) x LOOP
    v_id := (ch ->> 'changeId')::uuid;
    v_table := ch ->> 'table';
    v_record := ch ->> 'recordId';
    v_op := ch ->> 'op';
    v_base := (ch ->> 'baseVersion')::integer;

    SELECT seq, version INTO s_seq, s_version FROM change_log WHERE change_id = v_id;
    IF FOUND THEN
      answers := answers || jsonb_build_array(jsonb_build_object(
        'changeId', ch -> 'changeId', 'status', 'duplicate', 'seq', s_seq, 'version', s_version));
      CONTINUE;
    END IF;
    SELECT id INTO s_id FROM conflicts WHERE change_id = v_id;
    IF FOUND THEN
      answers := answers || jsonb_build_array(jsonb_build_object(
        'changeId', ch -> 'changeId', 'status', 'conflict', 'conflictId', s_id));
      CONTINUE;
    END IF;

    SELECT branch_id, version, deleted, data INTO c_branch, c_version, c_deleted, c_data
      FROM records WHERE table_name = v_table AND record_id = v_record;
    c_found := FOUND;
    IF NOT c_found THEN
      c_branch := NULL;
      c_version := 0;
    END IF;
    v_branch := sync_push_branch(p_role, p_branch, known, v_table, v_record, c_branch,
                                 ch ->> 'branchId');

    v_data := CASE WHEN v_op = 'put' THEN ch -> 'data' END;
    IF v_base <> c_version THEN
      INSERT INTO conflicts (change_id, table_name, record_id, branch_id, base_version,
                             server_version, server_data, op, data, user_id, device_id)
      VALUES (v_id, v_table, v_record, v_branch, v_base, c_version,
              CASE WHEN c_found AND NOT c_deleted THEN c_data END, v_op, v_data, p_user, p_device)
      RETURNING id INTO s_id;
      answers := answers || jsonb_build_array(jsonb_build_object(
        'changeId', ch -> 'changeId', 'status', 'conflict', 'conflictId', s_id));
      CONTINUE;
    END IF;

    INSERT INTO change_log (change_id, table_name, record_id, branch_id, version, op, data,
                            user_id, device_id)
    VALUES (v_id, v_table, v_record, v_branch, c_version + 1, v_op, v_data, p_user, p_device)
    RETURNING seq INTO s_seq;
    INSERT INTO records (table_name, record_id, branch_id, version, deleted, data, last_seq)
    VALUES (v_table, v_record, v_branch, c_version + 1, v_op = 'delete', v_data, s_seq)
    ON CONFLICT (table_name, record_id) DO UPDATE
       SET version = EXCLUDED.version, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
           last_seq = EXCLUDED.last_seq;
    answers := answers || jsonb_build_array(jsonb_build_object(
      'changeId', ch -> 'changeId', 'status', 'applied', 'seq', s_seq, 'version', c_version + 1));
  END LOOP;
  RETURN answers;
END;
$$;

-- Schema 6's locks-and-read call served only the push this replaces.
DROP FUNCTION sync_lock_and_read(text[], uuid[], text[], text[]);
