import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressTable, type CountTable } from "./suppression";

function tableOf(cells: number[][]): CountTable {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = cells[0]!.map((_, c) => cells.reduce((sum, row) => sum + row[c]!, 0));
  return { cells, rowTotals, colTotals, grand: rowTotals.reduce((a, b) => a + b, 0) };
}

/** No line with a shown total hides exactly one entry: nothing can be had by subtraction. */
function leaksBySubtraction(table: CountTable, mask: ReturnType<typeof suppressTable>): string[] {
  const problems: string[] = [];
  const rows = table.cells.length;
  const cols = table.colTotals.length;
  for (let r = 0; r < rows; r++) if (!mask.rowTotals[r] && mask.cells[r]!.filter(Boolean).length === 1) problems.push(`row ${r}`);
  for (let c = 0; c < cols; c++) if (!mask.colTotals[c] && mask.cells.filter((row) => row[c]).length === 1) problems.push(`column ${c}`);
  if (!mask.grand && mask.rowTotals.filter(Boolean).length === 1) problems.push("row totals");
  if (!mask.grand && mask.colTotals.filter(Boolean).length === 1) problems.push("column totals");
  if (!mask.grand && mask.cells.flat().filter(Boolean).length === 1) problems.push("all cells");
  return problems;
}

describe("suppressTable", () => {
  it("hides small counts and a partner in their row and column", () => {
    const table = tableOf([
      [10, 3, 20],
      [12, 8, 30],
    ]);
    const mask = suppressTable(table, 5);
    expect(mask.cells[0]![1]).toBe(true);
    expect(leaksBySubtraction(table, mask)).toEqual([]);
    expect(mask.cells.flat().filter(Boolean).length).toBe(4);
  });

  it("leaves a table with no small counts alone, and shows zeros", () => {
    const mask = suppressTable(tableOf([[0, 10], [7, 9]]), 5);
    expect(mask.cells.flat().some(Boolean)).toBe(false);
    expect(mask.grand).toBe(false);
  });

  it("hides the total when a line has nothing else to hide", () => {
    const table = tableOf([[3], [40]]);
    const mask = suppressTable(table, 5);
    expect(mask.cells[0]![0]).toBe(true);
    expect(leaksBySubtraction(table, mask)).toEqual([]);
  });

  it("protects a table published with its grand total only", () => {
    const table = tableOf([[2], [40], [33]]);
    const mask = suppressTable(table, 5, { rows: false, columns: true });
    expect(mask.cells.flat().filter(Boolean).length).toBe(2);
    expect(leaksBySubtraction(table, mask)).toEqual([]);
  });

  it("never leaves a hidden count derivable from the totals shown, on any table (property)", () => {
    const small = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 200 }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((cols) => fc.array(fc.array(small, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 7 })),
        fc.integer({ min: 2, max: 10 }),
        (cells, k) => {
          const table = tableOf(cells);
          const mask = suppressTable(table, k);
          cells.forEach((row, r) => row.forEach((v, c) => v >= 1 && v < k && expect(mask.cells[r]![c]).toBe(true)));
          table.rowTotals.forEach((v, r) => v >= 1 && v < k && expect(mask.rowTotals[r]).toBe(true));
          expect(leaksBySubtraction(table, mask)).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
