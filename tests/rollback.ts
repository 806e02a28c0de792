import type { Database } from "@/db/index";

const rolledBack = Symbol("rolled back");

/**
 * Runs `work` in a transaction that is always rolled back, so tests may write to the
 * shared PostgreSQL database; queries that open their own transaction get a savepoint.
 */
export async function inRolledBackTransaction(db: Database, work: (tx: Database) => Promise<void>): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await work(tx as unknown as Database);
      throw rolledBack;
    });
  } catch (error) {
    if (error !== rolledBack) throw error;
  }
}
