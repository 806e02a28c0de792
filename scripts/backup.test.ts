import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, selectRows, type DatabaseHandle } from "@/db/index";
import { recordAudit } from "@/db/queries/audit";
import { sealAuditTrail, verifyAuditChain } from "@/db/queries/audit-chain";
import { openPrivateDatabase } from "@/tests/databases";
import { createTestPostgresDatabase, postgresAdminUrl } from "@/tests/postgres";

const run = promisify(execFile);

/** Runs one of the npm scripts' files as npm would, with DATABASE_URL set; never throws, returns the exit code and output. */
async function script(name: string, databaseUrl: string, args: string[] = []) {
  const result = await run(process.execPath, ["--import", "tsx", path.join("scripts", name), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
  return { ...result, output: `${result.stdout}${result.stderr}` };
}

async function rowCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const tables = await selectRows<{ name: string }>(
    handle.db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from ${sql.identifier(name)}`))[0]!.n;
  return counts;
}

describe("npm run db:backup, db:restore and audit:verify on PostgreSQL", () => {
  let original: DatabaseHandle;
  let target: Awaited<ReturnType<typeof createTestPostgresDatabase>>;
  let restored: DatabaseHandle | undefined;
  const dir = mkdtempSync(path.join(tmpdir(), "psd-backup-"));
  const file = path.join(dir, "psd.dump");

  beforeAll(async () => {
    original = await openPrivateDatabase("postgres", { seed: true });
    for (let i = 0; i < 5; i++) await recordAudit(original.db, { actorId: null, actorRole: null, action: "test.before_backup", detail: { i } });
    target = await createTestPostgresDatabase(postgresAdminUrl(), "restore");
  }, 120_000);
  afterAll(async () => {
    await restored?.close();
    await target?.drop();
    await original?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores into a fresh database with every table's row count and the audit chain intact", async () => {
    const backup = await script("db-backup.ts", original.url!, [file]);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/Backed up to .*psd\.dump/);
    const originalVerdict = await verifyAuditChain(original.db);
    expect(backup.output).toContain(originalVerdict.ok ? originalVerdict.headHash : "no head");

    const restore = await script("db-restore.ts", target.url, [file]);
    expect(restore.code, restore.output).toBe(0);
    restored = await openDatabase({ kind: "postgres", url: target.url, maxConnections: 1 });
    const counts = await rowCounts(restored);
    expect(counts).toEqual(await rowCounts(original));
    expect(counts.subjects).toBeGreaterThan(184);
    expect(counts.audit_events).toBeGreaterThanOrEqual(6);
    const verdict = await verifyAuditChain(restored.db);
    expect(verdict).toEqual(originalVerdict);

    // The restored database keeps the protection: its triggers came back with it.
    await expect(restored.db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await recordAudit(restored.db, { actorId: null, actorRole: null, action: "test.after_restore" });
    await sealAuditTrail(restored.db);
    expect(await verifyAuditChain(restored.db)).toMatchObject({ ok: true, entries: originalVerdict.entries + 1, unsealed: 0 });
  });

  it("refuses to restore over a database that is not empty", async () => {
    const again = await script("db-restore.ts", target.url, [file]);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/not empty/);
  });

  it("audit:verify says the chain is intact, then names the entry edited behind its back and exits 1", async () => {
    const intact = await script("audit-verify.ts", target.url);
    expect(intact.code, intact.output).toBe(0);
    expect(intact.output).toMatch(/Audit chain intact: \d+ entries/);

    const [victim] = await selectRows<{ id: string }>(
      restored!.db,
      sql`select id from audit_events where action = 'test.before_backup' order by id limit 1 offset 2`,
    );
    await restored!.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit_events set detail = '{"i": 99}' where id = ${victim!.id}`);
    });
    const broken = await script("audit-verify.ts", target.url);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain(`Audit chain BROKEN at entry ${victim!.id}`);
  });
});
