import { expect, test } from "@playwright/test";
import { figuresOf, recoveredGroups, type E2eAtom, type ShownFigure } from "./disclosure";
import { demoAccounts, signedInApi } from "./fixtures";

const period = "from=2018&to=2021";
const reason = "reason=Reconciling+the+figures+for+the+differencing+tests";

/** The published reply (seed 002) as figures everyone has: by year and by rank group. */
const publishedReply: ShownFigure[] = [
  ...Object.entries({ "2018": 14, "2019": 16, "2020": 62, "2021": 92 }).map(([year, value]) => ({ where: { year }, value })),
  ...Object.entries({ constable: 160, sergeant: 12, inspector_and_above: 8, not_stated: 4 }).map(([rank_group, value]) => ({ where: { rank_group }, value })),
  { where: {}, value: 184 },
];

async function exactAtoms(baseURL: string, dimension: string): Promise<E2eAtom[]> {
  const supervisor = await signedInApi(baseURL, demoAccounts.supervisor);
  const body = await (await supervisor.get(`/api/stats?dimension=${dimension}&${period}&suppress=off&${reason}`)).json();
  return body.rows.map((row: Record<string, string | number>) => ({
    values: Object.fromEntries(dimension.split(",").map((d) => [d, String(row[d])])),
    count: Number(row.count),
  }));
}

