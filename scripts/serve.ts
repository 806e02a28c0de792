import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { closeDatabase, getDatabase } from "@/db";
import { authSecret } from "@/lib/auth/secret";
import { getEnv } from "@/lib/env";

/**
 * Prepares the database (migrations, and the demo where it is due) before the server
 * opens it, then starts the HTTP server (scripts/http-server.ts) on the port. The
 * embedded data folder belongs to one process at a time, so this one lets go first.
 */
export async function prepareAndServe(port: string): Promise<ChildProcess> {
  const env = getEnv();
  console.log(`Preparing the ${env.DATABASE_URL ? "PostgreSQL database" : `embedded database in ${env.DATA_DIR}`}…`);
  await getDatabase();
  await closeDatabase();

  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" };
  childEnv.NEXTAUTH_URL ??= `http://localhost:${port}`;
  childEnv.NEXTAUTH_SECRET ||= authSecret();
  return spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "scripts", "http-server.ts")], { stdio: "inherit", env: childEnv });
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
