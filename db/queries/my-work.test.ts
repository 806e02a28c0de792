import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { canSeeCase, type CaseViewer } from "@/lib/access/case-access";
import { addDays } from "@/lib/dates";
import { workWeek } from "@/lib/my-work/due-work";
import { caseListQuerySchema } from "@/lib/validation/case-list";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { inRolledBackTransaction } from "@/tests/rollback";
import type { Database } from "../index";
import { appPermissionRequests, caseAccessGrants, cases, contentReports, foiRequests, notifications, people, subjects, tasks, users } from "../schema";
import { DEMO_TODAY } from "../seed/demo-data";
import { listCasePage } from "./case-list";
import {
  getFoiWork,
  getInvestigatorWork,
  getOwnRequestsWork,
  getSupervisorWork,
  listAccessEndingSoon,
  listAccessRequestsToApprove,
  listDecisionsWaiting,
  listMyCases,
  listRestrictedCaseAccess,
  listUnassignedCases,
  PANEL_ROWS,
} from "./my-work";

const today = DEMO_TODAY;
const week = workWeek(today);
const open = (status: string) => !["finalised", "withdrawn"].includes(status);

interface CaseFacts {
  id: number;
  ref: string;
  summary: string;
  status: string;
  stageDueOn: string | null;
  recordedOn: string;
  assignedTo: number | null;
  team: string | null;
  restricted: boolean;
}

/** Every case reference anywhere in a panel's result. */
function refsIn(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/PSD-\d{4}-\d+/g)].map((m) => m[0]);
}

