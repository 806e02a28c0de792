import { describe, expect, it, vi } from "vitest";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { eq, sql } from "drizzle-orm";
import { selectRows } from "@/db/index";
import { todayIso } from "@/lib/dates";
import { users } from "@/db/schema";
import { inRolledBackTransaction } from "@/tests/rollback";
import { getDashboardData, getProtectedDashboard } from "./dashboard";
import { countSubjects } from "./stats";
import { publishedFigures } from "@/db/seed/published-figures";

const published = { from: 2018, to: 2021 };
const byKey = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));

describe.each(databaseKinds)("getDashboardData on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("shows exactly the published figures in its default view", async () => {
    const data = await getDashboardData(handle.db, published);
    expect(data.headline.subjects).toBe(184);
    expect(data.byYear.map((y) => [y.year, y.total])).toEqual([
      ["2018", 14],
      ["2019", 16],
      ["2020", 62],
      ["2021", 92],
    ]);
    const findingTotals = { case_to_answer: 0, no_case_to_answer: 0, withdrawn: 0, not_recorded: 0, ongoing: 0 };
    for (const year of data.byYear) for (const [k, v] of Object.entries(year.counts)) findingTotals[k as keyof typeof findingTotals] += v;
    expect(findingTotals).toEqual({ ...publishedFigures.finding, ongoing: 0 });
    expect(byKey(data.byDimension.rank_group)).toEqual(publishedFigures.rank_group);
    expect(byKey(data.byDimension.sanction)).toMatchObject(publishedFigures.sanction);
  });

  it("agrees with the statistics engine under every filter", async () => {
    const filters = [
      { platform: ["whatsapp" as const] },
      { device: ["personal" as const, "not_known" as const] },
      { rank_group: ["sergeant" as const, "inspector_and_above" as const] },
      { platform: ["facebook" as const], device: ["personal" as const] },
    ];
    for (const filter of filters) {
      const data = await getDashboardData(handle.db, { ...published, ...filter });
      for (const dimension of ["rank_group", "platform", "device", "source", "sanction", "group_part"] as const) {
        const engine = await countSubjects(handle.db, { dimensions: [dimension], ...published, ...filter });
        expect(byKey(data.byDimension[dimension]), `${dimension} ${JSON.stringify(filter)}`).toEqual(
          Object.fromEntries(engine.rows.filter((r) => r[dimension] !== "not_applicable").map((r) => [r[dimension], r.count])),
        );
        expect(data.headline.subjects).toBe(engine.total);
      }
    }
  });

  it("charts subject officers by their part in a group chat of their case, as the statistics engine counts them (issue 18)", async () => {
    const data = await getDashboardData(handle.db, published);
    const parts = byKey(data.byDimension.group_part);
    const engine = await countSubjects(handle.db, { dimensions: ["group_part"], ...published });
    expect(parts).toEqual(Object.fromEntries(engine.rows.map((r) => [r.group_part, r.count])));
    // The demo's 2021 group of 14 puts its subject officers in parts; everyone else is in no group.
    expect(Object.keys(parts).filter((key) => key !== "not_in_group").length).toBeGreaterThan(0);
    expect(Object.values(parts).reduce((sum, n) => sum + n, 0)).toBe(data.headline.subjects);
  });

  it("counts today's open caseload and its age, whatever the period", async () => {
    const data = await getDashboardData(handle.db, published);
    expect(data.headline.openCases).toBeGreaterThan(0);
    expect(data.openByAge.reduce((sum, b) => sum + b.count, 0)).toBe(data.headline.openCases);
    // Overdue: an open case past its stage target, or any case with a statutory clock past due.
    const [expected] = await selectRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from cases c
        where (c.status not in ('finalised', 'withdrawn') and c.stage_due_on < ${todayIso()}::date)
          or exists (select 1 from tasks t where t.case_id = c.id and t.completed_at is null and t.due_on < ${todayIso()}::date)`,
    );
    expect(data.headline.overdueCases).toBe(expected!.n);
  });

  it("times finalised cases from recording to the last dated decision", async () => {
    const data = await getDashboardData(handle.db, { from: 2022, to: 2024 });
    expect(data.headline.finalisedCases).toBeGreaterThan(0);
    expect(data.headline.medianDaysToFinalise).toBeGreaterThan(30);
    const timed = data.timeToFinalise.reduce((sum, b) => sum + b.count, 0);
    expect(timed).toBeGreaterThan(0);
    expect(timed).toBeLessThanOrEqual(data.headline.finalisedCases);
  });

  it("gets everything in one round trip to the database", async () => {
    const execute = vi.spyOn(handle.db, "execute");
    await getDashboardData(handle.db, { ...published, platform: ["whatsapp"] });
    expect(execute).toHaveBeenCalledTimes(1);
    execute.mockRestore();
  });

  for (const email of ["senior@demo.police.uk", "supervisor@demo.police.uk"]) {
    it(`protects the default view for ${email}: every published figure exact, the year-by-finding cells below 5 withheld`, async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        const [actor] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
        const exact = await getDashboardData(tx, published);
        const data = await getProtectedDashboard(tx, tx, { actor: actor!, filter: published, k: 5, memoryDays: 365, channel: "dashboard" });
        expect(data.headline.subjects).toBe(184);
        expect(data.byYear.map((y) => y.total)).toEqual([14, 16, 62, 92]);
        expect(data.findingTotals).toEqual({ case_to_answer: 37, no_case_to_answer: 57, withdrawn: 7, not_recorded: 83, ongoing: 0 });
        expect(byKey(data.byDimension.rank_group as { key: string; count: number }[])).toEqual({
          constable: 160,
          sergeant: 12,
          inspector_and_above: 8,
          not_stated: 4,
        });
        expect(byKey(data.byDimension.sanction as { key: string; count: number }[])).toMatchObject({
          dismissal_with_notice: 1,
          dismissal_without_notice: 1,
          would_have_been_dismissed: 3,
          final_written_warning: 4,
        });
        // No year-by-finding cell from 1 to 4 is shown: none was published.
        data.byYear.forEach((year, i) => {
          for (const [finding, count] of Object.entries(year.counts)) {
            const truth = exact.byYear[i]!.counts[finding as keyof typeof year.counts];
            if (truth >= 1 && truth < 5) expect(count, `${year.year} ${finding}`).toBeNull();
            else if (count !== null) expect(count).toBe(truth);
          }
        });
      });
    });
  }

  it("refuses a selection of fewer than 5 officers, saying to widen it", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [actor] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, "senior@demo.police.uk"));
      const filter = { from: 2018, to: 2018, rank_group: ["not_stated" as const] };
      const exact = await getDashboardData(tx, filter);
      expect(exact.headline.subjects).toBeGreaterThan(0);
      expect(exact.headline.subjects).toBeLessThan(5);
      await expect(getProtectedDashboard(tx, tx, { actor: actor!, filter, k: 5, memoryDays: 365, channel: "dashboard" })).rejects.toThrow(
        "This selection holds fewer than 5 officers",
      );
    });
  });

  it("shows every year of the period, empty ones included", async () => {
    const data = await getDashboardData(handle.db, { from: 2017, to: 2019 });
    expect(data.byYear.map((y) => [y.year, y.total])).toEqual([
      ["2017", 0],
      ["2018", 14],
      ["2019", 16],
    ]);
  });
});

describe.each(databaseKinds)("listEarlyInterventions on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("lists the demo's repeat subjects with a reason, and fewer at a higher threshold", async () => {
    const { listEarlyInterventions } = await import("./early-intervention");
    const supervisor = (await handle.db.select().from(users).where(eq(users.email, "supervisor@demo.police.uk")))[0]!;
    const { total, officers: flagged } = await listEarlyInterventions(handle.db, supervisor, 2);
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    expect(total).toBe(flagged.length);
    for (const person of flagged) {
      expect(person.refs.length).toBeGreaterThanOrEqual(1);
      expect(person.reason).toMatch(/^Named in \d+ allegations within twelve months: PSD-/);
    }
    expect((await listEarlyInterventions(handle.db, supervisor, 3)).officers.length).toBeLessThan(flagged.length);
  });

  it("names at most the officers asked for, the most allegations first, and counts them all", async () => {
    const { listEarlyInterventions } = await import("./early-intervention");
    const supervisor = (await handle.db.select().from(users).where(eq(users.email, "supervisor@demo.police.uk")))[0]!;
    const all = await listEarlyInterventions(handle.db, supervisor, 2);
    const two = await listEarlyInterventions(handle.db, supervisor, 2, 2);
    expect(two.total).toBe(all.total);
    expect(two.officers).toHaveLength(2);
    const allegations = (reason: string) => Number(/Named in (\d+)/.exec(reason)![1]);
    const most = Math.max(...all.officers.map((o) => allegations(o.reason)));
    expect(allegations(two.officers[0]!.reason)).toBe(most);
    expect(all.officers.map((o) => allegations(o.reason))).toEqual([...all.officers.map((o) => allegations(o.reason))].sort((a, b) => b - a));
  });
});
