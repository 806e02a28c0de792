import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The environment the server is started with: a session secret (kept in the data
 * folder when none is given, so that sessions survive a restart of the demo) and the
 * site's own URL for next-auth.
 */
export function serverEnv(base: NodeJS.ProcessEnv, port: string, dataDir: string): NodeJS.ProcessEnv {
  const env = { ...base, PORT: port };
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!env.NEXTAUTH_SECRET) {
    const file = path.resolve(dataDir, "auth-secret");
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
      console.log(`No NEXTAUTH_SECRET set: generated one in ${file}. Set NEXTAUTH_SECRET in production.`);
    }
    env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
  }
  return env;
}

export const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
