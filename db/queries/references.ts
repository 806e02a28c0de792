import "server-only";
import { desc, like, sql } from "drizzle-orm";
import type { Database } from "../index";
import { cases, contentReports } from "../schema";

type Tx = Pick<Database, "select" | "execute">;

/** The next reference under a prefix ("RPT-2026"), numbering serialised by a transaction lock. */
export async function nextRef(tx: Tx, table: typeof cases | typeof contentReports, prefix: string, digits: number, lock: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(${lock})`);
  const [last] = await tx
    .select({ ref: table.ref })
    .from(table)
    .where(like(table.ref, `${prefix}-%`))
    // By length first, so that PSD-2026-10000 comes after PSD-2026-9999.
    .orderBy(desc(sql`length(${table.ref})`), desc(table.ref))
    .limit(1);
  const next = last ? Number(last.ref.slice(prefix.length + 1)) + 1 : 1;
  return `${prefix}-${String(next).padStart(digits, "0")}`;
}

/** A new case reference for the year of `today`: PSD-2026-0042. */
export function nextCaseRef(tx: Tx, today: string) {
  return nextRef(tx, cases, `PSD-${today.slice(0, 4)}`, 4, 72114004);
}
