/**
 * Starts the built app for the end-to-end tests on a database of its own, freshly
 * seeded: E2E_DATABASE=pglite uses a new embedded data folder, E2E_DATABASE=postgres a
 * new database on the test server (dropped again when the server stops).
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { createTestPostgresDatabase, postgresAdminUrl } from "@/tests/postgres";
import { serveOn, superviseServer } from "@/http-server/serve-on";

async function main() {
  const port = process.env.PORT;
  if (!port) throw new Error("PORT is required");
  const kind = process.env.E2E_DATABASE;
  process.env.DATA_DIR = path.join(process.cwd(), ".data", `e2e-${kind}-${port}`);
  rmSync(process.env.DATA_DIR, { recursive: true, force: true });

  let cleanup = async () => rmSync(process.env.DATA_DIR!, { recursive: true, force: true });
  if (kind === "postgres") {
    const database = await createTestPostgresDatabase(postgresAdminUrl(), "e2e");
    process.env.DATABASE_URL = database.url;
    process.env.SEED_DEMO = "1";
    const removeDir = cleanup;
    cleanup = async () => {
      await database.drop();
      await removeDir();
    };
  } else if (kind !== "pglite") {
    throw new Error("E2E_DATABASE must be pglite or postgres");
  }
  superviseServer(serveOn(port), cleanup);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
