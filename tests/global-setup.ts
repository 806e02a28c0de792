import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { createTestPostgresDatabase, postgresAdminUrl } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresUrl: string;
  }
}

/**
 * Builds each database once per run, migrated and seeded with the demo: PGlite as a
 * dumped data directory that every test file loads (about 1 s instead of 5), and a
 * throw-away PostgreSQL database on the real server. A missing PostgreSQL fails the
 * run here, loudly: the suite never quietly tests one database only.
 */
export default async function setup(project: TestProject) {
  const { openDatabase } = await import("@/db/index");
  const { prepareDatabase } = await import("@/db/prepare");

  const dir = mkdtempSync(path.join(tmpdir(), "psd-vitest-"));
  const client = new PGlite();
  const pglite = await openDatabase({ kind: "pglite", client });
  await prepareDatabase(pglite, { seedDemo: true });
  const dump = await client.dumpDataDir("none");
  const snapshot = path.join(dir, "seeded.tar");
  writeFileSync(snapshot, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide("pgliteSnapshot", snapshot);

  const postgres = await createTestPostgresDatabase(postgresAdminUrl(), "seeded");
  const handle = await openDatabase({ kind: "postgres", url: postgres.url });
  await prepareDatabase(handle, { seedDemo: true });
  await handle.close();
  project.provide("postgresUrl", postgres.url);

  return async () => {
    await postgres.drop();
    rmSync(dir, { recursive: true, force: true });
  };
}
