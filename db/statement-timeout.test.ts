import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { isStatementTimeout } from "./errors";
import { openDatabase } from "./index";

/**
 * Issue 13, item 11: one request's statement cannot hold the database for longer than
 * the app's statement timeout, while work that is long by nature (the import) lifts it
 * for its own transaction. PostgreSQL only: the embedded database runs in the server's
 * own process and has no statement timer.
 */
describe("statement timeout on the app's PostgreSQL connections", () => {
  it("stops a statement that runs past it, as a timeout the app can tell apart, and lets SET LOCAL lift it", async () => {
    const handle = await openDatabase({ kind: "postgres", url: inject("postgresUrl"), maxConnections: 2, statementTimeoutMs: 300 });
    try {
      const error = await handle.db.execute(sql`select pg_sleep(3)`).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isStatementTimeout(error)).toBe(true);
      await handle.db.transaction(async (tx) => {
        await tx.execute(sql`set local statement_timeout = 0`);
        await tx.execute(sql`select pg_sleep(0.6)`);
      });
      await expect(handle.db.execute(sql`select 1`)).resolves.toBeDefined();
    } finally {
      await handle.close();
    }
  });
});
