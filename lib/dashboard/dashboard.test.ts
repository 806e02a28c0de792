import { describe, expect, it } from "vitest";
import { bucketCaseSql, caseAgeBuckets } from "./buckets";
import { chartCsv } from "./csv";
import { filterQuery, filterValues, parseDashboardFilter } from "./filters";
import { applyProtection, dashboardTables } from "./disclosure";
import { shapeDashboard, type DashboardRow } from "./shape";
import { discloseResult } from "@/lib/stats/disclose";

describe("buckets", () => {
  it("writes the same bounds as SQL", () => {
    expect(bucketCaseSql(caseAgeBuckets, "age")).toBe(
      "case when age < 31 then 'under_1_month' when age < 91 then '1_to_3_months' when age < 183 then '3_to_6_months' when age < 366 then '6_to_12_months' else 'over_a_year' end",
    );
  });
});

describe("parseDashboardFilter", () => {
  it("defaults to the published years and the threshold of two", () => {
    expect(parseDashboardFilter({})).toEqual({ ok: true, data: { from: 2018, to: 2021, ei: 2 } });
  });

  it("reads filters and names a bad one", () => {
    expect(parseDashboardFilter(new URLSearchParams("platform=whatsapp&device=personal,force_issued"))).toMatchObject({
      ok: true,
      data: { platform: ["whatsapp"], device: ["personal", "force_issued"] },
    });
    expect(parseDashboardFilter({ ei: "1" })).toMatchObject({ ok: false, parameter: "ei" });
    expect(parseDashboardFilter({ from: "2022", to: "2020" })).toMatchObject({ ok: false, parameter: "from" });
  });

  it("gives back a refused range as it was written, each problem by its field, so the filter bar keeps it (issue 17, item 11)", () => {
    expect(parseDashboardFilter({ from: "2025", to: "2019", platform: "whatsapp", ei: "3" })).toEqual({
      ok: false,
      parameter: "from",
      message: "from must not be after to",
      problems: { from: "from must not be after to" },
      values: { from: "2025", to: "2019", platform: "whatsapp", rank_group: "", device: "", ei: "3" },
    });
    const twoProblems = parseDashboardFilter({ to: "20x1", device: "pager" });
    expect(twoProblems).toMatchObject({ ok: false, values: { from: "2018", to: "20x1", device: "pager" } });
    expect(Object.keys(twoProblems.ok ? {} : twoProblems.problems).sort()).toEqual(["device", "to"]);
  });

  it("writes an accepted filter as the filter bar shows it", () => {
    expect(filterValues({ from: 2019, to: 2020, platform: ["whatsapp", "facebook"], ei: 2 })).toEqual({
      from: "2019",
      to: "2020",
      platform: "whatsapp",
      rank_group: "",
      device: "",
      ei: "",
    });
    expect(filterValues({ from: 2019, to: 2020, ei: 4 }).ei).toBe("4");
  });

  it("writes a filter back as the query string it came from", () => {
    expect(filterQuery({ from: 2019, to: 2020, platform: ["whatsapp"], ei: 3 })).toBe("from=2019&to=2020&platform=whatsapp&ei=3");
    expect(filterQuery({ from: 2018, to: 2021, ei: 2 })).toBe("from=2018&to=2021");
  });
});

describe("shapeDashboard", () => {
  const rows: DashboardRow[] = [
    { chart: "headline", k1: "subjects", k2: null, value: 5 },
    { chart: "headline", k1: "median_days", k2: null, value: 120.5 },
    { chart: "year_finding", k1: "2019", k2: "case_to_answer", value: 2 },
    { chart: "year_finding", k1: "2019", k2: "ongoing", value: 1 },
    { chart: "year_finding", k1: "2021", k2: "withdrawn", value: 2 },
    { chart: "rank_group", k1: "sergeant", k2: null, value: 1 },
    { chart: "rank_group", k1: "constable", k2: null, value: 4 },
    { chart: "sanction", k1: "not_applicable", k2: null, value: 3 },
    { chart: "sanction", k1: "written_warning", k2: null, value: 2 },
    { chart: "open_age", k1: "over_a_year", k2: null, value: 7 },
  ];
  const data = shapeDashboard(rows, { from: 2019, to: 2021 });

  it("fills every year of the period and totals the findings", () => {
    expect(data.byYear.map((y) => [y.year, y.total])).toEqual([
      ["2019", 3],
      ["2020", 0],
      ["2021", 2],
    ]);
    expect(data.byYear[0]!.counts).toEqual({ case_to_answer: 2, no_case_to_answer: 0, withdrawn: 0, not_recorded: 0, ongoing: 1 });
  });

  it("orders categories by vocabulary, labels them, and keeps sanctions to case-to-answer findings", () => {
    expect(data.byDimension.rank_group).toEqual([
      { key: "constable", label: "Constable", count: 4 },
      { key: "sergeant", label: "Sergeant", count: 1 },
    ]);
    expect(data.byDimension.sanction.map((r) => r.key)).toEqual(["written_warning"]);
  });

  it("reads the headline, rounding the median, and shows every bucket", () => {
    expect(data.headline).toEqual({ subjects: 5, finalisedCases: 0, medianDaysToFinalise: 121, openCases: 0, overdueCases: 0 });
    expect(data.openByAge.map((b) => b.count)).toEqual([0, 0, 0, 0, 7]);
  });

  it("lays out its subject-officer charts as tables for disclosure control, and writes withheld figures as [c]", () => {
    const tables = dashboardTables(data, { from: 2019, to: 2021 });
    expect(tables.map((t) => t.chart)).toEqual(["year_finding", "rank_group", "sanction", "platform", "device", "source", "standard", "group_part"]);
    // The sanction table carries the not-applicable row the chart leaves out, so that it adds up to the total.
    expect(tables[2]!.exact.rows).toEqual([
      { sanction: "written_warning", count: 2 },
      { sanction: "not_applicable", count: 3 },
    ]);
    const protectedData = applyProtection(
      data,
      tables,
      tables.map((t) => discloseResult(t.exact, 5)),
      5,
    );
    expect(protectedData.headline.subjects).toBe(5);
    expect(protectedData.byYear[0]!.counts.case_to_answer).toBeNull();
    expect(chartCsv(protectedData, "rank_group")).toBe("rank_group,subject_officers\r\nconstable,[c]\r\nsergeant,[c]\r\n");
    expect(chartCsv(protectedData, "open_age")).toContain("over_a_year,7");
  });

  it("writes each chart's numbers as CSV", () => {
    expect(chartCsv(data, "rank_group")).toBe("rank_group,subject_officers\r\nconstable,4\r\nsergeant,1\r\n");
    expect(chartCsv(data, "year_finding").split("\r\n")[0]).toBe("year,case_to_answer,no_case_to_answer,withdrawn,not_recorded,ongoing,subject_officers");
    // The totals row is read, not summed: the published 37 / 57 / 7 / 83 come out as figures.
    expect(chartCsv(data, "year_finding").split("\r\n")[4]).toBe("Total,2,0,2,0,1,5");
    expect(chartCsv(data, "open_age")).toContain("over_a_year,7");
  });
});
