import { count, sql } from "drizzle-orm";
import { getEnv } from "@/lib/env";
import { getDatabase, openDatabase, selectRows, type DatabaseHandle } from "./index";
import { migrateDatabase } from "./migrate";
import { users } from "./schema";
import { seedDemo } from "./seed/seed-demo";

/**
 * Migrates, then seeds the demo into a database that has no users yet (when asked to).
 * Several server processes may start at once: seedDemo checks again under a lock, so
 * only one of them seeds.
 */
export async function prepareDatabase(handle: DatabaseHandle, options: { seedDemo: boolean }): Promise<void> {
  await migrateDatabase(handle);
  if (!options.seedDemo) return;
  const [row] = await handle.db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) === 0) await seedDemo(handle.db);
}

/**
 * The configured database made ready for the server: migrated, and seeded with the demo
 * when it is the embedded one or SEED_DEMO=1.
 */
export async function prepareConfiguredDatabase(): Promise<DatabaseHandle> {
  const env = getEnv();
  if (env.DATABASE_URL && env.DATABASE_DIRECT_URL) {
    const direct = await openDatabase({ kind: "postgres", url: env.DATABASE_DIRECT_URL, maxConnections: 1 });
    try {
      await prepareDatabase(direct, { seedDemo: env.SEED_DEMO === "1" });
      await setPooledSessionDefaults(direct, env.STATEMENT_TIMEOUT_MS);
    } finally {
      await direct.close();
    }
    return getDatabase();
  }
  const handle = await getDatabase();
  await prepareDatabase(handle, { seedDemo: handle.kind === "pglite" || env.SEED_DEMO === "1" });
  return handle;
}

/**
 * Behind a transaction-mode pooler the app cannot send its session settings when it
 * connects (PgBouncer refuses unknown start-up parameters), so they become the role's
 * defaults in this database, taken by every new server connection the pooler opens.
 * Work that is long by nature (migrations, COPY) connects directly and sets its own.
 */
async function setPooledSessionDefaults(direct: DatabaseHandle, statementTimeoutMs: number): Promise<void> {
  const [database] = await selectRows<{ name: string }>(direct.db, sql`select current_database() as name`);
  const scope = `alter role current_user in database ${quoteIdent(database!.name)}`;
  await direct.db.execute(sql.raw(`${scope} set jit = off`));
  await direct.db.execute(sql.raw(`${scope} set statement_timeout = ${Math.trunc(statementTimeoutMs)}`));
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
