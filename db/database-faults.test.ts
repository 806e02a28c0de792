import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pauseAuditAppends, startPrivatePostgres, type PrivatePostgres } from "@/tests/private-postgres";
import { isDatabaseUnavailable } from "./errors";
import { openDatabase, type DatabaseHandle } from "./index";
import { prepareDatabase } from "./prepare";
import { sealAuditTrail, verifyAuditChain } from "./queries/audit-chain";
import { recordFinding } from "./queries/subjects";
import { importCaseRows } from "./queries/case-import";
import { auditEvents, caseImports, cases, people, subjects, users } from "./schema";
import { readImportCsv } from "@/lib/cases/import-csv";
import { validateImport } from "@/lib/cases/import-validate";
import { sampleImportCsv } from "@/tests/import-sample";

/** A private PostgreSQL server, seeded, for the enclosing describe block: the tests stop and start it. */
function usePrivateSeededCluster() {
  const state: { server?: PrivatePostgres; handle?: DatabaseHandle } = {};
  beforeAll(async () => {
    state.server = await startPrivatePostgres();
    state.handle = await openDatabase({ kind: "postgres", url: state.server.url });
    await prepareDatabase(state.handle, { seedDemo: true });
  });
  afterAll(async () => {
    await state.handle?.close().catch(() => {});
    await state.server?.destroy();
  });
  return { server: () => state.server!, handle: () => state.handle! };
}

type Cluster = ReturnType<typeof usePrivateSeededCluster>;

/**
 * Starts `write` and stops the server once it waits at its first audit entry, so all it
 * wrote is uncommitted; `write` must fail, as a database outage. The server is started again.
 */
async function expectOutageMidWrite(cluster: Cluster, what: string, write: () => Promise<unknown>) {
  const pause = await pauseAuditAppends(cluster.server().url);
  const running = write().then(
    () => null,
    (error: unknown) => error,
  );
  await pause.waiting(1);
  // Immediate, as a crash would: a fast shutdown may end the session holding the audit
  // lock first, and the waiting write could then commit before its own backend stops.
  await cluster.server().stop("immediate");
  const failure = await running;
  await pause.release();
  expect(failure, `the ${what} must fail, not succeed`).not.toBeNull();
  expect(isDatabaseUnavailable(failure), `an outage, not a bad query: ${String(failure)}`).toBe(true);
  await cluster.server().start();
}

describe("PostgreSQL stopped in the middle of a case save", () => {
  const cluster = usePrivateSeededCluster();

  it("stores nothing of the save, and the same connection pool works again once it is back", async () => {
    const db = cluster.handle().db;
    const [supervisor] = await db.select({ id: users.id, role: users.role, team: users.team }).from(users).where(eq(users.role, "supervisor")).limit(1);
    const [target] = await db
      .select({ id: subjects.id, version: subjects.version, finding: subjects.finding, rationale: subjects.findingRationale })
      .from(subjects)
      .innerJoin(cases, eq(cases.id, subjects.caseId))
      .where(and(isNull(subjects.finding), eq(cases.restricted, false)))
      .limit(1);
    const auditBefore = await db.$count(auditEvents);

    // The save updates the subject, then waits at its audit entry: half done, uncommitted.
    await expectOutageMidWrite(cluster, "save", () =>
      recordFinding(db, supervisor!, {
        subjectId: target!.id,
        version: target!.version,
        finding: "case_to_answer",
        findingOn: "2026-02-03",
        rationale: "Written while the database was being stopped under us.",
      }),
    );
    const [after] = await db
      .select({ id: subjects.id, version: subjects.version, finding: subjects.finding, rationale: subjects.findingRationale })
      .from(subjects)
      .where(eq(subjects.id, target!.id));
    expect(after).toEqual(target);
    expect(await db.$count(auditEvents)).toBe(auditBefore);
    await sealAuditTrail(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: auditBefore });
  });
});

describe("PostgreSQL stopped in the middle of a bulk import", () => {
  const cluster = usePrivateSeededCluster();

  it("stores none of the file, and the import goes through whole once the database is back", async () => {
    const db = cluster.handle().db;
    const [supervisor] = await db.select({ id: users.id, role: users.role, team: users.team }).from(users).where(eq(users.role, "supervisor")).limit(1);
    const read = readImportCsv(new TextEncoder().encode(sampleImportCsv({ rows: 2_000, year: 2011 })));
    if (!read.ok) throw new Error("the sample file did not read");
    const valid = await validateImport(read.records, { today: "2026-11-22" });
    if (!valid.ok) throw new Error("the sample file did not validate");
    const counts = async () => ({
      cases: await db.$count(cases),
      subjects: await db.$count(subjects),
      people: await db.$count(people),
      imports: await db.$count(caseImports),
      audit: await db.$count(auditEvents),
    });
    const before = await counts();

    // The import has written its rows and waits at its first audit entry: all of it uncommitted.
    const file = { fileName: "fault.csv", fileSha256: "f".repeat(64) };
    await expectOutageMidWrite(cluster, "import", () => importCaseRows(db, supervisor!, valid.rows, file));
    expect(await counts()).toEqual(before);
    await sealAuditTrail(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: before.audit });

    const again = await importCaseRows(db, supervisor!, valid.rows, file);
    expect(again).toMatchObject({ ok: true, summary: { subjectsAdded: 2_000 } });
  }, 120_000);
});
