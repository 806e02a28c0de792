ALTER TABLE "audit_events" ADD COLUMN "seq" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_seq_idx" ON "audit_events" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "audit_unsealed_idx" ON "audit_events" USING btree ("id") WHERE seq is null;--> statement-breakpoint
-- Hand-written below (drizzle-kit cannot express triggers or functions). Until now every
-- append took one advisory lock to extend the chain, so every audited request (every
-- case view) queued behind the one before it. Now an append takes no lock: the entry
-- goes in unsealed, and seal_audit_events() (run every second by the server) chains
-- unsealed entries in batches, in id order, giving each its place `seq`. The chain and
-- its checks are those of migration 0006, walked in `seq` order.
DROP TRIGGER audit_events_chain ON audit_events;
--> statement-breakpoint
DROP TRIGGER audit_events_append_only ON audit_events;
--> statement-breakpoint
DROP FUNCTION audit_events_chain();
--> statement-breakpoint
-- Entries chained before keep their links; their place is their id order, as it was.
UPDATE audit_events SET seq = numbered.n
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM audit_events) numbered
WHERE numbered.id = audit_events.id;
--> statement-breakpoint
-- An entry arrives unsealed, whatever the writer put in the chain's columns.
CREATE FUNCTION audit_events_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.seq := NULL;
  NEW.prev_hash := NULL;
  NEW.hash := NULL;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_unsealed BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_unsealed();
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE DELETE OR TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
-- The one change an entry may undergo: being sealed onto the end of the chain, once,
-- with its contents unchanged and its link and hash right. Anything else is refused.
CREATE FUNCTION audit_events_seal_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  expected char(64);
BEGIN
  IF OLD.seq IS NOT NULL OR NEW.seq IS NULL
     OR (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_role, NEW.action, NEW.entity_type, NEW.entity_id, NEW.detail)
        IS DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.actor_role, OLD.action, OLD.entity_type, OLD.entity_id, OLD.detail) THEN
    RAISE EXCEPTION 'audit_events is append-only: UPDATE is refused' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.seq = 1 THEN
    expected := repeat('0', 64);
  ELSE
    SELECT hash INTO expected FROM audit_events WHERE seq = NEW.seq - 1;
  END IF;
  IF expected IS NULL OR NEW.prev_hash IS DISTINCT FROM expected OR NEW.hash IS DISTINCT FROM audit_event_hash(NEW) THEN
    RAISE EXCEPTION 'audit_events is append-only: an entry may only be sealed onto the end of the chain' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_seal_only BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_seal_only();
--> statement-breakpoint
-- Seals up to `batch` committed entries in id order; one sealer at a time (another
-- returns 0 at once). An entry whose transaction commits after a later id was sealed
-- is sealed in a later batch: chain order is the order entries became visible.
CREATE FUNCTION seal_audit_events(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  entry audit_events;
  place bigint;
  previous char(64);
  sealed integer := 0;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'the audit trail must be sealed in a READ COMMITTED transaction (this one is %)', current_setting('transaction_isolation');
  END IF;
  IF NOT pg_try_advisory_xact_lock(72114002) THEN
    RETURN 0;
  END IF;
  SELECT seq, hash INTO place, previous FROM audit_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
  place := coalesce(place, 0);
  previous := coalesce(previous, repeat('0', 64));
  FOR entry IN SELECT * FROM audit_events WHERE seq IS NULL ORDER BY id LIMIT batch LOOP
    place := place + 1;
    entry.seq := place;
    entry.prev_hash := previous;
    previous := audit_event_hash(entry);
    UPDATE audit_events SET seq = place, prev_hash = entry.prev_hash, hash = previous WHERE id = entry.id;
    sealed := sealed + 1;
  END LOOP;
  RETURN sealed;
END
$$;
