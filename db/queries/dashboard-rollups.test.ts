import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { selectRows, type Database } from "@/db/index";
import { cases, people, subjects } from "@/db/schema";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { dashboardBaseQuery, dashboardQuery } from "./dashboard";
import { countSubjects, type SubjectCountQuery } from "./stats";

type Row = { chart: string; k1: string | null; k2: string | null; value: number | string | null };

const filters = [
  { from: 2018, to: 2021 },
  { from: 2015, to: 2027 },
  { from: 2022, to: 2026, platform: ["whatsapp" as const, "facebook" as const] },
  { from: 2018, to: 2026, rank_group: ["sergeant" as const, "inspector_and_above" as const], device: ["personal" as const] },
  // Where the test's own case was and then is no more: rollup rows that went back to zero.
  { from: 2021, to: 2021, platform: ["telegram" as const], device: ["force_issued" as const] },
];

async function dashboardRows(db: Database, query: typeof dashboardQuery) {
  const out: string[] = [];
  for (const filter of filters) {
    const rows = await selectRows<Row>(db, query(filter));
    out.push(...rows.map((r) => `${JSON.stringify(filter)} ${r.chart} ${r.k1} ${r.k2} = ${r.value === null ? null : Number(r.value)}`));
  }
  return out.sort();
}

const rollupTables = ["subject_counts", "subject_standard_counts", "finalised_case_facts", "finalised_case_counts"];

/** The rollups as the triggers left them, zero counts aside (a count that went to zero is no figure). */
async function rollupContents(db: Database) {
  const out: string[] = [];
  for (const table of rollupTables) {
    const rows = await selectRows<Record<string, unknown>>(db, sql.raw(`select * from ${table}`));
    out.push(
      ...rows
        .filter((r) => !("n" in r) || Number(r.n) !== 0)
        .map((r) => `${table} ${JSON.stringify(r, (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v))}`),
    );
  }
  return out.sort();
}

const statsQueries: SubjectCountQuery[] = [
  { dimensions: ["year"] },
  { dimensions: ["year", "finding"], from: 2018, to: 2021, totals: true },
  { dimensions: ["rank_group", "sanction", "platform"], from: 2020, to: 2026, device: ["personal"] },
  { dimensions: ["source", "device"], rank_group: ["constable"], platform: ["whatsapp", "telegram"], totals: true },
];

/** The dashboard and the statistics engine from the rollups equal them from the base tables, and the rollups equal a rebuild. */
async function expectExact(db: Database) {
  expect(await dashboardRows(db, dashboardQuery)).toEqual(await dashboardRows(db, dashboardBaseQuery));
  for (const query of statsQueries) {
    expect(await countSubjects(db, query), JSON.stringify(query)).toEqual(await countSubjects(db, query, { useRollup: false }));
  }
  const maintained = await rollupContents(db);
  await db.execute(sql`select rebuild_dashboard_rollups()`);
  expect(maintained).toEqual(await rollupContents(db));
}

describe.each(databaseKinds)("the dashboard rollups on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("equal the base tables for the seeded demo", async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await expectExact(tx as unknown as Database);
        tx.rollback();
      }),
    ).rejects.toThrow(/rollback/i);
  });

  it("stay exact through every kind of change to subjects and cases", async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        const [person] = await db.insert(people).values({ serviceNumber: "T-ROLLUP-1", name: "Test Officer", rank: "sergeant" }).returning();
        const [other] = await db.insert(people).values({ serviceNumber: "T-ROLLUP-2", name: "Other Officer", rank: "inspector" }).returning();
        // A finalised case recorded with its subjects, one with no Standard recorded.
        const [created] = await db
          .insert(cases)
          .values({
            ref: "PSD-2021-9901",
            summary: "Rollup test",
            source: "intelligence",
            platform: "telegram",
            channel: "group_chat",
            contentType: "other",
            device: "force_issued",
            recordedOn: "2021-03-04",
            status: "finalised",
          })
          .returning();
        await db.insert(subjects).values([
          {
            caseId: created!.id,
            personId: person!.id,
            rank: "sergeant",
            regime: "2020",
            stage: "finalised",
            standards: ["confidentiality", "discreditable_conduct"],
            finding: "case_to_answer",
            findingOn: "2021-09-01",
            outcome: "written_warning",
            outcomeOn: "2021-11-30",
          },
          {
            caseId: created!.id,
            personId: other!.id,
            rank: "inspector",
            regime: "2020",
            stage: "finalised",
            standards: [],
            finding: "no_case_to_answer",
            findingOn: "2021-08-01",
          },
        ]);
        await expectExact(db);

        // Decisions change; a case moves year, platform and device; an open case is finalised.
        await db
          .update(subjects)
          .set({ finding: "withdrawn", outcome: null, outcomeOn: null, findingOn: "2022-01-10" })
          .where(eq(subjects.personId, person!.id));
        await db
          .update(cases)
          .set({ recordedOn: "2020-12-30", platform: "whatsapp", device: "personal", source: "public_complaint" })
          .where(eq(cases.id, created!.id));
        const [open] = await selectRows<{ id: number }>(db, sql`select id from cases where status = 'investigation' limit 1`);
        await db.update(cases).set({ status: "finalised" }).where(eq(cases.id, open!.id));
        await expectExact(db);

        // A subject moves to another case, many change at once, one is deleted, an empty case goes.
        await db.update(subjects).set({ caseId: open!.id }).where(eq(subjects.personId, other!.id));
        await db.execute(
          sql`update subjects set finding = 'not_recorded' where finding = 'no_case_to_answer' and case_id in (select id from cases where extract(year from recorded_on) = 2020)`,
        );
        await db.delete(subjects).where(eq(subjects.personId, person!.id));
        await db.delete(cases).where(eq(cases.id, created!.id));
        await expectExact(db);
        tx.rollback();
      }),
    ).rejects.toThrow(/rollback/i);
  });
});
