import { sql } from "drizzle-orm";
import { selectRows, type Database } from "../index";

export const GENESIS_HASH = "0".repeat(64);

/**
 * The hash of an entry, recomputed here rather than by the database's own function
 * (audit_event_hash in migration 0003), so that replacing that function cannot make a
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
  | { ok: true; entries: number; headId: number | null; headHash: string }
  | { ok: false; entries: number; brokenId: number; reason: string };

interface ChainRow {
  id: string | number;
  prev_hash: string | null;
  hash: string | null;
  recomputed: string;
}

/**
 * Walks the whole audit trail in id order, in batches, and reports the first entry whose
 * stored hash does not match its contents (edited) or whose link does not match the
 * entry before it (one removed or slipped in). The head hash it returns can be written
 * down elsewhere: an entry cut off the end is only caught against such a copy.
 */
export async function verifyAuditChain(db: Database, batchSize = 5000): Promise<ChainVerdict> {
  let previous = GENESIS_HASH;
  let lastId = 0;
  let entries = 0;
  for (;;) {
    const rows = await selectRows<ChainRow>(
      db,
      sql`select id, prev_hash, hash, ${recomputedHash} as recomputed
          from audit_events where id > ${lastId} order by id limit ${batchSize}`,
    );
    for (const row of rows) {
      const id = Number(row.id);
      if (row.prev_hash !== previous) {
        return { ok: false, entries, brokenId: id, reason: "its link does not match the entry before it (an entry was removed, inserted or altered)" };
      }
      if (row.hash !== row.recomputed) {
        return { ok: false, entries, brokenId: id, reason: "its contents do not match its hash (the entry was altered)" };
      }
      previous = row.hash;
      lastId = id;
      entries++;
    }
    if (rows.length < batchSize) return { ok: true, entries, headId: entries ? lastId : null, headHash: previous };
  }
}
