-- GreenThread bank server, schema 1: branches, users, devices, synced records, the append-only
-- change log, conflicts kept for a person, published criteria packs, the administrators' audit log.

CREATE TABLE branches (
  id         text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]*$'),
  name       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id            bigserial PRIMARY KEY,
  username      text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  role          text NOT NULL CHECK (role IN ('officer', 'es_unit', 'admin')),
  branch_id     text REFERENCES branches (id),
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  disabled_at   timestamptz,
  -- An officer works in exactly one branch; head office roles see every branch.
  CHECK (role <> 'officer' OR branch_id IS NOT NULL)
);

CREATE TABLE devices (
  id           uuid PRIMARY KEY,
  user_id      bigint NOT NULL REFERENCES users (id),
  name         text NOT NULL,
  -- SHA-256 of the bearer token; the token itself is shown to the desktop once and never stored.
  token_hash   bytea NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at   timestamptz,
  revoked_by   bigint REFERENCES users (id)
);

-- The current state of every synced record (a tombstone keeps its row with deleted = true).
CREATE TABLE records (
  table_name text NOT NULL,
  record_id  text NOT NULL,
  branch_id  text NOT NULL REFERENCES branches (id),
  version    integer NOT NULL CHECK (version > 0),
  deleted    boolean NOT NULL DEFAULT false,
  data       jsonb,
  last_seq   bigint NOT NULL,
  PRIMARY KEY (table_name, record_id)
);
CREATE INDEX records_branch ON records (branch_id, table_name);

-- Every applied change, in the order it was applied. Never updated, never deleted.
CREATE TABLE change_log (
  seq        bigserial PRIMARY KEY,
  change_id  uuid NOT NULL UNIQUE,
  table_name text NOT NULL,
  record_id  text NOT NULL,
  branch_id  text NOT NULL REFERENCES branches (id),
  version    integer NOT NULL,
  op         text NOT NULL CHECK (op IN ('put', 'delete')),
  data       jsonb,
  user_id    bigint NOT NULL REFERENCES users (id),
  device_id  uuid NOT NULL REFERENCES devices (id),
  at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_log_branch_seq ON change_log (branch_id, seq);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- A change made on a stale copy: kept whole, applied only when a person chooses so.
CREATE TABLE conflicts (
  id             bigserial PRIMARY KEY,
  change_id      uuid NOT NULL UNIQUE,
  table_name     text NOT NULL,
  record_id      text NOT NULL,
  branch_id      text NOT NULL REFERENCES branches (id),
  base_version   integer NOT NULL,
  server_version integer NOT NULL,
  server_data    jsonb,
  op             text NOT NULL CHECK (op IN ('put', 'delete')),
  data           jsonb,
  user_id        bigint NOT NULL REFERENCES users (id),
  device_id      uuid NOT NULL REFERENCES devices (id),
  at             timestamptz NOT NULL DEFAULT now(),
  resolved_at    timestamptz,
  resolved_by    bigint REFERENCES users (id),
  resolved_device uuid REFERENCES devices (id),
  resolution     text CHECK (resolution IN ('kept_server', 'applied_mine'))
);
CREATE INDEX conflicts_open ON conflicts (branch_id) WHERE resolved_at IS NULL;

CREATE TABLE packs (
  seq          bigserial PRIMARY KEY,
  pack_id      text NOT NULL,
  pack_version text NOT NULL,
  content      jsonb NOT NULL,
  published_by bigint NOT NULL REFERENCES users (id),
  device_id    uuid REFERENCES devices (id),
  published_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (pack_id, pack_version)
);

-- Who did what outside sync: sign-ins, users and branches created, devices revoked, packs published.
CREATE TABLE audit_log (
  id        bigserial PRIMARY KEY,
  at        timestamptz NOT NULL DEFAULT now(),
  user_id   bigint REFERENCES users (id),
  device_id uuid REFERENCES devices (id),
  action    text NOT NULL,
  detail    jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
