import "server-only";
import { desc, like, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { referenceKinds, type ReferenceKind } from "@/lib/references";
import type { Database } from "../index";
import { cases } from "../schema";

/** Advisory-lock keys, one per numbering sequence, so two writers never take the same reference. */
const refLocks: Record<ReferenceKind | "case", number> = {
  foiRequest: 72114002,
  report: 72114003,
  case: 72114004,
  appPermission: 72114005,
  spotCheck: 72114006,
  spotCheckDraw: 72114007,
};

/**
 * The next reference of a kind for the year of `onDate` ("RPT-2026-00001", ...). Call it
 * inside the transaction that inserts the row: the lock it takes is held until then.
 */
export function nextRef(tx: Pick<Database, "select" | "execute">, table: PgTable & { ref: PgColumn }, kind: ReferenceKind, onDate: string): Promise<string> {
  const { prefix, digits } = referenceKinds[kind];
  return nextNumbered(tx, table, `${prefix}-${onDate.slice(0, 4)}`, digits, refLocks[kind]);
}

async function nextNumbered(
  tx: Pick<Database, "select" | "execute">,
  table: PgTable & { ref: PgColumn },
  prefix: string,
  digits: number,
  lock: number,
): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${lock})`);
  const [last] = await tx
    .select({ ref: table.ref })
    .from(table as PgTable)
    .where(like(table.ref, `${prefix}-%`))
    // By length first, so that PSD-2026-10000 comes after PSD-2026-9999.
    .orderBy(desc(sql`length(${table.ref})`), desc(table.ref))
    .limit(1);
  const next = last ? Number(String(last.ref).slice(prefix.length + 1)) + 1 : 1;
  return `${prefix}-${String(next).padStart(digits, "0")}`;
}

/** A new case reference for the year of `today`: PSD-2026-0042. */
export function nextCaseRef(tx: Pick<Database, "select" | "execute">, today: string) {
  return nextNumbered(tx, cases, `PSD-${today.slice(0, 4)}`, 4, refLocks.case);
}
