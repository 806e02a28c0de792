ALTER TABLE "audit_events" ADD COLUMN "prev_hash" char(64);--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" char(64);--> statement-breakpoint
-- Hand-written below (drizzle-kit cannot express triggers). The canonical text of an
-- entry is a JSON array, as jsonb renders it (one spelling for one value), with the
-- time in UTC so that the session's TimeZone cannot change the hash; the same
-- expression is in db/queries/audit-chain.ts, which verifies the chain independently.
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS char(64) LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.id,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_id,
    e.actor_role::text,
    e.action,
    e.entity_type,
    e.entity_id,
    e.detail,
    e.prev_hash
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Entries written before the chain existed are chained once, in id order.
DO $$
DECLARE
  entry audit_events;
  previous char(64) := repeat('0', 64);
BEGIN
  FOR entry IN SELECT * FROM audit_events ORDER BY id LOOP
    entry.prev_hash := previous;
    previous := audit_event_hash(entry);
    UPDATE audit_events SET prev_hash = entry.prev_hash, hash = previous WHERE id = entry.id;
  END LOOP;
END
$$;
--> statement-breakpoint
-- Appends are serialised by a transaction-level advisory lock, held to commit, so two
-- writers can never chain to the same predecessor. The id is re-drawn when a writer that
-- drew it earlier was overtaken, so that id order is always chain order. Under
-- REPEATABLE READ a writer could miss an entry committed after its snapshot and fork
-- the chain, so that is refused outright.
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_id bigint;
  previous char(64);
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit entries must be written in a READ COMMITTED transaction (this one is %)', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(72114002);
  SELECT id, hash INTO last_id, previous FROM audit_events ORDER BY id DESC LIMIT 1;
  IF last_id IS NOT NULL AND NEW.id <= last_id THEN
    NEW.id := nextval(pg_get_serial_sequence('audit_events', 'id'));
  END IF;
  NEW.prev_hash := coalesce(previous, repeat('0', 64));
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
