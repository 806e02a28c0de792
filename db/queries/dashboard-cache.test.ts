import { eq, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it, vi } from "vitest";
import { selectRows, type Database } from "@/db/index";
import type { DashboardData } from "@/lib/dashboard/shape";
import { todayIso } from "@/lib/dates";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { inRolledBackTransaction } from "@/tests/rollback";
import { cases, people, subjects, tasks, users } from "../schema";
import { getDashboardData, getProtectedDashboard } from "./dashboard";
import { forgetKeptDashboards, keptDashboardData, readDashboardVersions } from "./dashboard-cache";

const today = todayIso();
const filter = { from: 2017, to: 2026, today };
const kept = (db: Database) => keptDashboardData(db, filter, getDashboardData);

async function one<T>(db: Database, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await selectRows<T>(db, query);
  if (!row) throw new Error("the demo data has no row for this test");
  return row;
}

const openCase = (db: Database) => one<{ id: number }>(db, sql`select id from cases where status not in ('finalised', 'withdrawn') order by id limit 1`);

/** An open case that is not overdue in any way, so that one change makes it so. */
const caseNotOverdue = (db: Database) =>
  one<{ id: number }>(
    db,
    sql`select c.id from cases c where c.status not in ('finalised', 'withdrawn') and (c.stage_due_on is null or c.stage_due_on >= ${today}::date)
      and not exists (select 1 from tasks t where t.case_id = c.id and t.completed_at is null and t.due_on < ${today}::date) order by c.id limit 1`,
  );

/** A clock past due on a closed case that has none: the case becomes overdue by it alone. */
async function addOverdueClock(db: Database): Promise<number> {
  const target = await one<{ caseId: number; subjectId: number }>(
    db,
    sql`select c.id as "caseId", s.id as "subjectId" from cases c join subjects s on s.case_id = c.id where c.status = 'finalised'
      and not exists (select 1 from tasks t where t.case_id = c.id and t.completed_at is null) order by c.id, s.id limit 1`,
  );
  const [task] = await db
    .insert(tasks)
    .values({ kind: "barred_list_notification", caseId: target.caseId, subjectId: target.subjectId, dueOn: "2025-01-06" })
    .returning({ id: tasks.id });
  return task!.id;
}

async function addSubject(db: Database): Promise<number> {
  const { id: caseId } = await openCase(db);
  const [person] = await db.insert(people).values({ serviceNumber: "T-KEPT-1", name: "Kept Test Officer", rank: "sergeant" }).returning();
  const [subject] = await db
    .insert(subjects)
    .values({ caseId, personId: person!.id, rank: "sergeant", regime: "2020", stage: "recorded" })
    .returning({ id: subjects.id });
  return subject!.id;
}

interface Change {
  name: string;
  /** Done before the dashboard is first kept, where the change needs something to undo. */
  setup?: (db: Database) => Promise<number>;
  change: (db: Database, made: number) => Promise<void>;
  moved: (before: DashboardData, after: DashboardData) => void;
}

