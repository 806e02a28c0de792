import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

let cached: string | undefined;

/**
 * The key that signs sessions: NEXTAUTH_SECRET, or for the zero-setup demo one kept in
 * the data folder, so that sessions survive a restart and every process agrees on it.
 */
export function authSecret(): string {
  const configured = getEnv().NEXTAUTH_SECRET;
  if (configured) return configured;
  if (cached) return cached;
  const file = path.resolve(getEnv().DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    console.log(`No NEXTAUTH_SECRET set: generated one in ${file}. Set NEXTAUTH_SECRET in production.`);
  }
  cached = readFileSync(file, "utf8").trim();
  return cached;
}
