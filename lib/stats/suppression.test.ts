import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feasibleRange, type TablePlace } from "./feasible-range";
import { describeRule, emptyMask, suppressTable, SUPPRESSED, type CountTable, type SuppressionMask } from "./suppression";

function tableOf(cells: number[][]): CountTable {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = cells[0]!.map((_, c) => cells.reduce((sum, row) => sum + row[c]!, 0));
  return { cells, rowTotals, colTotals, grand: rowTotals.reduce((a, b) => a + b, 0) };
}

/** Every hidden figure of the table, with where it is. */
function hiddenPlaces(mask: SuppressionMask): TablePlace[] {
  const places: TablePlace[] = [];
  mask.cells.forEach((row, r) => row.forEach((h, c) => h && places.push({ kind: "cell", r, c })));
  mask.rowTotals.forEach((h, r) => h && places.push({ kind: "row", r }));
  mask.colTotals.forEach((h, c) => h && places.push({ kind: "col", c }));
  if (mask.grand) places.push({ kind: "grand" });
  return places;
}

/** Hidden figures that the shown ones pin to a single value, found by linear programming over every cell. */
function pinnedByLp(table: CountTable, mask: SuppressionMask): string[] {
  return hiddenPlaces(mask)
    .map((place) => ({ place, range: feasibleRange(table, mask, place) }))
    .filter(({ range }) => range.max - range.min < 1e-6)
    .map(({ place, range }) => `${JSON.stringify(place)} pinned to ${range.min}`);
}

const counts = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 200 }));
const tables = fc.integer({ min: 1, max: 5 }).chain((cols) => fc.array(fc.array(counts, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 5 }));

describe("suppressTable", () => {
  it("hides small counts and a partner in their row and column", () => {
    const table = tableOf([
      [10, 3, 20],
      [12, 8, 30],
    ]);
    const mask = suppressTable(table, 5);
    expect(mask.cells[0]![1]).toBe(true);
    expect(pinnedByLp(table, mask)).toEqual([]);
    expect(mask.cells.flat().filter(Boolean).length).toBe(4);
  });

  it("leaves a table with no small counts alone, and shows zeros", () => {
    const mask = suppressTable(
      tableOf([
        [0, 10],
        [7, 9],
      ]),
      5,
    );
    expect(mask.cells.flat().some(Boolean)).toBe(false);
    expect(mask.grand).toBe(false);
  });

  it("hides the total when a line has nothing else to hide", () => {
    const table = tableOf([[3], [40]]);
    const mask = suppressTable(table, 5);
    expect(mask.cells[0]![0]).toBe(true);
    expect(pinnedByLp(table, mask)).toEqual([]);
  });

  it("protects a table published with its grand total only", () => {
    const table = tableOf([[2], [40], [33]]);
    const mask = suppressTable(table, 5, { margins: { rows: false, columns: true } });
    expect(mask.cells.flat().filter(Boolean).length).toBe(2);
  });

  it("closes a chain of rows and columns that subtraction along one line does not see", () => {
    // Each line hides two cells, yet (0,2)-(1,2) hangs off the 2x2 block by one column: the audit must catch it.
    const table = tableOf([
      [2, 3, 0, 20],
      [3, 2, 0, 20],
      [0, 0, 30, 2],
      [0, 0, 30, 3],
    ]);
    const mask = suppressTable(table, 5);
    expect(pinnedByLp(table, mask)).toEqual([]);
  });

  it("shows released figures as released, and never hides one to protect another", () => {
    // A one-way table as the statistics engine lays it out: one row, its grand total only.
    const table = tableOf([[160, 12, 8, 4]]);
    const margins = { rows: false, columns: false };
    const released = emptyMask(table);
    released.cells[0]![2] = true;
    released.cells[0]![3] = true;
    expect(suppressTable(table, 5, { margins, released }).cells[0]).toEqual([false, false, false, false]);
    expect(suppressTable(table, 5, { margins }).cells[0]).toEqual([false, false, true, true]);
    const eightReleased = emptyMask(table);
    eightReleased.cells[0]![2] = true;
    // The 4 alone would be given away by 184 - 160 - 12 - 8: its partner is the smallest other not yet published, the 12.
    expect(suppressTable(table, 5, { margins, released: eightReleased }).cells[0]).toEqual([false, true, false, true]);
  });

  it("never leaves a withheld figure pinned to one value by the figures shown, checked by linear programming on every cell (property)", () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 2, max: 10 }), (cells, k) => {
        const table = tableOf(cells);
        const mask = suppressTable(table, k);
        cells.forEach((row, r) => row.forEach((v, c) => v >= 1 && v < k && expect(mask.cells[r]![c]).toBe(true)));
        table.rowTotals.forEach((v, r) => v >= 1 && v < k && expect(mask.rowTotals[r]).toBe(true));
        table.colTotals.forEach((v, c) => v >= 1 && v < k && expect(mask.colTotals[c]).toBe(true));
        expect(pinnedByLp(table, mask)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps released figures shown and still pins nothing else, with any cells released (property)", () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 2, max: 10 }), fc.infiniteStream(fc.boolean()), (cells, k, coin) => {
        const table = tableOf(cells);
        const released = emptyMask(table);
        released.cells = cells.map((row) => row.map(() => coin.next().value as boolean));
        const mask = suppressTable(table, k, { released });
        released.cells.forEach((row, r) => row.forEach((isReleased, c) => isReleased && expect(mask.cells[r]![c]).toBe(false)));
        // A figure the released ones (with the zeros, always shown) already determine is public anyway; every other withheld one must stay open.
        const publicAnyway = (place: TablePlace) => {
          const onlyReleased: SuppressionMask = {
            cells: released.cells.map((row, r) => row.map((x, c) => !x && cells[r]![c] !== 0)),
            rowTotals: table.rowTotals.map(() => true),
            colTotals: table.colTotals.map(() => true),
            grand: true,
          };
          const r = feasibleRange(table, onlyReleased, place);
          return r.max - r.min < 1e-6;
        };
        const leaks = hiddenPlaces(mask).filter((place) => {
          const r = feasibleRange(table, mask, place);
          return r.max - r.min < 1e-6 && !publicAnyway(place);
        });
        expect(leaks).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("states one symbol for every withheld figure, in words", () => {
    expect(SUPPRESSED).toBe("[c]");
    expect(describeRule(5)).toContain("[c] marks a figure withheld");
    expect(describeRule(5)).toContain("Counts from 1 to 4 are withheld");
  });
});
