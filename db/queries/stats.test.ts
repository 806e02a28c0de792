import { describe, expect, it } from "vitest";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { generateDemoData } from "@/db/seed/demo-data";
import { financialYearOf } from "@/lib/stats/financial-year";
import { countSubjects } from "./stats";
import { publishedFigures } from "@/db/seed/published-figures";

const asObject = (rows: { count: number }[], key: string) => Object.fromEntries(rows.map((row) => [(row as Record<string, unknown>)[key], row.count]));

describe.each(databaseKinds)("countSubjects on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  const published = { from: 2018, to: 2021 };

  it("reproduces the published figures by year", async () => {
    const result = await countSubjects(handle.db, { dimensions: ["year"], ...published });
    expect(result).toEqual({
      dimensions: ["year"],
      from: 2018,
      to: 2021,
      total: publishedFigures.total,
      rows: Object.entries(publishedFigures.year).map(([year, count]) => ({ year, count })),
    });
  });

  it("reproduces the published figures by rank group", async () => {
    const result = await countSubjects(handle.db, { dimensions: ["rank_group"], ...published });
    expect(asObject(result.rows, "rank_group")).toEqual(publishedFigures.rank_group);
  });

  it("reproduces the published figures by finding", async () => {
    const result = await countSubjects(handle.db, { dimensions: ["finding"], ...published });
    expect(asObject(result.rows, "finding")).toEqual(publishedFigures.finding);
  });

  it("reproduces the published sanctions among case-to-answer findings", async () => {
    const result = await countSubjects(handle.db, { dimensions: ["sanction"], ...published });
    expect(asObject(result.rows, "sanction")).toEqual({
      ...publishedFigures.sanction,
      not_applicable: publishedFigures.total - publishedFigures.finding.case_to_answer,
    });
  });

  it("cross-tabulates with rows that add up to the total", async () => {
    const result = await countSubjects(handle.db, { dimensions: ["year", "finding"], ...published });
    expect(result.rows.reduce((sum, row) => sum + row.count, 0)).toBe(184);
    expect(result.total).toBe(184);
    const in2019 = result.rows.filter((row) => row.year === "2019").reduce((sum, row) => sum + row.count, 0);
    expect(in2019).toBe(16);
  });

  it("counts a subject once under each Standard breached, and once in the total", async () => {
    const byStandard = await countSubjects(handle.db, { dimensions: ["standard"], ...published });
    expect(byStandard.total).toBe(184);
    expect(byStandard.rows.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(184);
    expect(asObject(byStandard.rows, "standard").discreditable_conduct).toBe(184);
  });

  it("limits the period to the years asked for", async () => {
    const result = await countSubjects(handle.db, { dimensions: ["year"], from: 2019, to: 2020 });
    expect(result.total).toBe(78);
    expect(result.rows.map((row) => row.year)).toEqual(["2019", "2020"]);
  });

  it("counts open work as ongoing when no period is given", async () => {
    const result = await countSubjects(handle.db, { dimensions: ["finding"] });
    expect(result.from).toBeNull();
    expect(asObject(result.rows, "finding").ongoing).toBeGreaterThan(0);
    expect(result.rows.reduce((sum, row) => sum + row.count, 0)).toBe(result.total);
  });

  it("applies filters, so that filtered parts add up to the unfiltered whole", async () => {
    const all = await countSubjects(handle.db, { dimensions: ["year"], ...published });
    const parts = await Promise.all(
      (["personal", "force_issued", "not_known"] as const).map((device) => countSubjects(handle.db, { dimensions: ["year"], ...published, device: [device] })),
    );
    expect(parts.reduce((sum, part) => sum + part.total, 0)).toBe(all.total);
    const constables = await countSubjects(handle.db, { dimensions: ["rank_group"], ...published, rank_group: ["constable", "sergeant"] });
    expect(asObject(constables.rows, "rank_group")).toEqual({ constable: 160, sergeant: 12 });
    const whatsapp = await countSubjects(handle.db, { dimensions: ["platform"], ...published, platform: ["whatsapp"] });
    expect(whatsapp.rows.map((r) => r.platform)).toEqual(["whatsapp"]);
    expect(whatsapp.total).toBeGreaterThan(0);
    expect(whatsapp.total).toBeLessThan(184);
  });

  it("gives the figures as they stood on an as-at date", async () => {
    const asAt = await countSubjects(handle.db, { dimensions: ["year"], ...published, asAt: "2019-12-31" });
    expect(asAt.rows).toEqual([
      { year: "2018", count: 14 },
      { year: "2019", count: 16 },
    ]);
    expect(asAt.total).toBe(30);
    expect(asAt.asAt).toBe("2019-12-31");
    // Findings made after the date count as ongoing; records without any decision stay "not recorded".
    const findings = await countSubjects(handle.db, { dimensions: ["finding"], from: 2018, to: 2018, asAt: "2018-12-31" });
    const now = await countSubjects(handle.db, { dimensions: ["finding"], from: 2018, to: 2018 });
    expect(asObject(findings.rows, "finding").ongoing).toBeGreaterThan(0);
    expect(asObject(findings.rows, "finding").not_recorded).toBe(asObject(now.rows, "finding").not_recorded);
    expect(asObject(findings.rows, "finding").case_to_answer ?? 0).toBeLessThan(asObject(now.rows, "finding").case_to_answer);
  });

  it("buckets financial years from April to March exactly as financialYearOf does", async () => {
    const result = await countSubjects(handle.db, { dimensions: ["financial_year"], from: 2018, to: 2021 });
    const expected: Record<string, number> = {};
    for (const c of generateDemoData().cases.filter((c) => c.recordedOn >= "2018-01-01" && c.recordedOn <= "2021-12-31")) {
      const fy = financialYearOf(c.recordedOn);
      expected[fy] = (expected[fy] ?? 0) + c.subjects.length;
    }
    expect(asObject(result.rows, "financial_year")).toEqual(expected);
    expect(result.rows.map((r) => r.financial_year)).toEqual(Object.keys(expected).sort());
  });

  it("gives row, column and grand totals that reconcile", async () => {
    const result = await countSubjects(handle.db, { dimensions: ["year", "rank_group"], ...published, totals: true });
    const sum = (rows: { count: number }[]) => rows.reduce((a, r) => a + r.count, 0);
    expect(result.totals!.grand).toBe(184);
    expect(asObject(result.totals!.rows, "year")).toEqual({ "2018": 14, "2019": 16, "2020": 62, "2021": 92 });
    expect(asObject(result.totals!.columns, "rank_group")).toEqual({ constable: 160, sergeant: 12, inspector_and_above: 8, not_stated: 4 });
    expect(sum(result.rows)).toBe(184);
    expect(sum(result.totals!.rows)).toBe(sum(result.totals!.columns));
  });

  it("returns no rows and a zero total for an empty period", async () => {
    const result = await countSubjects(handle.db, { dimensions: ["year", "rank_group"], from: 2000, to: 2001 });
    expect(result).toMatchObject({ total: 0, rows: [] });
  });
});
