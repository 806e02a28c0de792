import path from "node:path";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import postgres from "postgres";
import type { DatabaseHandle } from "./index";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any constant will do; it only has to be the same in every app server.
const MIGRATION_LOCK = 72_114_001;

/** Applies the committed drizzle-kit migrations; safe to call from several servers at once. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  if (!handle.directUrl) throw new Error("A PostgreSQL handle needs its URL to migrate");
  // One dedicated connection holds a session-level advisory lock while it migrates,
  // so app servers starting together apply each migration once. It goes to PostgreSQL
  // itself (a pooler would hand the lock's session to others) and sets no time limit.
  const client = postgres(handle.directUrl, { max: 1, connect_timeout: 5, onnotice: () => {}, connection: { statement_timeout: 0 } });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end();
  }
}
