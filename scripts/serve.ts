import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getDatabase } from "@/db";
import { getEnv } from "@/lib/env";

export const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/**
 * A session secret for when none is given, kept in the data folder so that sessions
 * survive a restart of the demo.
 */
function sessionSecret(dataDir: string): string {
  const file = path.resolve(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log(`No NEXTAUTH_SECRET set: generated one in ${file}. Set NEXTAUTH_SECRET in production.`);
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * Prepares the database (migrations, and the demo where it is due) before the server
 * opens it, then starts `next start` on the port. The embedded data folder belongs to
 * one process at a time, so this process lets go of it first.
 */
export async function prepareAndServe(port: string): Promise<ChildProcess> {
  const env = getEnv();
  console.log(`Preparing the ${env.DATABASE_URL ? "PostgreSQL database" : `embedded database in ${env.DATA_DIR}`}…`);
  const handle = await getDatabase();
  await handle.close();

  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" };
  childEnv.NEXTAUTH_URL ??= `http://localhost:${port}`;
  childEnv.NEXTAUTH_SECRET ||= sessionSecret(env.DATA_DIR);
  return spawn(process.execPath, [nextBin, "start", "--port", port], { stdio: "inherit", env: childEnv });
}

/** Passes Ctrl-C and SIGTERM on to the server, runs the clean-up, and exits as the server did. */
export function superviseServer(server: ChildProcess, cleanup: () => Promise<void> = async () => {}): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => {
    cleanup()
      .catch((error: unknown) => console.error("Clean-up failed:", error))
      .finally(() => process.exit(code ?? (signal ? 0 : 1)));
  });
}
