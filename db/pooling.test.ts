import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPostgresDatabase, postgresAdminUrl } from "@/tests/postgres";
import { startPgBouncer, type Pooler } from "@/tests/pgbouncer";

/*
 * Issue 19, item 6: PgBouncer in transaction mode in front of PostgreSQL. The app's
 * statements go through it unprepared; migrations, seeding and COPY connect directly;
 * the session settings the app cannot send at start-up are the role's in this database.
 */
let database: Awaited<ReturnType<typeof createTestPostgresDatabase>>;
let pooler: Pooler;

/** The app's modules, imported only once the environment points the app at the pooler. */
async function app() {
  return {
    ...(await import("@/db/index")),
    ...(await import("@/db/prepare")),
    ...(await import("@/db/queries/audit")),
    ...(await import("@/db/queries/audit-chain")),
    ...(await import("@/db/queries/case-import")),
    ...(await import("@/db/queries/dashboard")),
    ...(await import("@/lib/cases/import-csv")),
    ...(await import("@/lib/cases/import-validate")),
    ...(await import("@/tests/demo-records")),
    ...(await import("@/tests/import-sample")),
  };
}

describe("the app behind PgBouncer in transaction mode", () => {
  beforeAll(async () => {
    database = await createTestPostgresDatabase(postgresAdminUrl(), "pooled");
    pooler = await startPgBouncer(database.url);
    process.env.DATABASE_URL = pooler.urlFor(database.url);
    process.env.DATABASE_DIRECT_URL = database.url;
    process.env.SEED_DEMO = "1";
  }, 120_000);

  afterAll(async () => {
    const { closeDatabase } = await app();
    await closeDatabase();
    await pooler.stop();
    await database.drop();
  });

  it("migrates and seeds directly, then serves reads, writes and the audit sealer through the pooler", async () => {
    const { prepareConfiguredDatabase, selectRows, getDashboardData, sealAuditTrail, auditBy, demoAccount } = await app();
    const handle = await prepareConfiguredDatabase();
    expect(handle.url).toBe(pooler.urlFor(database.url));
    expect(handle.directUrl).toBe(database.url);

    // The settings come from the role in this database, since the pooler refuses them at start-up.
    const [settings] = await selectRows<{ jit: string; timeout: string }>(
      handle.db,
      sql`select current_setting('jit') as jit, current_setting('statement_timeout') as timeout`,
    );
    expect(settings).toEqual({ jit: "off", timeout: "15s" });

    // Sixty requests of three shapes at once share the pooler's two server connections.
    // (Prepared, postgres.js would find its statements missing on the other server
    // connection and prepare them again after the error: it recovers, at a failed round
    // trip each, so this smoke path passes either way; unprepared, no round trip fails.)
    const shapes = [
      async () => expect((await getDashboardData(handle.db, { from: 2018, to: 2021 })).headline.subjects).toBe(184),
      async () => expect(await selectRows(handle.db, sql`select ${"a"}::text as a, ${2}::int as b`)).toEqual([{ a: "a", b: 2 }]),
      async () => expect((await demoAccount(handle.db, "supervisor@demo.police.uk")).role).toBe("supervisor"),
    ];
    for (let round = 0; round < 3; round++) await Promise.all(Array.from({ length: 60 }, (_, i) => shapes[(i + round) % shapes.length]!()));

    const supervisor = await demoAccount(handle.db, "supervisor@demo.police.uk");
    await handle.db.transaction(async (tx) => {
      await auditBy(tx, supervisor, { action: "pooling.checked", entityType: "test", entityId: "pgbouncer" });
    });
    await sealAuditTrail(handle.db);
    const [entry] = await selectRows<{ sealed: boolean }>(handle.db, sql`select seq is not null as sealed from audit_events where action = 'pooling.checked'`);
    expect(entry).toEqual({ sealed: true });

    // The console speaks the simple protocol only, and has no pg_type to read.
    const admin = postgres(pooler.adminUrl, { max: 1, onnotice: () => {}, fetch_types: false });
    try {
      const stats = await admin`show stats`.simple();
      const ours = stats.find((row) => row.database === new URL(database.url).pathname.slice(1));
      expect(Number(ours?.total_xact_count)).toBeGreaterThan(180);
    } finally {
      await admin.end();
    }
  });

  it("runs the release check and a bulk import through the pooler: COPY, temporary tables and advisory locks inside one transaction", async () => {
    const { prepareConfiguredDatabase, getProtectedDashboard, importCaseRows, readImportCsv, validateImport, sampleImportCsv, demoAccount } = await app();
    const handle = await prepareConfiguredDatabase();
    expect(handle.url).toBe(pooler.urlFor(database.url));

    const senior = await demoAccount(handle.db, "senior@demo.police.uk");
    const request = { actor: senior, filter: { from: 2018, to: 2021 }, k: 5, memoryDays: 365, channel: "dashboard" };
    const dashboards = await Promise.all(Array.from({ length: 6 }, () => getProtectedDashboard(handle.db, handle.db, request)));
    for (const dashboard of dashboards) expect(dashboard).toEqual(dashboards[0]);

    const read = readImportCsv(new TextEncoder().encode(sampleImportCsv({ rows: 200, year: 2013 })));
    if (!read.ok) throw new Error("the sample file did not read");
    const valid = await validateImport(read.records, { today: "2026-11-20" });
    if (!valid.ok) throw new Error("the sample file did not validate");
    const imported = await importCaseRows(handle.db, await demoAccount(handle.db, "supervisor@demo.police.uk"), valid.rows, {
      fileName: "pooled.csv",
      fileSha256: "b".repeat(64),
    });
    expect(imported).toMatchObject({ ok: true, summary: { rowCount: 200, casesAdded: 100, subjectsAdded: 200, peopleAdded: 200 } });
  });

  it("is refused by the pooler when opened as for PostgreSQL itself, with start-up settings", async () => {
    const { openDatabase } = await app();
    const direct = await openDatabase({ kind: "postgres", url: pooler.urlFor(database.url), maxConnections: 1, statementTimeoutMs: 15_000 });
    try {
      const refused = await direct.db.execute(sql`select 1`).then(
        () => null,
        (error: Error) => error,
      );
      expect(String((refused?.cause as Error | undefined)?.message)).toMatch(/unsupported startup parameter/i);
    } finally {
      await direct.close();
    }
  });
});
