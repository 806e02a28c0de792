/** `npm start`: builds when there is no build yet, prepares the database, serves the app on PORT (default 3000). */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { serveOn, superviseServer } from "./serve-on";

const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

async function main() {
  const { PORT } = getEnv();
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("No build found: building the app first (under a minute)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  superviseServer(serveOn(String(PORT)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