test.describe("disclosure control on the server", () => {
  for (const role of ["senior_officer", "foi_officer"] as const) {
    test(`protects by default: ${role} gets [c] for small counts without asking, the published figures exactly, and cannot switch it off`, async ({
      baseURL,
    }) => {
      const api = await signedInApi(baseURL!, demoAccounts[role]);
      const cross = await (await api.get(`/api/stats?dimension=year,rank_group&${period}`)).json();
      expect(cross.disclosureControl.k).toBe(5);
      expect(cross.totals.grand).toBe(184);
      for (const row of cross.rows) if (row.count !== null) expect(row.count === 0 || row.count >= 5, JSON.stringify(row)).toBe(true);
      expect(cross.rows).toContainEqual({ year: "2021", rank_group: "sergeant", count: null, suppressed: true });
      const csv = await (await api.get(`/api/stats?dimension=year,rank_group&${period}&format=csv`)).text();
      expect(csv).toContain("2021,sergeant,[c]\r\n");
      expect(csv).not.toMatch(/<\d/);

      const ranks = await (await api.get(`/api/stats?dimension=rank_group&${period}`)).json();
      expect(ranks.rows.map((r: { count: number }) => r.count)).toEqual([160, 12, 8, 4]);

      const off = await api.get(`/api/stats?dimension=rank_group&${period}&suppress=off&${reason}`);
      expect(off.status()).toBe(403);
      const lower = await api.get(`/api/stats?dimension=rank_group&${period}&suppress=3`);
      expect(lower.status()).toBe(400);
      expect((await lower.json()).parameter).toBe("suppress");
    });

    test(`refuses an as-at date that is not a month end to ${role}, naming asAt`, async ({ baseURL }) => {
      const api = await signedInApi(baseURL!, demoAccounts[role]);
      const response = await api.get(`/api/stats?dimension=finding&${period}&asAt=2021-03-30`);
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.parameter).toBe("asAt");
      expect(body.error).toContain("asAt");
      expect((await api.get(`/api/stats?dimension=finding&${period}&asAt=2021-03-31`)).status()).toBe(200);
    });

    test(`refuses a selection of fewer than 5 officers to ${role}, saying to widen it`, async ({ baseURL }) => {
      const api = await signedInApi(baseURL!, demoAccounts[role]);
      const response = await api.get("/api/stats?dimension=finding&from=2018&to=2018&rank_group=not_stated");
      expect(response.status()).toBe(400);
      expect((await response.json()).error).toContain("This selection holds fewer than 5 officers");
    });

    test(`a two-way table and its one-way margin recover no group, as ${role}`, async ({ baseURL }) => {
      const api = await signedInApi(baseURL!, demoAccounts[role]);
      const shown = [
        ...figuresOf(await (await api.get(`/api/stats?dimension=year,rank_group&${period}`)).json()),
        ...figuresOf(await (await api.get(`/api/stats?dimension=rank_group&${period}`)).json()),
        ...figuresOf(await (await api.get(`/api/stats?dimension=year&${period}`)).json()),
      ];
      expect(recoveredGroups(await exactAtoms(baseURL!, "year,rank_group"), shown, publishedReply)).toEqual([]);
    });

    test(`a financial-year table minus a calendar-year table recovers no January-March group, as ${role}`, async ({ baseURL }) => {
      const api = await signedInApi(baseURL!, demoAccounts[role]);
      const shown = [
        ...figuresOf(await (await api.get(`/api/stats?dimension=financial_year,rank_group&${period}`)).json()),
        ...figuresOf(await (await api.get(`/api/stats?dimension=year,rank_group&${period}`)).json()),
        ...figuresOf(await (await api.get(`/api/stats?dimension=financial_year&${period}`)).json()),
      ];
      const atoms = await exactAtoms(baseURL!, "year,financial_year,rank_group");
      // The check is not idle: there are January-March groups of 1 to 4 officers to protect.
      expect(atoms.some((a) => a.count < 5 && a.values.financial_year!.startsWith(String(Number(a.values.year) - 1)))).toBe(true);
      expect(recoveredGroups(atoms, shown, publishedReply)).toEqual([]);
    });

    test(`findings as at month ends a month apart single out no decision, as ${role}`, async ({ baseURL }) => {
      const api = await signedInApi(baseURL!, demoAccounts[role]);
      const before = await (await api.get(`/api/stats?dimension=finding&${period}&asAt=2021-02-28`)).json();
      const after = await (await api.get(`/api/stats?dimension=finding&${period}&asAt=2021-03-31`)).json();
      // A finding with no row is a shown zero; a withheld one is null.
      const count = (body: { rows: { finding: string; count: number | null }[] }, finding: string) => {
        const row = body.rows.find((r) => r.finding === finding);
        return row ? row.count : 0;
      };
      // A finding, once made, stays: the difference of a finding's two counts is the officers given it that month.
      for (const finding of ["case_to_answer", "no_case_to_answer", "withdrawn", "not_recorded", "ongoing"]) {
        const a = count(before, finding);
        const b = count(after, finding);
        if (a !== null && b !== null) expect([1, 2, 3, 4], `${finding}: ${a} then ${b}`).not.toContain(Math.abs(b - a));
      }
      if (before.total !== null && after.total !== null) expect([1, 2, 3, 4]).not.toContain(Math.abs(after.total - before.total));
    });
  }

  test("a supervisor may switch disclosure control off, with a reason, and gets exact figures", async ({ baseURL }) => {
    const api = await signedInApi(baseURL!, demoAccounts.supervisor);
    const noReason = await api.get(`/api/stats?dimension=year,rank_group&${period}&suppress=off`);
    expect(noReason.status()).toBe(400);
    expect((await noReason.json()).parameter).toBe("reason");
    const exact = await (await api.get(`/api/stats?dimension=year,rank_group&${period}&suppress=off&${reason}`)).json();
    expect(exact.disclosureControl).toBeUndefined();
    expect(exact.rows).toContainEqual({ year: "2021", rank_group: "sergeant", count: 5 });
    // A supervisor sees case content, so any as-at date is theirs to ask for.
    expect((await api.get(`/api/stats?dimension=finding&${period}&asAt=2021-03-30`)).status()).toBe(200);
  });

  test("the dashboard JSON and chart CSVs are protected for a senior officer, published figures exact", async ({ baseURL }) => {
    const api = await signedInApi(baseURL!, demoAccounts.senior_officer);
    const data = await (await api.get("/api/dashboard")).json();
    expect(data.findingTotals).toEqual({ case_to_answer: 37, no_case_to_answer: 57, withdrawn: 7, not_recorded: 83, ongoing: 0 });
    for (const year of data.byYear)
      for (const count of Object.values(year.counts) as (number | null)[]) if (count !== null) expect(count === 0 || count >= 5).toBe(true);
    const csv = await (await api.get("/api/dashboard?chart=year_finding&format=csv")).text();
    expect(csv).toContain("[c]");
    expect(csv.split("\r\n\r\n")[0]!.split("\r\n").at(-1)).toBe("Total,37,57,7,83,0,184");
    const small = await api.get("/api/dashboard?from=2018&to=2018&rank_group=not_stated");
    expect(small.status()).toBe(400);
  });
});
