import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, inject } from "vitest";
import { openDatabase, type DatabaseHandle, type DatabaseKind } from "@/db/index";
import { prepareDatabase } from "@/db/prepare";
import { createTestPostgresDatabase, postgresAdminUrl } from "./postgres";

export const databaseKinds: DatabaseKind[] = ["pglite", "postgres"];

/**
 * Opens the seeded demo database of the given kind. PGlite is a private copy for the
 * calling test file; PostgreSQL is shared by the run, so tests that write there must
 * do so inside a transaction they roll back, or on a database of their own.
 */
export async function openSeededDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === "pglite") {
    const blob = new Blob([readFileSync(inject("pgliteSnapshot"))]);
    const client = new PGlite({ loadDataDir: blob });
    return openDatabase({ kind: "pglite", client });
  }
  return openDatabase({ kind: "postgres", url: inject("postgresUrl"), maxConnections: 4 });
}

/**
 * The seeded demo database of the given kind for the enclosing `describe` block: opened
 * before its tests and closed after them. Read it only inside a test or a hook.
 */
export function useSeededDatabase(kind: DatabaseKind): DatabaseHandle {
  let opened: DatabaseHandle | undefined;
  beforeAll(async () => {
    opened = await openSeededDatabase(kind);
  });
  afterAll(() => opened?.close());
  return new Proxy({} as DatabaseHandle, {
    get(_, key) {
      if (!opened) throw new Error("The seeded database opens in beforeAll: use it inside a test or a hook");
      return Reflect.get(opened, key);
    },
  });
}

/**
 * A database of the test's own, for tests that change what others read (tampering,
 * concurrency, faults): on PGlite a private copy of the seeded demo; on PostgreSQL a
 * new database on the test server, migrated, seeded when asked, dropped by close().
 */
export async function openPrivateDatabase(kind: DatabaseKind, options: { maxConnections?: number; seed?: boolean } = {}): Promise<DatabaseHandle> {
  if (kind === "pglite") return openSeededDatabase(kind);
  const created = await createTestPostgresDatabase(postgresAdminUrl(), "private");
  const handle = await openDatabase({ kind: "postgres", url: created.url, maxConnections: options.maxConnections ?? 4 });
  await prepareDatabase(handle, { seedDemo: options.seed ?? false });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await created.drop();
    },
  };
}
