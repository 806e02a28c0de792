/**
 * `npm run db:restore -- file`: restores a `npm run db:backup` file into the PostgreSQL
 * database named by DATABASE_URL, which must be empty (create a new one: a restore never
 * overwrites). All of it or nothing: one transaction. Then it checks the audit chain
 * and prints the row count of every table, to compare with the original.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { sql } from "drizzle-orm";
import { openDatabase, selectRows } from "@/db";
import { verifyAuditChain } from "@/db/queries/audit-chain";
import { getEnv } from "@/lib/env";
import { runMain } from "./run-main";
import { requirePostgresTool } from "./postgres-tools";

async function main(): Promise<number> {
  const url = getEnv().DATABASE_URL;
  const file = process.argv[2];
  if (!url || !file) {
    console.error("Usage: DATABASE_URL=postgres://…/new_empty_database npm run db:restore -- backups/psd-….dump");
    return 1;
  }
  if (!existsSync(file)) {
    console.error(`There is no backup file at ${file}.`);
    return 1;
  }
  const pgRestore = requirePostgresTool("pg_restore");
  const handle = await openDatabase({ kind: "postgres", url, maxConnections: 1 });
  try {
    const [existing] = await selectRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema in ('public', 'drizzle')`,
    );
    if (existing!.n > 0) {
      console.error("The target database is not empty: restore into a new, empty database (createdb), never over a live one.");
      return 1;
    }
    const result = spawnSync(pgRestore, ["--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges", `--dbname=${url}`, file], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (result.status !== 0) {
      console.error(`pg_restore failed (exit ${result.status ?? result.signal}); the transaction was rolled back and the database is still empty.`);
      return 1;
    }
    const tables = await selectRows<{ name: string }>(
      handle.db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    for (const { name } of tables) {
      const [row] = await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from ${sql.identifier(name)}`);
      console.log(`${name.padEnd(28)} ${row!.n}`);
    }
    const verdict = await verifyAuditChain(handle.db);
    if (!verdict.ok) {
      console.error(`Restored, but the audit chain is BROKEN at entry ${verdict.brokenId}: ${verdict.reason}.`);
      return 1;
    }
    console.log(`Restored. Audit chain intact: ${verdict.entries} entries, head ${verdict.headId ?? "none"}, hash ${verdict.headHash}.`);
    return 0;
  } finally {
    await handle.close();
  }
}

runMain(main, "Restore failed");
