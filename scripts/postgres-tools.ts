import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The PostgreSQL client tool to use: PG_BIN's when set, else the one on PATH. pg_dump
 * refuses servers newer than itself, so PG_BIN lets a newer one be chosen.
 */
export function requirePostgresTool(name: "pg_dump" | "pg_restore"): string {
  const candidate = process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name;
  if (process.env.PG_BIN && !existsSync(candidate)) throw new Error(`${candidate} does not exist (PG_BIN)`);
  const probe = spawnSync(candidate, ["--version"], { encoding: "utf8" });
  if (probe.status !== 0) throw new Error(`${name} is not installed: install the PostgreSQL client (apt-get install postgresql-client) or set PG_BIN`);
  return candidate;
}
