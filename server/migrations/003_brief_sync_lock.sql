-- Schema 3: a push holds the sync lock only to note the lowest change number it may use, not for
-- its whole transaction; a pull stops below the lowest number an open push has noted.
--
-- Schema 2 had every push hold the sync lock SHARED until it committed, so a pull asking for it
-- EXCLUSIVELY waited for every push in flight — and, as PostgreSQL queues lock requests in
-- order, every push arriving after that pull waited behind it: one slow push stalled everyone.
--
-- Now a push, once it holds its records, takes the sync lock for an instant: it reads the last
-- number the change log has handed out and marks itself with it (an advisory lock held to the
-- end of its transaction, keyed by that number: all its own numbers will be higher). A pull
-- takes the sync lock for an instant too, so no push is half-way through noting, and reads the
-- last number handed out and the lowest mark still held. Everything up to the lower of the two
-- has committed or rolled back: a pull never hands out a cursor past a change that is still
-- committing (it would never be read), and a number that is never filled is one rolled back.

-- The mark's key: (727274004 + high 32 bits, low 32 bits as int4); the record locks use
-- 727274003 and never reach it. pg_locks shows a two-int4 key as classid, objid, objsubid = 2.
CREATE OR REPLACE FUNCTION sync_lock_for_push(keys text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  k integer;
  low bigint;
  low_bits bigint;
BEGIN
  -- Records first, in one order (no deadlock): a push waiting for another push of the same
  -- record has noted nothing yet, so it holds no pull back while it waits.
  FOR k IN SELECT DISTINCT hashtext(x) FROM unnest(keys) AS x ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(727274003, k);
  END LOOP;
  -- A session lock, so it can be let go before the transaction ends; let go on error too.
  PERFORM pg_advisory_lock_shared(727274002);
  BEGIN
    SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO low
      FROM change_log_seq_seq;
    low_bits := low & 4294967295;
    PERFORM pg_advisory_xact_lock_shared(
      727274004 + (low >> 32)::integer,
      (CASE WHEN low_bits >= 2147483648 THEN low_bits - 4294967296 ELSE low_bits END)::integer);
  EXCEPTION WHEN OTHERS OR query_canceled THEN
    PERFORM pg_advisory_unlock_shared(727274002);
    RAISE;
  END;
  PERFORM pg_advisory_unlock_shared(727274002);
END;
$$;

CREATE OR REPLACE FUNCTION sync_settled_horizon() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  h bigint;
  m bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(727274002);
  SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO h FROM change_log_seq_seq;
  SELECT min(((classid::bigint - 727274004) << 32) + objid::bigint) INTO m
    FROM pg_locks
   WHERE locktype = 'advisory' AND objsubid = 2 AND classid >= 727274004 AND granted
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database());
  RETURN least(h, coalesce(m, h));
END;
$$;