describe.each(databaseKinds)("the home page's lists on %s", (kind) => {
  const handle = useSeededDatabase(kind);
  const viewers: Record<string, CaseViewer> = {};
  let allCases: CaseFacts[];
  let restricted: CaseFacts;

  beforeAll(async () => {
    for (const row of await handle.db.select({ id: users.id, role: users.role, team: users.team, email: users.email }).from(users)) {
      viewers[row.email.split("@")[0]!] = { id: row.id, role: row.role, team: row.team };
    }
    allCases = await handle.db
      .select({
        id: cases.id,
        ref: cases.ref,
        summary: cases.summary,
        status: cases.status,
        stageDueOn: cases.stageDueOn,
        recordedOn: cases.recordedOn,
        assignedTo: cases.assignedTo,
        team: cases.team,
        restricted: cases.restricted,
      })
      .from(cases);
    restricted = allCases.find((c) => c.restricted)!;
  });

  const jo = () => viewers.investigator!;
  const joOpenCases = () => allCases.filter((c) => c.assignedTo === jo().id && !c.restricted && open(c.status));
  const subjectOf = async (db: Database, caseId: number) =>
    (await db.select({ id: subjects.id }).from(subjects).where(eq(subjects.caseId, caseId)).limit(1))[0]!.id;

  it("an investigator's cases are the open ones assigned to them, overdue first, and the demo gives them some", async () => {
    const mine = await listMyCases(handle.db, jo(), today);
    const expected = joOpenCases();
    expect(expected.length).toBeGreaterThan(0);
    expect(mine.total).toBe(expected.length);
    expect(mine.rows.length).toBe(Math.min(PANEL_ROWS, expected.length));
    expect(mine.rows.map((r) => r.ref).every((ref) => expected.some((c) => c.ref === ref))).toBe(true);
    const overdue = mine.rows.map((r) => r.overdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
    for (const row of mine.rows) {
      const facts = expected.find((c) => c.ref === row.ref)!;
      expect(row.overdue, row.ref).toBe(facts.stageDueOn !== null && facts.stageDueOn < today);
    }
  });

  it("an investigator never sees a case outside their need-to-know, even one assigned to them, with its clock and notice", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      // The restricted case assigned to Jo, with a clock due and an unread notice: still hidden without a grant.
      await tx.update(cases).set({ assignedTo: jo().id }).where(eq(cases.id, restricted.id));
      await tx.insert(tasks).values({ kind: "referral_response", caseId: restricted.id, subjectId: await subjectOf(tx, restricted.id), dueOn: today });
      await tx.insert(notifications).values({ userId: jo().id, kind: "case_assigned", reference: restricted.ref });
      const work = await getInvestigatorWork(tx, jo(), week);
      const refs = refsIn(work);
      expect(refs.length).toBeGreaterThan(0);
      expect(refs).not.toContain(restricted.ref);
      const afterAssignment = allCases.map((c) => (c.id === restricted.id ? { ...c, assignedTo: jo().id } : c));
      for (const ref of refs) {
        const facts = afterAssignment.find((c) => c.ref === ref)!;
        expect(canSeeCase(jo(), { ...facts, hasGrant: false }), ref).toBe(true);
        expect(facts.assignedTo, ref).toBe(jo().id);
      }

      // Given access, the case is theirs to work like any other.
      await tx.insert(caseAccessGrants).values({
        caseId: restricted.id,
        userId: jo().id,
        grantedBy: viewers.supervisor!.id,
        reason: "test grant",
        expiresAt: sql`now() + interval '1 day'`,
      } as never);
      const granted = await getInvestigatorWork(tx, jo(), week);
      expect(granted.myCases.rows.map((r) => r.ref)).toContain(restricted.ref);
      expect(granted.newAssignments.map((r) => r.ref)).toContain(restricted.ref);
      expect(granted.due.thisWeek.map((i) => i.caseRef)).toContain(restricted.ref);
    });
  });

  it("lists the statutory clocks and force targets due this week and overdue, as the case list counts overdue (SI 2017/1135 reg 3; 2020 regs 19, 31)", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [caseA, caseB] = joOpenCases();
      const subjectA = await subjectOf(tx, caseA!.id);
      const subjectB = await subjectOf(tx, caseB!.id);
      const other = allCases.find((c) => c.assignedTo === viewers.investigator2!.id && c.team === "PSD Team 2" && !c.restricted && open(c.status))!;
      const inserted = await tx
        .insert(tasks)
        .values([
          { kind: "barred_list_notification", caseId: caseA!.id, subjectId: subjectA, dueOn: addDays(today, -2) },
          { kind: "policing_body_report", caseId: caseB!.id, subjectId: subjectB, dueOn: addDays(today, 3) },
          { kind: "referral_response", caseId: caseA!.id, subjectId: subjectA, dueOn: week.before },
          { kind: "advisory_list_notification", caseId: caseB!.id, subjectId: subjectB, dueOn: addDays(today, -1), completedAt: new Date() },
          { kind: "referral_response", caseId: other.id, subjectId: await subjectOf(tx, other.id), dueOn: today },
        ])
        .returning({ id: tasks.id });
      const ids = inserted.map((t) => t.id);
      const { overdue, thisWeek } = (await getInvestigatorWork(tx, jo(), week)).due;
      const clockIds = (items: typeof overdue) => items.flatMap((i) => (i.source === "clock" ? [i.taskId] : []));
      expect(clockIds(overdue)).toEqual([ids[0]]);
      expect(clockIds(thisWeek)).toEqual([ids[1]]);
      const clock = overdue.find((i) => i.source === "clock")!;
      const [officer] = await tx
        .select({ name: people.name })
        .from(subjects)
        .innerJoin(people, eq(people.id, subjects.personId))
        .where(eq(subjects.id, subjectA));
      expect(clock).toMatchObject({ kind: "barred_list_notification", caseRef: caseA!.ref, officer: officer!.name, dueOn: addDays(today, -2) });

      const targets = (items: typeof overdue) => items.flatMap((i) => (i.source === "target" ? [i.caseRef] : [])).sort();
      const mine = joOpenCases().filter((c) => c.stageDueOn !== null);
      expect(targets(overdue)).toEqual(
        mine
          .filter((c) => c.stageDueOn! < today)
          .map((c) => c.ref)
          .sort(),
      );
      expect(targets(thisWeek)).toEqual(
        mine
          .filter((c) => c.stageDueOn! >= today && c.stageDueOn! < week.before)
          .map((c) => c.ref)
          .sort(),
      );
      expect(overdue.length).toBeGreaterThan(1);

      // One rule of overdue: the case list's filter finds exactly the cases with something overdue here.
      const listed = await listCasePage(tx, jo(), caseListQuerySchema.parse({ mine: "1", overdue: "1", size: "100" }), today);
      expect(listed.rows.map((r) => r.ref).sort()).toEqual([...new Set(overdue.map((i) => i.caseRef))].sort());
    });
  });

  it("new assignments are unread case-assigned notices of cases still the investigator's, once each", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [caseA, caseB, caseC] = joOpenCases();
      const elsewhere = allCases.find((c) => c.assignedTo === viewers.investigator2!.id && !c.restricted)!;
      await tx.insert(notifications).values([
        { userId: jo().id, kind: "case_assigned", reference: caseA!.ref, createdAt: new Date(Date.now() - 60_000) },
        { userId: jo().id, kind: "case_assigned", reference: caseA!.ref },
        { userId: jo().id, kind: "case_assigned", reference: caseB!.ref, readAt: new Date() },
        { userId: jo().id, kind: "deadline_soon", reference: caseC!.ref },
        { userId: jo().id, kind: "case_assigned", reference: elsewhere.ref },
        { userId: viewers.investigator2!.id, kind: "case_assigned", reference: caseC!.ref },
      ]);
      const { newAssignments } = await getInvestigatorWork(tx, jo(), week);
      expect(newAssignments.map((r) => r.ref)).toEqual([caseA!.ref]);
      expect(newAssignments[0]!.summary).toBe(caseA!.summary.slice(0, 120));
    });
  });

  it("a supervisor's decisions waiting are the cases with an officer at the appropriate authority's decision (2020 reg 23)", async () => {
    const decisions = await listDecisionsWaiting(handle.db, viewers.supervisor!, today);
    const atDecision = await handle.db
      .select({ ref: cases.ref, name: people.name })
      .from(subjects)
      .innerJoin(cases, eq(cases.id, subjects.caseId))
      .innerJoin(people, eq(people.id, subjects.personId))
      .where(and(eq(subjects.stage, "decision"), eq(cases.restricted, false)));
    const expected = new Map<string, string[]>();
    for (const row of atDecision) expected.set(row.ref, [...(expected.get(row.ref) ?? []), row.name].sort());
    expect(expected.size).toBeGreaterThan(0);
    expect(decisions.total).toBe(expected.size);
    for (const row of decisions.rows) expect(row.officers, row.ref).toEqual(expected.get(row.ref));
    const dues = decisions.rows.map((r) => r.stageDueOn ?? "9999-12-31");
    expect(dues).toEqual([...dues].sort());
  });

  it("unassigned cases are the open ones nobody holds, oldest first", async () => {
    const unassigned = await listUnassignedCases(handle.db, viewers.supervisor!, today);
    const expected = allCases
      .filter((c) => c.assignedTo === null && open(c.status) && !c.restricted)
      .sort((a, b) => a.recordedOn.localeCompare(b.recordedOn) || a.id - b.id)
      .map((c) => c.ref);
    expect(expected.length).toBeGreaterThan(0);
    expect(unassigned.total).toBe(expected.length);
    expect(unassigned.rows.map((r) => r.ref)).toEqual(expected.slice(0, PANEL_ROWS));
  });

  it("a supervisor sees a restricted case only by reference, recorded date and the state of access, and the grants about to end", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const supervisor = viewers.supervisor!;
      const supervisor2 = viewers.supervisor2!;
      // At the decision stage and unassigned: still never in those lists without a grant.
      await tx.update(subjects).set({ stage: "decision" }).where(eq(subjects.caseId, restricted.id));
      await tx.update(cases).set({ status: "decision", assignedTo: null }).where(eq(cases.id, restricted.id));
      const soon = sql`now() + interval '3 days'`;
      const later = sql`now() + interval '30 days'`;
      await tx.insert(caseAccessGrants).values([
        { caseId: restricted.id, userId: viewers.investigator2!.id, grantedBy: supervisor.id, reason: "ending soon", expiresAt: soon },
        { caseId: restricted.id, userId: jo().id, grantedBy: supervisor.id, reason: "ending later", expiresAt: later },
        // Supervisor 2 asks for their own access: a request until another supervisor approves it.
        { caseId: restricted.id, userId: supervisor2.id, grantedBy: supervisor2.id, reason: "own request", expiresAt: later, approvedAt: null },
        { caseId: restricted.id, userId: supervisor.id, grantedBy: supervisor2.id, reason: "revoked", expiresAt: later, revokedAt: sql`now()` },
      ] as never);

      const work = await getSupervisorWork(tx, supervisor, today);
      const row = work.restricted.rows.find((r) => r.ref === restricted.ref)!;
      expect(Object.keys(row).sort()).toEqual(["othersWithAccess", "recordedOn", "ref", "requestsWaiting", "yourAccessUntil", "yourRequestWaiting"]);
      expect(row).toEqual({
        ref: restricted.ref,
        recordedOn: restricted.recordedOn,
        yourAccessUntil: null,
        yourRequestWaiting: false,
        othersWithAccess: 2,
        requestsWaiting: 1,
      });
      const text = JSON.stringify(work);
      expect(text).not.toContain(restricted.summary);
      const names = await tx
        .select({ name: people.name })
        .from(subjects)
        .innerJoin(people, eq(people.id, subjects.personId))
        .where(eq(subjects.caseId, restricted.id));
      for (const { name } of names) expect(text).not.toContain(name);
      expect(work.decisions.rows.map((r) => r.ref)).not.toContain(restricted.ref);
      expect(work.unassigned.rows.map((r) => r.ref)).not.toContain(restricted.ref);

      expect(work.accessEnding.map((g) => [g.caseRef, g.holder, g.yours])).toEqual([[restricted.ref, "Chris Okafor", false]]);
      expect(work.accessRequests.map((r) => [r.caseRef, r.requester])).toEqual([[restricted.ref, "Lee Hughes"]]);
      // Nobody approves their own request (two-person rule), and supervisor 2 sees their own request as theirs.
      expect(await listAccessRequestsToApprove(tx, supervisor2)).toEqual([]);
      const own = (await listRestrictedCaseAccess(tx, supervisor2)).rows.find((r) => r.ref === restricted.ref)!;
      expect(own).toMatchObject({ yourRequestWaiting: true, yourAccessUntil: null, othersWithAccess: 2, requestsWaiting: 0 });

      // With a grant, supervisor 2 holds access until its expiry and the case is theirs to decide.
      await tx.update(caseAccessGrants).set({ approvedAt: sql`now()`, approvedBy: supervisor.id }).where(eq(caseAccessGrants.userId, supervisor2.id));
      const held = (await listRestrictedCaseAccess(tx, supervisor2)).rows.find((r) => r.ref === restricted.ref)!;
      expect(held.yourAccessUntil).toBeInstanceOf(Date);
      expect(held.yourAccessUntil!.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
      expect((await listDecisionsWaiting(tx, supervisor2, today)).rows.map((r) => r.ref)).toContain(restricted.ref);
      expect((await listAccessEndingSoon(tx, supervisor2, 31)).map((g) => g.holder)).toContain("Lee Hughes");
    });
  });

  it("refuses the supervisor's and FoI lists to roles that have no business with them", async () => {
    await expect(listRestrictedCaseAccess(handle.db, jo())).rejects.toMatchObject({ code: "forbidden" });
    await expect(listUnassignedCases(handle.db, jo(), today)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getSupervisorWork(handle.db, jo(), today)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getFoiWork(handle.db, jo(), today)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getInvestigatorWork(handle.db, viewers.foi!, week)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getInvestigatorWork(handle.db, viewers.staff!, week)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("the report queue waiting for a supervisor: reports not yet triaged away, oldest first, without the reporter or the content", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const staff = viewers.staff!;
      const report = (ref: string, status: "submitted" | "triaged" | "converted" | "closed", minutesAgo: number, caseId: number | null = null) => ({
        ref,
        reporterId: staff.id,
        description: `Test report ${ref}`,
        platform: "whatsapp" as const,
        contentSha256: "0".repeat(64),
        status,
        caseId,
        receivedAt: new Date(Date.now() - minutesAgo * 60_000),
      });
      await tx
        .insert(contentReports)
        .values([
          report("RPT-TEST-1", "submitted", 10),
          report("RPT-TEST-2", "triaged", 30),
          report("RPT-TEST-3", "converted", 40, joOpenCases()[0]!.id),
          report("RPT-TEST-4", "closed", 50),
        ]);
      const { reports } = await getSupervisorWork(tx, viewers.supervisor!, today);
      const ours = reports.rows.filter((r) => r.ref.startsWith("RPT-TEST"));
      expect(ours.map((r) => r.ref)).toEqual(["RPT-TEST-2", "RPT-TEST-1"]);
      expect(Object.keys(ours[0]!).sort()).toEqual(["platform", "receivedAt", "ref", "source", "status"]);
    });
  });

  it("an FoI officer's requests still to answer, by deadline (FOIA s.10)", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      await tx.insert(foiRequests).values([
        { ref: "FOI-TEST-1", receivedOn: "2026-11-02", deadlineOn: "2026-11-30", subject: "Later deadline", status: "received" },
        { ref: "FOI-TEST-2", receivedOn: "2026-10-30", deadlineOn: "2026-11-27", subject: "Sooner deadline", status: "in_progress" },
        { ref: "FOI-TEST-3", receivedOn: "2026-10-01", deadlineOn: "2026-10-29", subject: "Answered", status: "responded", respondedOn: "2026-10-20" },
        { ref: "FOI-TEST-4", receivedOn: "2026-10-01", deadlineOn: "2026-10-29", subject: "Late", status: "in_progress" },
      ]);
      const { requests } = await getFoiWork(tx, viewers.foi!, today);
      expect(requests.rows.filter((r) => r.ref.startsWith("FOI-TEST")).map((r) => [r.ref, r.deadlineOn])).toEqual([
        ["FOI-TEST-4", "2026-10-29"],
        ["FOI-TEST-2", "2026-11-27"],
        ["FOI-TEST-1", "2026-11-30"],
      ]);
      expect(requests.overdue).toBe(requests.rows.filter((r) => r.deadlineOn < today).length);
      expect(requests.overdue).toBeGreaterThan(0);
      const deadlines = requests.rows.map((r) => r.deadlineOn);
      expect(deadlines).toEqual([...deadlines].sort());
    });
  });

  it("staff see their own reports and app-permission requests only; a line manager also sees the requests waiting for them", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const staff = viewers.staff!;
      const manager = viewers.manager!;
      await tx.insert(contentReports).values([
        { ref: "RPT-TEST-5", reporterId: staff.id, description: "Mine", platform: "facebook", contentSha256: "1".repeat(64) },
        { ref: "RPT-TEST-6", reporterId: manager.id, description: "The manager's", platform: "facebook", contentSha256: "2".repeat(64) },
      ]);
      const request = {
        app: "signal" as const,
        purpose: "Liaison with a community group",
        device: "Asset tag MP-1",
        startsOn: today,
        requestedUntil: addDays(today, 30),
      };
      await tx.insert(appPermissionRequests).values([
        { ...request, ref: "APP-TEST-1", requesterId: staff.id },
        { ...request, ref: "APP-TEST-2", requesterId: manager.id },
      ]);
      const mine = await getOwnRequestsWork(tx, staff);
      expect(mine.reports.rows.map((r) => r.ref)).toEqual(["RPT-TEST-5"]);
      expect(mine.requests.rows.map((r) => r.ref)).toEqual(["APP-TEST-1"]);
      expect(mine.toDecide.total).toBe(0);
      const managers = await getOwnRequestsWork(tx, manager);
      expect(managers.toDecide.rows.map((r) => r.ref)).toEqual(["APP-TEST-1"]);
      expect(managers.reports.rows.map((r) => r.ref)).toEqual(["RPT-TEST-6"]);
    });
  });
});
