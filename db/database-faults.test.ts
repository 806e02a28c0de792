import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pauseAuditAppends, startPrivatePostgres, type PrivatePostgres } from "@/tests/private-postgres";
import { isDatabaseUnavailable } from "./errors";
import { openDatabase, type DatabaseHandle } from "./index";
import { prepareDatabase } from "./prepare";
import { verifyAuditChain } from "./queries/audit-chain";
import { recordFinding } from "./queries/subjects";
import { auditEvents, cases, subjects, users } from "./schema";

describe("PostgreSQL stopped in the middle of a case save", () => {
  let server: PrivatePostgres;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    server = await startPrivatePostgres();
    handle = await openDatabase({ kind: "postgres", url: server.url });
    await prepareDatabase(handle, { seedDemo: true });
  });
  afterAll(async () => {
    await handle?.close().catch(() => {});
    await server?.destroy();
  });

  it("stores nothing of the save, and the same connection pool works again once it is back", async () => {
    const db = handle.db;
    const [supervisor] = await db.select({ id: users.id, role: users.role, team: users.team }).from(users).where(eq(users.role, "supervisor")).limit(1);
    const [target] = await db
      .select({ id: subjects.id, version: subjects.version, finding: subjects.finding, rationale: subjects.findingRationale })
      .from(subjects)
      .innerJoin(cases, eq(cases.id, subjects.caseId))
      .where(and(isNull(subjects.finding), eq(cases.restricted, false)))
      .limit(1);
    const auditBefore = await db.$count(auditEvents);

    // The save updates the subject, then waits at its audit entry: half done, uncommitted.
    const pause = await pauseAuditAppends(server.url);
    const save = recordFinding(db, supervisor!, {
      subjectId: target!.id,
      version: target!.version,
      finding: "case_to_answer",
      findingOn: "2026-02-03",
      rationale: "Written while the database was being stopped under us.",
    }).then(
      () => null,
      (error: unknown) => error,
    );
    await pause.waiting(1);
    await server.stop("fast");
    const failure = await save;
    await pause.release();
    expect(failure, "the save must fail, not succeed").not.toBeNull();
    expect(isDatabaseUnavailable(failure), `an outage, not a bad query: ${String(failure)}`).toBe(true);

    await server.start();
    const [after] = await db
      .select({ id: subjects.id, version: subjects.version, finding: subjects.finding, rationale: subjects.findingRationale })
      .from(subjects)
      .where(eq(subjects.id, target!.id));
    expect(after).toEqual(target);
    expect(await db.$count(auditEvents)).toBe(auditBefore);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: auditBefore });
  });
});
