import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "@/tests/free-port";

export interface AppServer {
  baseURL: string;
  process: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Starts the built app (`next build` first) as production runs it, http-server/index.ts,
 * on a free port against the given PostgreSQL database, which it migrates and seeds with
 * the demo on first use; resolves once /api/health answers 200.
 */
export async function startAppServer(options: {
  databaseUrl: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  nodeArgs?: string[];
}): Promise<AppServer> {
  const root = process.cwd();
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No build: run `npx next build` first");
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", path.join(root, "http-server", "index.ts")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      SEED_DEMO: "1",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "app-server-test-secret-0123456789abcdef0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app server stopped while starting:\n${output}`);
    const status = await fetch(`${baseURL}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The app server was not healthy in time (last status ${status}):\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseURL,
    process: child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
    },
  };
}
