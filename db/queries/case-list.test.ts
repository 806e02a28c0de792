import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/index";
import { caseListQuerySchema, encodeCursor, type CaseListQuery } from "@/lib/validation/case-list";
import { databaseKinds, openSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { cases, people, subjects, tasks } from "../schema";
import { visibleCasesWhere } from "./case-access";
import { countCasesByStatus, exportCaseList, listCasePage } from "./case-list";

const today = "2026-11-20";
const query = (input: Record<string, string> = {}): CaseListQuery => caseListQuerySchema.parse(input);

describe.each(databaseKinds)("case list on %s", (kind) => {
  let handle: DatabaseHandle;
  let supervisor: { id: number; role: "supervisor"; team: string | null };
  let investigator: { id: number; role: "investigator"; team: string | null };
  let visible: {
    id: number;
    ref: string;
    recordedOn: string;
    status: string;
    platform: string;
    device: string;
    stageDueOn: string | null;
    assignedTo: number | null;
  }[];

  beforeAll(async () => {
    handle = await openSeededDatabase(kind);
    const account = (email: string) => demoAccount(handle.db, email);
    supervisor = (await account("supervisor@demo.police.uk")) as typeof supervisor;
    investigator = (await account("investigator@demo.police.uk")) as typeof investigator;
    visible = await handle.db
      .select({
        id: cases.id,
        ref: cases.ref,
        recordedOn: cases.recordedOn,
        status: cases.status,
        platform: cases.platform,
        device: cases.device,
        stageDueOn: cases.stageDueOn,
        assignedTo: cases.assignedTo,
      })
      .from(cases)
      .where(visibleCasesWhere(handle.db, supervisor));
  });
  afterAll(() => handle.close());

  async function walk(viewer: typeof supervisor | typeof investigator, input: Record<string, string>) {
    const seen: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const page = await listCasePage(handle.db, viewer, query({ ...input, size: "25", ...(after ? { after } : {}) }), today);
      seen.push(...page.rows.map((r) => r.ref));
      if (!page.hasNext) break;
      const last = page.rows.at(-1)!;
      after = encodeCursor(last.cursor.key, last.cursor.id);
    }
    return seen;
  }

  it("pages through every visible case exactly once, newest first, by keyset", async () => {
    const seen = await walk(supervisor, {});
    const expected = [...visible].sort((a, b) => b.recordedOn.localeCompare(a.recordedOn) || b.id - a.id).map((c) => c.ref);
    expect(seen).toEqual(expected);
  });

  it("sorts by due date with closed cases last, and by reference", async () => {
    const due = await walk(supervisor, { sort: "due" });
    const byDue = [...visible].sort((a, b) => (a.stageDueOn ?? "9999-12-31").localeCompare(b.stageDueOn ?? "9999-12-31") || a.id - b.id).map((c) => c.ref);
    expect(due).toEqual(byDue);
    const refs = await walk(supervisor, { sort: "ref", dir: "desc" });
    expect(refs).toEqual(
      [...visible]
        .map((c) => c.ref)
        .sort()
        .reverse(),
    );
  });

  it("pages backwards to the same rows", async () => {
    const first = await listCasePage(handle.db, supervisor, query({ size: "25" }), today);
    const last = first.rows.at(-1)!;
    const second = await listCasePage(handle.db, supervisor, query({ size: "25", after: encodeCursor(last.cursor.key, last.cursor.id) }), today);
    const back = await listCasePage(
      handle.db,
      supervisor,
      query({ size: "25", before: encodeCursor(second.rows[0]!.cursor.key, second.rows[0]!.cursor.id) }),
      today,
    );
    expect(back.rows.map((r) => r.ref)).toEqual(first.rows.map((r) => r.ref));
    expect(back.hasPrevious).toBe(false);
    expect(back.hasNext).toBe(true);
  });

  it("counts a case with a statutory clock past due as overdue, even once finalised (SI 2017/1135 reg 3(1): barred list report)", async () => {
    const finalised = visible.find((c) => c.status === "finalised")!;
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [subject] = await tx.select({ id: subjects.id }).from(subjects).where(eq(subjects.caseId, finalised.id)).limit(1);
      await tx.insert(tasks).values({ kind: "barred_list_notification", caseId: finalised.id, subjectId: subject!.id, dueOn: "2026-11-13" });
      const page = await listCasePage(tx, supervisor, query({ overdue: "1", q: finalised.ref, size: "25" }), today);
      expect(page.rows.map((r) => r.ref)).toContain(finalised.ref);
    });
  });

  it("filters as the rules say, and the status counts add up to the matches", async () => {
    const checks: [Record<string, string>, (c: (typeof visible)[number]) => boolean][] = [
      [{ platform: "whatsapp" }, (c) => c.platform === "whatsapp"],
      [{ device: "personal", year: "2025" }, (c) => c.device === "personal" && c.recordedOn.startsWith("2025")],
      [{ overdue: "1" }, (c) => !["finalised", "withdrawn"].includes(c.status) && c.stageDueOn !== null && c.stageDueOn < today],
      [{ status: "investigation" }, (c) => c.status === "investigation"],
    ];
    for (const [input, rule] of checks) {
      const expected = visible
        .filter(rule)
        .map((c) => c.ref)
        .sort();
      expect((await walk(supervisor, input)).sort(), JSON.stringify(input)).toEqual(expected);
      expect(expected.length, `demo data has matches for ${JSON.stringify(input)}`).toBeGreaterThan(0);
    }
    const counts = await countCasesByStatus(handle.db, supervisor, query({ platform: "whatsapp" }), today);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(visible.filter((c) => c.platform === "whatsapp").length);
  });

  it("filters by a subject's rank group and finds a case by service number, name or reference", async () => {
    const [row] = await handle.db
      .select({ ref: cases.ref, serviceNumber: people.serviceNumber, name: people.name })
      .from(subjects)
      .innerJoin(cases, eq(cases.id, subjects.caseId))
      .innerJoin(people, eq(people.id, subjects.personId))
      .where(and(eq(subjects.rankGroup, "inspector_and_above"), eq(cases.restricted, false)))
      .limit(1);
    expect(await walk(supervisor, { rankGroup: "inspector_and_above" })).toContain(row!.ref);
    expect(await walk(supervisor, { rankGroup: "sergeant", q: row!.serviceNumber })).not.toContain(row!.ref);
    expect(await walk(supervisor, { q: row!.serviceNumber.toLowerCase() })).toContain(row!.ref);
    expect(await walk(supervisor, { q: row!.name.split(" ").at(-1)! })).toContain(row!.ref);
    expect(await walk(supervisor, { q: row!.ref })).toEqual([row!.ref]);
    expect(await walk(supervisor, { q: "%_\\" })).toEqual([]);
  });

  it("shows an investigator only their own and their team's cases, and 'mine' narrows to their own", async () => {
    const theirs = await walk(investigator, {});
    const allowed = await handle.db.select({ ref: cases.ref }).from(cases).where(visibleCasesWhere(handle.db, investigator));
    expect(theirs.sort()).toEqual(allowed.map((r) => r.ref).sort());
    const mine = await walk(investigator, { mine: "1" });
    expect(mine.sort()).toEqual(
      visible
        .filter((c) => c.assignedTo === investigator.id)
        .map((c) => c.ref)
        .sort(),
    );
    expect(theirs.length).toBeGreaterThan(mine.length);
  });

  it("exports the list as filtered, every page in the list's order, only what the viewer may see (issue 17, item 8)", async () => {
    for (const [viewer, input] of [
      [supervisor, { platform: "whatsapp", sort: "due" }],
      [investigator, {}],
      [investigator, { status: "finalised", sort: "ref", dir: "asc" }],
    ] as const) {
      const exported = await exportCaseList(handle.db, viewer, query(input), today);
      expect(exported.map((r) => r.ref)).toEqual(await walk(viewer, input));
    }
  });

  it("names each case's subject officers in name order, as many as it counts (issue 17, item 9)", async () => {
    const page = await listCasePage(handle.db, supervisor, query({ size: "100" }), today);
    for (const row of page.rows) {
      expect(row.subjectNames).toHaveLength(row.subjectCount);
      expect(row.subjectNames).toEqual([...row.subjectNames].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    const named = page.rows.find((r) => r.subjectCount > 1)!;
    const expected = await handle.db
      .select({ name: people.name })
      .from(subjects)
      .innerJoin(people, eq(people.id, subjects.personId))
      .innerJoin(cases, eq(cases.id, subjects.caseId))
      .where(eq(cases.ref, named.ref));
    expect([...named.subjectNames].sort()).toEqual(expected.map((r) => r.name).sort());
  });

  it("refuses a tampered page link with a message", () => {
    const result = caseListQuerySchema.safeParse({ after: "not-a-cursor" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("That page link is broken. Start again from the first page.");
  });
});
