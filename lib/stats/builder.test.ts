import { describe, expect, it } from "vitest";
import { apiQuery, builderProblem, builderQuery, comparePivots, parseBuilder, toPivot } from "./builder";
import { buildStatsResult } from "./result";

const period = { from: 2020, to: 2021 };
const table = (sergeants2021: number) =>
  buildStatsResult(
    ["year", "rank_group"],
    period,
    [
      { values: ["2020", "constable"], count: 40 },
      { values: ["2021", "constable"], count: 50 },
      { values: ["2021", "sergeant"], count: sergeants2021 },
    ],
    90 + sergeants2021,
    {
      rows: [
        { values: ["2020"], count: 40 },
        { values: ["2021"], count: 50 + sergeants2021 },
      ],
      columns: [
        { values: ["constable"], count: 90 },
        { values: ["sergeant"], count: sergeants2021 },
      ],
    },
  );

describe("parseBuilder", () => {
  it("defaults to years 2018-2021 with disclosure control on, at the force's threshold", () => {
    expect(parseBuilder({})).toEqual({ ok: true, data: { rows: "year", cols: "", from: 2018, to: 2021, control: "on" } });
  });

  it("needs a reason to switch disclosure control off, and different rows and columns", () => {
    expect(parseBuilder({ control: "off" })).toMatchObject({ ok: false, parameter: "reason" });
    expect(parseBuilder({ control: "off", reason: "internal check of figures" })).toMatchObject({ ok: true });
    expect(parseBuilder({ rows: "year", cols: "year" })).toMatchObject({ ok: false, parameter: "cols" });
  });
});

describe("apiQuery", () => {
  it("asks the API for the same table, totals and rule included", () => {
    const choice = parseBuilder({ rows: "year", cols: "finding", from: "2019", to: "2020", asAt: "2021-03-31" });
    expect(choice.ok && apiQuery(choice.data, "csv")).toBe("dimension=year%2Cfinding&from=2019&to=2020&totals=1&asAt=2021-03-31&format=csv");
    const k10 = parseBuilder({ rows: "year", k: "10" });
    expect(k10.ok && apiQuery(k10.data, "json")).toContain("suppress=10");
    const off = parseBuilder({ rows: "year", control: "off", reason: "internal reconciliation" });
    expect(off.ok && apiQuery(off.data, "json")).toContain("suppress=off&reason=internal+reconciliation");
  });
});

describe("builderProblem", () => {
  const choice = (params: Record<string, string>) => {
    const parsed = parseBuilder(params);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.data;
  };
  const foi = { exact: false, cases: false };
  const supervisor = { exact: true, cases: true };
  it("lets supervisors only switch disclosure control off", () => {
    expect(builderProblem(choice({ control: "off", reason: "internal reconciliation" }), foi, 5)).toMatchObject({ parameter: "control" });
    expect(builderProblem(choice({ control: "off", reason: "internal reconciliation" }), supervisor, 5)).toBeNull();
  });
  it("never goes below the force's threshold", () => {
    expect(builderProblem(choice({ k: "3" }), supervisor, 5)).toMatchObject({ parameter: "k" });
    expect(builderProblem(choice({ k: "7" }), foi, 5)).toBeNull();
  });
  it("takes as-at dates at month ends only from roles without case access", () => {
    expect(builderProblem(choice({ asAt: "2021-03-30" }), foi, 5)).toMatchObject({ parameter: "asAt" });
    expect(builderProblem(choice({ asAt: "2021-03-31" }), foi, 5)).toBeNull();
    expect(builderProblem(choice({ asAt: "2021-03-30" }), supervisor, 5)).toBeNull();
  });
});

describe("toPivot and comparePivots", () => {
  it("fills every value of the dimensions with zeros", () => {
    const pivot = toPivot(table(6), period);
    expect(pivot.rowKeys).toEqual(["2020", "2021"]);
    expect(pivot.colKeys).toContain("not_stated");
    expect(pivot.cell("2020", "sergeant")).toEqual({ count: 0 });
    expect(pivot.rowTotal("2021")).toEqual({ count: 56 });
    expect(pivot.grand).toEqual({ count: 96 });
  });

  it("flags the cells and totals that changed, and nothing else", () => {
    const changes = comparePivots(toPivot(table(6), period), toPivot(table(7), period));
    expect(changes).toEqual([
      { row: "2021", col: "sergeant", published: 6, now: 7 },
      { row: "2021", col: "Total", published: 56, now: 57 },
      { row: "Total", col: "sergeant", published: 6, now: 7 },
      { row: "Total", col: "Total", published: 96, now: 97 },
    ]);
    expect(comparePivots(toPivot(table(6), period), toPivot(table(6), period))).toEqual([]);
  });
});

describe("builderQuery", () => {
  it("writes a choice back so that parsing it gives the same choice, filters included", () => {
    const parsed = parseBuilder({ rows: "year", cols: "rank_group", platform: "whatsapp,facebook", control: "off", reason: "internal management report" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const again = parseBuilder(Object.fromEntries(new URLSearchParams(builderQuery(parsed.data))));
    expect(again).toEqual(parsed);
    expect(apiQuery(parsed.data, "json")).toContain("platform=whatsapp%2Cfacebook");
  });
});
