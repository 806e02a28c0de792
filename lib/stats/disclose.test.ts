import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statsToCsv, statsToWideCsv } from "./csv";
import { discloseResult, type DisclosedResult } from "./disclose";
import { toGrid } from "./grid";
import { buildStatsResult, type GroupedCount } from "./result";
import { TABLE_HEADER_ROW, statsToXlsx } from "./xlsx";

const published = buildStatsResult(
  ["rank_group"],
  { from: 2018, to: 2021 },
  [
    { values: ["constable"], count: 160 },
    { values: ["sergeant"], count: 12 },
    { values: ["inspector_and_above"], count: 8 },
    { values: ["not_stated"], count: 4 },
  ],
  184,
);

const yearByRank = (cells: [string, string, number][]) => {
  const sum = (pick: (c: [string, string, number]) => string) => {
    const totals = new Map<string, number>();
    for (const c of cells) totals.set(pick(c), (totals.get(pick(c)) ?? 0) + c[2]);
    return [...totals].map(([k, count]): GroupedCount => ({ values: [k], count }));
  };
  return buildStatsResult(
    ["year", "rank_group"],
    { from: 2018, to: 2021 },
    cells.filter((c) => c[2] > 0).map(([y, r, count]) => ({ values: [y, r], count })),
    cells.reduce((a, c) => a + c[2], 0),
    { rows: sum((c) => c[0]), columns: sum((c) => c[1]) },
  );
};

describe("discloseResult", () => {
  it("withholds counts below k, and a partner so the total gives nothing away", () => {
    const result = discloseResult(published, 5);
    expect(result.rows.find((r) => r.rank_group === "not_stated")).toEqual({ rank_group: "not_stated", count: null, suppressed: true });
    expect(result.rows.filter((r) => r.suppressed)).toHaveLength(2);
    expect(result.rows.find((r) => r.rank_group === "inspector_and_above")!.suppressed).toBe(true);
    expect(result.total).toBe(184);
  });

  it("shows released figures exactly, whatever their size", () => {
    const result = discloseResult(published, 5, { released: (key) => key[0] === "not_stated" || key[0] === "inspector_and_above" });
    expect(result.rows.map((r) => r.count)).toEqual([160, 12, 8, 4]);
  });

  it("writes every withheld count as [c] in CSV, long and wide, with the rule after the table", () => {
    const csv = statsToCsv(discloseResult(published, 5));
    expect(csv).toContain("rank_group,count\r\nconstable,160\r\nsergeant,12\r\ninspector_and_above,[c]\r\nnot_stated,[c]\r\n\r\n");
    expect(csv).toContain("Disclosure control: [c] marks a figure withheld");
    const wide = statsToWideCsv(discloseResult(published, 5), { producedAt: new Date("2026-12-01T10:00:00Z") });
    // Every category is a row, the empty "Police staff and PCSOs" included, as on screen.
    expect(wide.split("\r\n").slice(0, 8)).toEqual([
      "Rank group,Subject officers",
      "Constable,160",
      "Sergeant,12",
      "Inspector and above,[c]",
      "Police staff and PCSOs,0",
      "Not stated,[c]",
      "Total,184",
      "",
    ]);
    expect(wide).toContain("Produced,2026-12-01T10:00:00.000Z");
    expect(wide).toContain("Period,2018 to 2021");
  });

  it("checks two-dimensional tables against the totals they publish, every category included", () => {
    const table = yearByRank([
      ["2020", "constable", 50],
      ["2020", "sergeant", 3],
      ["2021", "constable", 60],
      ["2021", "sergeant", 9],
    ]);
    const result = discloseResult(table, 5);
    const hidden = result.rows.filter((r) => r.suppressed).map((r) => `${r.year}/${r.rank_group}`);
    expect(hidden).toEqual(["2020/constable", "2020/sergeant", "2021/constable", "2021/sergeant"]);
    expect(result.totals!.grand).toBe(122);
    const grid = toGrid(result);
    expect(grid.header).toEqual(["Year recorded", "Constable", "Sergeant", "Inspector and above", "Police staff and PCSOs", "Not stated", "Total"]);
    expect(grid.rows.map((r) => r.label)).toEqual(["2018", "2019", "2020", "2021", "Total"]);
  });
});