const changes: Change[] = [
  {
    name: "a new case",
    change: async (db) => {
      await db.insert(cases).values({
        ref: "PSD-2026-99998",
        summary: "Kept dashboard test",
        source: "intelligence",
        platform: "whatsapp",
        channel: "group_chat",
        contentType: "other",
        device: "personal",
        recordedOn: today,
      });
    },
    moved: (before, after) => expect(after.headline.openCases).toBe(before.headline.openCases + 1),
  },
  {
    name: "a case finalised",
    change: async (db) => {
      await db
        .update(cases)
        .set({ status: "finalised" })
        .where(eq(cases.id, (await openCase(db)).id));
    },
    moved: (before, after) => {
      expect(after.headline.openCases).toBe(before.headline.openCases - 1);
      expect(after.headline.finalisedCases).toBe(before.headline.finalisedCases + 1);
    },
  },
  {
    name: "a case withdrawn",
    change: async (db) => {
      await db
        .update(cases)
        .set({ status: "withdrawn" })
        .where(eq(cases.id, (await openCase(db)).id));
    },
    moved: (before, after) => expect(after.headline.openCases).toBe(before.headline.openCases - 1),
  },
  {
    name: "an open case's stage deadline moved into the past",
    change: async (db) => {
      await db
        .update(cases)
        .set({ stageDueOn: "2025-01-06" })
        .where(eq(cases.id, (await caseNotOverdue(db)).id));
    },
    moved: (before, after) => expect(after.headline.overdueCases).toBe(before.headline.overdueCases + 1),
  },
  {
    name: "a statutory clock past due added",
    change: async (db) => {
      await addOverdueClock(db);
    },
    moved: (before, after) => expect(after.headline.overdueCases).toBe(before.headline.overdueCases + 1),
  },
  {
    name: "a statutory clock past due completed",
    setup: addOverdueClock,
    change: async (db, taskId) => {
      await db.update(tasks).set({ completedAt: sql`now()` }).where(eq(tasks.id, taskId));
    },
    moved: (before, after) => expect(after.headline.overdueCases).toBe(before.headline.overdueCases - 1),
  },
  {
    name: "a subject's finding",
    change: async (db) => {
      const { id } = await one<{ id: number }>(db, sql`select id from subjects where finding = 'no_case_to_answer' order by id limit 1`);
      await db.update(subjects).set({ finding: "withdrawn" }).where(eq(subjects.id, id));
    },
    moved: (before, after) => expect(after.findingTotals.withdrawn).toBe(before.findingTotals.withdrawn! + 1),
  },
  {
    name: "a subject's outcome and its date, the last decision of a finalised case",
    change: async (db) => {
      const { id } = await one<{ id: number }>(
        db,
        // Finalised within two years, so that a decision 2,000 days later moves it to "over 2 years".
        sql`select s.id from subjects s join cases c on c.id = s.case_id where c.status = 'finalised' and s.outcome_on < c.recorded_on + 731
          and s.outcome <> 'dismissal_with_notice' and c.recorded_on >= '2017-01-01' order by s.id limit 1`,
      );
      await db
        .update(subjects)
        .set({ outcome: "dismissal_with_notice", outcomeOn: sql`${subjects.outcomeOn} + 2000` })
        .where(eq(subjects.id, id));
    },
    moved: (before, after) => {
      expect(after.timeToFinalise).not.toEqual(before.timeToFinalise);
      expect(after.byDimension.sanction).not.toEqual(before.byDimension.sanction);
    },
  },
  {
    name: "a subject added",
    change: async (db) => {
      await addSubject(db);
    },
    moved: (before, after) => expect(after.headline.subjects).toBe(before.headline.subjects! + 1),
  },
  {
    name: "a subject deleted",
    setup: addSubject,
    change: async (db, subjectId) => {
      await db.delete(subjects).where(eq(subjects.id, subjectId));
    },
    moved: (before, after) => expect(after.headline.subjects).toBe(before.headline.subjects! - 1),
  },
  {
    name: "a subject record moved to another officer, out of the group chat of its case",
    change: async (db) => {
      const { id } = await one<{ id: number }>(
        db,
        sql`select s.id from subjects s join chat_group_cases gc on gc.case_id = s.case_id join chat_group_members m on m.group_id = gc.group_id and m.person_id = s.person_id
          order by s.id limit 1`,
      );
      const [person] = await db.insert(people).values({ serviceNumber: "T-KEPT-2", name: "Kept Test Officer", rank: "constable" }).returning();
      await db.update(subjects).set({ personId: person!.id }).where(eq(subjects.id, id));
    },
    moved: (before, after) => expect(after.byDimension.group_part).not.toEqual(before.byDimension.group_part),
  },
  {
    name: "a case's platform",
    change: async (db) => {
      const { id } = await one<{ id: number }>(
        db,
        sql`select c.id from cases c where c.platform <> 'telegram' and c.recorded_on >= '2017-01-01' and exists (select 1 from subjects s where s.case_id = c.id) order by c.id limit 1`,
      );
      await db.update(cases).set({ platform: "telegram" }).where(eq(cases.id, id));
    },
    moved: (before, after) => expect(after.byDimension.platform).not.toEqual(before.byDimension.platform),
  },
];

describe.each(databaseKinds)("the dashboard's kept figures on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  for (const { name, setup, change, moved } of changes) {
    it(`after ${name}, are the figures read afresh`, async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        const made = setup ? await setup(tx) : 0;
        const before = await kept(tx);
        expect(before).toEqual(await getDashboardData(tx, filter));
        await change(tx, made);
        const after = await kept(tx);
        expect(after).toEqual(await getDashboardData(tx, filter));
        moved(before, after);
      });
    });
  }

  it("are read once for a repeat with no change between, and again after a change", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [actor] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, "supervisor@demo.police.uk"));
      const request = { actor: actor!, filter: { from: 2018, to: 2021 }, k: 5, memoryDays: 365, channel: "dashboard" };
      const dialect = new PgDialect();
      const execute = vi.spyOn(tx, "execute");
      const dashboardStatements = () =>
        execute.mock.calls.filter(([query]) => dialect.sqlToQuery(query as never).sql.includes("as dashboard(chart, k1, k2, value)")).length;

      const first = await getProtectedDashboard(tx, tx, request);
      expect(dashboardStatements()).toBe(1);
      expect(await getProtectedDashboard(tx, tx, request)).toEqual(first);
      expect(dashboardStatements()).toBe(1);

      await tx
        .update(cases)
        .set({ stageDueOn: "2025-01-06" })
        .where(eq(cases.id, (await caseNotOverdue(tx)).id));
      const changed = await getProtectedDashboard(tx, tx, request);
      expect(dashboardStatements()).toBe(2);
      expect(changed.headline.overdueCases).not.toEqual(first.headline.overdueCases);
      execute.mockRestore();
    });
  });

  it("are read once for requests that arrive together, and each gets a copy of its own", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const read = vi.fn(getDashboardData);
      const together = await Promise.all(Array.from({ length: 5 }, () => keptDashboardData(tx, filter, read)));
      expect(read).toHaveBeenCalledTimes(1);
      for (const data of together) expect(data).toEqual(together[0]);
      together[0]!.headline.subjects = -1;
      together[0]!.byYear[0]!.total = -1;
      const again = await keptDashboardData(tx, filter, read);
      expect(read).toHaveBeenCalledTimes(1);
      expect(again).toEqual(together[1]);
    });
  });

  it("keep the 256 most recently used dashboards, and date each by its day", async () => {
    forgetKeptDashboards();
    const figures = await getDashboardData(handle.db, filter);
    const read = vi.fn(async () => figures);
    const day = (i: number) => ({ ...filter, today: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10) });
    for (let i = 0; i < 256; i++) await keptDashboardData(handle.db, day(i), read);
    expect(read).toHaveBeenCalledTimes(256);
    await keptDashboardData(handle.db, day(0), read);
    await keptDashboardData(handle.db, day(256), read);
    expect(read).toHaveBeenCalledTimes(257);
    // Day 0 was used again just before, so day 1 was the least recently used and went.
    await keptDashboardData(handle.db, day(0), read);
    expect(read).toHaveBeenCalledTimes(257);
    await keptDashboardData(handle.db, day(1), read);
    expect(read).toHaveBeenCalledTimes(258);
    expect(read).toHaveBeenLastCalledWith(handle.db, day(1));
  });

  it("are dated today when the filter names no day", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const read = vi.fn(getDashboardData);
      await keptDashboardData(tx, { from: 2018, to: 2021 }, read);
      expect(read).toHaveBeenLastCalledWith(tx, { from: 2018, to: 2021, today: todayIso() });
    });
  });
});

