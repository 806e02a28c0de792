import { count } from "drizzle-orm";
import { getEnv } from "@/lib/env";
import { getDatabase, type DatabaseHandle } from "./index";
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
  const handle = await getDatabase();
  await prepareDatabase(handle, { seedDemo: handle.kind === "pglite" || getEnv().SEED_DEMO === "1" });
  return handle;
}
