import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { authSecret } from "@/server/auth/secret";
import { getEnv } from "@/lib/env";

/**
 * Starts the HTTP server (http-server/index.ts, which prepares the database first) on the
 * port, with the sign-in secret and address filled in where they are not configured.
 */
export function serveOn(port: string): ChildProcess {
  getEnv();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" };
  childEnv.NEXTAUTH_URL ??= `http://localhost:${port}`;
  childEnv.NEXTAUTH_SECRET ||= authSecret();
  return spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "http-server", "index.ts")], { stdio: "inherit", env: childEnv });
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
