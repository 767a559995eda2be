-- Schema 2: pushes run side by side instead of one at a time.
-- A push holds the sync lock SHARED for its whole transaction and an exclusive lock per record it
-- writes (taken in one order, so two pushes never deadlock); a pull asks for the sync lock
-- EXCLUSIVELY for an instant, which it gets only once every push in flight has committed or
-- rolled back. The change-log number read at that instant is a horizon: every number up to it
-- is settled, so a pull by cursor never steps past a change that is still committing.

CREATE FUNCTION sync_lock_for_push(keys text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  k integer;
BEGIN
  PERFORM pg_advisory_xact_lock_shared(727274002);
  FOR k IN SELECT DISTINCT hashtext(x) FROM unnest(keys) AS x ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(727274003, k);
  END LOOP;
END;
$$;

CREATE FUNCTION sync_settled_horizon() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  h bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(727274002);
  SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO h FROM change_log_seq_seq;
  RETURN h;
END;
$$;
