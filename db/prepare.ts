import { count } from "drizzle-orm";
import type { DatabaseHandle } from "./index";
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
