-- Schema 4: the server keeps who a device token belongs to for a few seconds (auth.ts) instead of
-- looking it up on every request. Whatever takes a device or a user away — a revocation, a
-- sign-out, a disabled account, a changed role or branch, a deleted row — tells every server
-- process at once, from the admin API, the CLI or plain SQL alike: the notice is sent when the
-- transaction commits, and a server that hears it forgets every token it kept.
CREATE FUNCTION notify_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gt_auth_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER devices_auth_changed AFTER UPDATE ON devices FOR EACH ROW
  WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.user_id IS DISTINCT FROM NEW.user_id
        OR OLD.token_hash IS DISTINCT FROM NEW.token_hash)
  EXECUTE FUNCTION notify_auth_changed();
CREATE TRIGGER devices_auth_deleted AFTER DELETE OR TRUNCATE ON devices FOR EACH STATEMENT
  EXECUTE FUNCTION notify_auth_changed();
CREATE TRIGGER users_auth_changed AFTER UPDATE ON users FOR EACH ROW
  WHEN (OLD.disabled_at IS DISTINCT FROM NEW.disabled_at OR OLD.role IS DISTINCT FROM NEW.role
        OR OLD.branch_id IS DISTINCT FROM NEW.branch_id OR OLD.username IS DISTINCT FROM NEW.username)
  EXECUTE FUNCTION notify_auth_changed();
CREATE TRIGGER users_auth_deleted AFTER DELETE OR TRUNCATE ON users FOR EACH STATEMENT
  EXECUTE FUNCTION notify_auth_changed();
