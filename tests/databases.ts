import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle, type DatabaseKind } from "@/db/index";

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