/** Migration 0037: which statements move the caseload version, and which do not. */
describe.each(databaseKinds)("the caseload version on %s", (kind) => {
  const handle = useSeededDatabase(kind);
  const caseload = async (db: Database) => (await readDashboardVersions(db)).split("/")[1]!;
  const figures = async (db: Database) => (await readDashboardVersions(db)).split("/")[0]!;

  it("moves with every change to cases and clocks that the dashboard reads, and figures cover the rest", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const caseId = (await openCase(tx)).id;
      const moves: [string, () => Promise<unknown>][] = [
        [
          "a case inserted",
          () =>
            tx.insert(cases).values({
              ref: "PSD-2026-99997",
              summary: "Version test",
              source: "intelligence",
              platform: "whatsapp",
              channel: "group_chat",
              contentType: "other",
              device: "personal",
              recordedOn: today,
            }),
        ],
        ["a case's status", () => tx.update(cases).set({ status: "investigation" }).where(eq(cases.id, caseId))],
        ["a case's stage deadline", () => tx.update(cases).set({ stageDueOn: "2025-01-06" }).where(eq(cases.id, caseId))],
        ["a case deleted", () => tx.delete(cases).where(eq(cases.ref, "PSD-2026-99997"))],
        ["a clock added", () => addOverdueClock(tx)],
        ["a clock's due date", () => tx.update(tasks).set({ dueOn: "2025-01-07" }).where(eq(tasks.kind, "barred_list_notification"))],
        ["a clock completed", () => tx.update(tasks).set({ completedAt: sql`now()` }).where(eq(tasks.kind, "barred_list_notification"))],
        ["a clock moved to another case", () => tx.update(tasks).set({ caseId }).where(eq(tasks.kind, "barred_list_notification"))],
        ["a clock deleted", () => tx.delete(tasks).where(eq(tasks.kind, "barred_list_notification"))],
        ["the clocks truncated", () => tx.execute(sql`truncate tasks`)],
      ];
      for (const [name, statement] of moves) {
        const before = BigInt(await caseload(tx));
        await statement();
        expect(BigInt(await caseload(tx)), name).toBe(before + 1n);
      }
    });
  });

  it("stays still on changes the dashboard does not read", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const caseId = (await openCase(tx)).id;
      const [supervisor] = await tx.select({ id: users.id }).from(users).where(eq(users.email, "supervisor@demo.police.uk"));
      const before = await readDashboardVersions(tx);
      await tx.update(cases).set({ summary: "Corrected summary", assignedTo: supervisor!.id, updatedAt: sql`now()` }).where(eq(cases.id, caseId));
      await tx.update(subjects).set({ allegation: "Corrected allegation" }).where(eq(subjects.caseId, caseId));
      expect(await readDashboardVersions(tx)).toBe(before);
    });
  });

  it("leaves the subject-officer fields to the figures version, which now watches a subject's officer too", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [person] = await tx.insert(people).values({ serviceNumber: "T-KEPT-3", name: "Kept Test Officer", rank: "constable" }).returning();
      const { id } = await one<{ id: number }>(tx, sql`select id from subjects order by id limit 1`);
      const before = { figures: BigInt(await figures(tx)), caseload: await caseload(tx) };
      await tx.update(subjects).set({ personId: person!.id }).where(eq(subjects.id, id));
      expect(BigInt(await figures(tx))).toBe(before.figures + 1n);
      expect(await caseload(tx)).toBe(before.caseload);
    });
  });
});