describe("the Excel workbook", () => {
  it("has a cover sheet, a notes sheet and one table per sheet, [c] as text and figures as numbers, laid out as the screen", async () => {
    const result = discloseResult(
      yearByRank([
        ["2018", "constable", 10],
        ["2018", "sergeant", 3],
        ["2018", "not_stated", 1],
        ["2019", "constable", 14],
        ["2019", "sergeant", 2],
      ]),
      5,
    );
    const buffer = await statsToXlsx(result, { producedAt: new Date("2026-12-01T10:00:00Z"), title: "Year by rank group" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Cover", "Notes", "Table_1"]);
    const sheet = workbook.getWorksheet("Table_1")!;
    const grid = toGrid(result);
    expect(sheet.getRow(TABLE_HEADER_ROW).values).toEqual([undefined, ...grid.header]);
    grid.rows.forEach((row, i) => {
      const cells = (sheet.getRow(TABLE_HEADER_ROW + 1 + i).values as unknown[]).slice(1);
      expect(cells).toEqual([row.label, ...row.values.map((v) => (v === null ? "[c]" : v))]);
    });
    expect(sheet.rowCount).toBe(TABLE_HEADER_ROW + grid.rows.length);
    for (const s of workbook.worksheets) expect(Object.keys((s as unknown as { _merges: object })._merges)).toEqual([]);
    const cover = workbook.getWorksheet("Cover")!.getSheetValues().flat().join(" ");
    expect(cover).toContain("2018 to 2021");
    expect(cover).toContain("2026-12-01T10:00:00.000Z");
  });
});

describe("no withheld figure is ever a number, in any format (property)", () => {
  const tables = fc.array(
    fc.tuple(
      fc.constantFrom("2018", "2019", "2020", "2021"),
      fc.constantFrom("constable", "sergeant", "inspector_and_above", "police_staff", "not_stated"),
      fc.integer({ min: 0, max: 40 }),
    ),
    { minLength: 1, maxLength: 20 },
  );
  it("JSON, long CSV, wide CSV and Excel carry [c] exactly where the table withholds, and numbers everywhere else", async () => {
    await fc.assert(
      fc.asyncProperty(tables, fc.integer({ min: 2, max: 10 }), async (raw, k) => {
        const unique = [...new Map(raw.map((c) => [`${c[0]}|${c[1]}`, c])).values()];
        const result: DisclosedResult = discloseResult(yearByRank(unique), k);
        const grid = toGrid(result);
        // One symbol for every withheld figure: primary and secondary are indistinguishable in every format.
        expect(JSON.stringify(result)).not.toMatch(/<\d/);
        for (const row of result.rows) if (row.suppressed) expect(row.count).toBeNull();
        const long = statsToCsv(result).split("\r\n\r\n")[0]!;
        expect(
          long
            .split("\r\n")
            .slice(1)
            .filter(Boolean)
            .every((line) => /,(\d+|\[c\])$/.test(line)),
        ).toBe(true);
        const wide = statsToWideCsv(result).split("\r\n\r\n")[0]!.split("\r\n").slice(1).filter(Boolean);
        wide.forEach((line, i) => expect(line.split(",").slice(1)).toEqual(grid.rows[i]!.values.map((v) => (v === null ? "[c]" : String(v)))));
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await statsToXlsx(result, { producedAt: new Date(), title: "t" })) as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet("Table_1")!;
        grid.rows.forEach((row, i) => {
          const cells = (sheet.getRow(TABLE_HEADER_ROW + 1 + i).values as unknown[]).slice(2);
          cells.forEach((cell, j) => {
            if (row.values[j] === null) expect(cell).toBe("[c]");
            else expect(cell).toBe(row.values[j]);
          });
        });
      }),
      { numRuns: 60 },
    );
  });
});
