-- Schema 5: evidence files' bytes, uploaded by a desktop and fetched by another on request.
--
-- Bytes are kept once per content (keyed by their SHA-256, recomputed by the server) in a bytea
-- column, not as large objects: a file is at most EVIDENCE_LIMITS.maxFileBytes (shared/limits.ts,
-- 25 MB, far below bytea's 1 GB), a bytea row is written in the same transaction as its holder,
-- is in every pg_dump (large objects are left out of a dump limited to tables or schemas), and
-- needs no lo_unlink bookkeeping. PostgreSQL stores it compressed and out of line (TOAST).
CREATE TABLE evidence_blobs (
  sha        text PRIMARY KEY CHECK (sha ~ '^[0-9a-f]{64}$'),
  size       integer NOT NULL CHECK (size >= 0),
  bytes      bytea NOT NULL CHECK (octet_length(bytes) = size),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Which organisation's file the content is: bytes are read through an organisation the caller
-- may see (its branch), never by their hash alone, so knowing a hash gives no other branch's file.
CREATE TABLE evidence_holders (
  org_id      text NOT NULL,
  sha         text NOT NULL REFERENCES evidence_blobs (sha),
  uploaded_by bigint NOT NULL REFERENCES users (id),
  device_id   uuid NOT NULL REFERENCES devices (id),
  at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, sha)
);

-- The service's role may only read and insert both (server/migrate.ts): content under a hash
-- never changes. The bank's DBA can still purge a file by hand (no trigger stops the owner).
