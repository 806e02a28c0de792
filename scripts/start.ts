/**
 * `npm start`: builds when there is no build, prepares the database (migrations, and
 * the demo on an empty embedded one) before the server opens it, then serves the app.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { getDatabase } from "@/db";
import { getEnv } from "@/lib/env";
import { nextBin, serverEnv } from "./runtime-env";

async function main() {
  const env = getEnv();
  const port = process.env.PORT ?? "3000";

  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("No build found: building the app (about a minute)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  console.log(`Preparing the ${env.DATABASE_URL ? "PostgreSQL" : `embedded database in ${env.DATA_DIR}`}…`);
  const handle = await getDatabase();
  // The embedded data folder belongs to one process at a time: release it before the server opens it.
  await handle.close();

  const server = spawn(process.execPath, [nextBin, "start", "--port", port], {
    stdio: "inherit",
    env: serverEnv(process.env, port, env.DATA_DIR),
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
