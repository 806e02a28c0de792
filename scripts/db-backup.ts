/**
 * `npm run db:backup [-- file]`: a consistent snapshot of the PostgreSQL database named
 * by DATABASE_URL, in pg_dump's custom format (compressed; restored with
 * `npm run db:restore`), by default to backups/psd-<time>.dump. It seals the audit
 * trail's newest entries onto the chain, checks the chain and prints its head hash: keep
 * that beside the file, so that a restored copy can be shown to end where the original did.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "@/db";
import { sealAuditTrail, verifyAuditChain } from "@/db/queries/audit-chain";
import { getEnv } from "@/lib/env";
import { runMain } from "./run-main";
import { requirePostgresTool } from "./postgres-tools";

async function main(): Promise<number> {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    console.error(
      "db:backup works on PostgreSQL (set DATABASE_URL). The embedded database is a folder: stop the app and copy DATA_DIR/pglite, " +
        "or see docs/operations.md for PGlite's dumpDataDir.",
    );
    return 1;
  }
  const pgDump = requirePostgresTool("pg_dump");
  const file = path.resolve(process.argv[2] ?? path.join("backups", `psd-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`));
  mkdirSync(path.dirname(file), { recursive: true });

  const handle = await openDatabase({ kind: "postgres", url, maxConnections: 1 });
  const verdict = await sealAuditTrail(handle.db)
    .then(() => verifyAuditChain(handle.db))
    .finally(() => handle.close());
  if (!verdict.ok) console.error(`Warning: the audit chain is already broken at entry ${verdict.brokenId} (${verdict.reason}); backing up as it is.`);

  const result = spawnSync(pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, url], { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) {
    console.error(`pg_dump failed (exit ${result.status ?? result.signal}): nothing usable was written to ${file}.`);
    return 1;
  }
  console.log(`Backed up to ${file} (${Math.round(statSync(file).size / 1024)} KiB).`);
  if (verdict.ok)
    console.log(
      `Audit chain: ${verdict.entries} entries, head ${verdict.headId ?? "none"}, hash ${verdict.headHash}${verdict.unsealed ? ` (${verdict.unsealed} written since, not sealed yet)` : ""}.`,
    );
  return 0;
}

runMain(main, "Backup failed");
