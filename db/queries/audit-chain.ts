import { sql } from "drizzle-orm";
import { selectRows, type Database } from "../index";

export const GENESIS_HASH = "0".repeat(64);

/**
 * The hash of an entry, recomputed here rather than by the database's own function
 * (audit_event_hash in migration 0006), so that replacing that function cannot make a
 * forged chain look sound. It must spell the canonical text exactly as the migration does.
 */
const recomputedHash = sql.raw(`encode(sha256(convert_to(jsonb_build_array(
  id,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  actor_id,
  actor_role::text,
  action,
  entity_type,
  entity_id,
  detail,
  prev_hash
)::text, 'UTF8')), 'hex')`);

export type ChainVerdict =
  | { ok: true; entries: number; headId: number | null; headHash: string; unsealed: number }
  | { ok: false; entries: number; brokenId: number; reason: string };

interface ChainRow {
  id: string | number;
  prev_hash: string | null;
  hash: string | null;
  recomputed: string;
}

/**
 * Walks the sealed audit trail in chain order (`seq`), in batches, and reports the
 * first entry whose stored hash does not match its contents (edited) or whose link does
 * not match the entry before it (one removed or slipped in); and how many entries are
 * not sealed yet (written in the last second or two). The head hash it returns can be
 * written down elsewhere: an entry cut off the end is only caught against such a copy.
 */
export async function verifyAuditChain(db: Database, batchSize = 5000): Promise<ChainVerdict> {
  let previous = GENESIS_HASH;
  let lastSeq = 0;
  let lastId = 0;
  let entries = 0;
  for (;;) {
    const rows = await selectRows<ChainRow & { seq: string | number }>(
      db,
      sql`select id, seq, prev_hash, hash, ${recomputedHash} as recomputed
          from audit_events where seq > ${lastSeq} order by seq limit ${batchSize}`,
    );
    for (const row of rows) {
      const id = Number(row.id);
      if (Number(row.seq) !== lastSeq + 1 || row.prev_hash !== previous) {
        return { ok: false, entries, brokenId: id, reason: "its link does not match the entry before it (an entry was removed, inserted or altered)" };
      }
      if (row.hash !== row.recomputed) {
        return { ok: false, entries, brokenId: id, reason: "its contents do not match its hash (the entry was altered)" };
      }
      previous = row.hash;
      lastSeq = Number(row.seq);
      lastId = id;
      entries++;
    }
    if (rows.length < batchSize) {
      const [tail] = await selectRows<{ n: string | number }>(db, sql`select count(*) as n from audit_events where seq is null`);
      return { ok: true, entries, headId: entries ? lastId : null, headHash: previous, unsealed: Number(tail!.n) };
    }
  }
}

/**
 * Seals every entry written so far onto the chain (seal_audit_events, migration 0011),
 * a batch at a time; returns how many it sealed. The server runs it every second; tests
 * and scripts that must see the whole trail chained call it first.
 */
export async function sealAuditTrail(db: Database, batchSize = 2000): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await selectRows<{ sealed: number }>(db, sql`select seal_audit_events(${batchSize}) as sealed`);
    total += Number(row!.sealed);
    if (Number(row!.sealed) < batchSize) return total;
  }
}
