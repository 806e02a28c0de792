import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feasibleRange, maximise, range } from "./feasible-range";
import { emptyMask, type CountTable } from "./suppression";

/** Every non-negative integer table of this shape whose shown figures match: the brute-force answer. */
function bruteRange(table: CountTable, hidden: [number, number][], target: [number, number]): { min: number; max: number } {
  const limit = table.grand;
  let min = Infinity;
  let max = -Infinity;
  const cells = table.cells.map((row) => [...row]);
  const visit = (i: number) => {
    if (i === hidden.length) {
      const rowsOk = cells.every((row, r) => row.reduce((a, b) => a + b, 0) === table.rowTotals[r]);
      const colsOk = table.colTotals.every((t, c) => cells.reduce((s, row) => s + row[c]!, 0) === t);
      if (rowsOk && colsOk) {
        const v = cells[target[0]]![target[1]]!;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      return;
    }
    const [r, c] = hidden[i]!;
    for (let v = 0; v <= limit; v++) {
      cells[r]![c] = v;
      visit(i + 1);
    }
  };
  visit(0);
  return { min, max };
}

describe("the simplex", () => {
  it("solves a small textbook problem, and says when there is no solution", () => {
    // x + y = 4, x - z = 1: x is at most 4 and at least 1.
    expect(
      range(
        [
          [1, 1, 0],
          [1, 0, -1],
        ],
        [4, 1],
        [1, 0, 0],
      ),
    ).toEqual({ min: 1, max: 4 });
    expect(maximise([[1, 1]], [-1], [1, 0])).toBeNull();
    expect(maximise([[1, -1]], [0], [1, 0])).toBe(Infinity);
  });

  it("gives the same range as trying every whole-number table, on small tables with margins (property)", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 3 }), { minLength: 2, maxLength: 2 })
          .filter((rows) => rows.every((r) => r.length === rows[0]!.length)),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }).filter((hide) => hide.filter(Boolean).length >= 1 && hide.filter(Boolean).length <= 4),
        (cells, hide) => {
          const table: CountTable = {
            cells,
            rowTotals: cells.map((row) => row.reduce((a, b) => a + b, 0)),
            colTotals: cells[0]!.map((_, c) => cells.reduce((s, row) => s + row[c]!, 0)),
            grand: cells.flat().reduce((a, b) => a + b, 0),
          };
          const mask = emptyMask(table);
          const hidden: [number, number][] = [];
          cells.forEach((row, r) => row.forEach((_, c) => hide[r * row.length + c] && (mask.cells[r]![c] = true) && hidden.push([r, c])));
          for (const target of hidden) {
            const lp = feasibleRange(table, mask, { kind: "cell", r: target[0], c: target[1] });
            const brute = bruteRange(table, hidden, target);
            // The margins of a two-way table form a transportation problem: its corners are whole numbers.
            expect({ min: Math.round(lp.min) + 0, max: Math.round(lp.max) + 0 }).toEqual(brute);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
