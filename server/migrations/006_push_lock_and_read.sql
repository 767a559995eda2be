-- Schema 6: a push takes its locks and reads what it touches in one call (one round trip fewer
-- while it holds a pooled connection). In READ COMMITTED each statement of a plpgsql function
-- takes a fresh snapshot, so the read still sees every push that committed while this one waited
-- for its records' locks (the reason the read followed the locks as a separate statement).
CREATE FUNCTION sync_lock_and_read(keys text[], ids uuid[], tables text[], record_ids text[])
RETURNS TABLE (seen json, conflicted json, records json, branches json)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sync_lock_for_push(keys);
  RETURN QUERY SELECT
    (SELECT json_agg(json_build_object('change_id', l.change_id, 'seq', l.seq, 'version', l.version))
       FROM change_log l WHERE l.change_id = ANY(ids)),
    (SELECT json_agg(json_build_object('change_id', c.change_id, 'id', c.id))
       FROM conflicts c WHERE c.change_id = ANY(ids)),
    (SELECT json_agg(json_build_object('table_name', r.table_name, 'record_id', r.record_id,
            'branch_id', r.branch_id, 'version', r.version, 'deleted', r.deleted, 'data', r.data))
       FROM records r
      WHERE (r.table_name, r.record_id) IN (SELECT * FROM unnest(tables, record_ids))),
    (SELECT json_agg(b.id) FROM branches b);
END;
$$;
