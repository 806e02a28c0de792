import type { CountTable, SuppressionMask } from "./suppression";

/**
 * Linear programming, written out so that the disclosure tests check suppression with
 * an independent method: a two-phase simplex (Bland's rule, so it cannot cycle) over
 * equality constraints and non-negative unknowns. Tables here have at most a few
 * hundred cells, so a dense tableau is plenty.
 */
const EPS = 1e-9;

/** The largest c·x with A x = b and x >= 0; null when there is no such x, Infinity when unbounded. */
export function maximise(A: number[][], b: number[], c: number[]): number | null {
  const m = A.length;
  const n = c.length;
  const width = n + m + 1;
  // Rows with a negative right-hand side are negated, so that the artificial start is feasible.
  const T = A.map((row, i) => {
    const sign = b[i]! < 0 ? -1 : 1;
    const line = new Float64Array(width);
    row.forEach((v, j) => (line[j] = sign * v));
    line[n + i] = 1;
    line[width - 1] = sign * b[i]!;
    return line;
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);

  const pivot = (r: number, col: number) => {
    const p = T[r]![col]!;
    for (let j = 0; j < width; j++) T[r]![j]! /= p;
    for (let i = 0; i < m; i++) {
      if (i === r) continue;
      const f = T[i]![col]!;
      if (Math.abs(f) > EPS) for (let j = 0; j < width; j++) T[i]![j]! -= f * T[r]![j]!;
    }
    basis[r] = col;
  };

  const run = (objective: (j: number) => number, columns: number): "optimal" | "unbounded" => {
    for (;;) {
      let entering = -1;
      for (let j = 0; j < columns && entering === -1; j++) {
        if (basis.includes(j)) continue;
        let reduced = objective(j);
        for (let i = 0; i < m; i++) reduced -= objective(basis[i]!) * T[i]![j]!;
        if (reduced > EPS) entering = j;
      }
      if (entering === -1) return "optimal";
      let leave = -1;
      let best = Infinity;
      for (let i = 0; i < m; i++) {
        const a = T[i]![entering]!;
        if (a <= EPS) continue;
        const ratio = T[i]![width - 1]! / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leave]!)) {
          best = ratio;
          leave = i;
        }
      }
      if (leave === -1) return "unbounded";
      pivot(leave, entering);
    }
  };

  run((j) => (j >= n ? -1 : 0), n + m);
  const infeasibility = basis.reduce((sum, j, i) => sum + (j >= n ? T[i]![width - 1]! : 0), 0);
  if (infeasibility > 1e-7) return null;
  // Artificials still in the basis sit at zero: swap them for a real unknown where the row has one.
  for (let i = 0; i < m; i++) {
    if (basis[i]! < n) continue;
    const col = Array.from({ length: n }, (_, j) => j).find((j) => Math.abs(T[i]![j]!) > EPS && !basis.includes(j));
    if (col !== undefined) pivot(i, col);
  }
  if (run((j) => (j < n ? c[j]! : 0), n) === "unbounded") return Infinity;
  return basis.reduce((sum, j, i) => sum + (j < n ? c[j]! * T[i]![width - 1]! : 0), 0);
}

/** Smallest and largest value of c·x with A x = b, x >= 0. */
export function range(A: number[][], b: number[], c: number[]): { min: number; max: number } {
  const max = maximise(A, b, c);
  const negMax = maximise(
    A,
    b,
    c.map((v) => -v),
  );
  if (max === null || negMax === null) throw new Error("The equations have no non-negative solution");
  return { min: -negMax, max };
}

export type TablePlace = { kind: "cell"; r: number; c: number } | { kind: "row"; r: number } | { kind: "col"; c: number } | { kind: "grand" };

/**
 * The feasible range of one figure of a table given everything the mask leaves shown:
 * every cell (empty ones included) is an unknown, every shown cell and total an equation.
 */
export function feasibleRange(table: CountTable, mask: SuppressionMask, place: TablePlace): { min: number; max: number } {
  const rows = table.cells.length;
  const cols = table.colTotals.length;
  const n = rows * cols;
  const vector = (p: TablePlace) =>
    Array.from({ length: n }, (_, i) => {
      const r = Math.floor(i / cols);
      const c = i % cols;
      return p.kind === "grand" || (p.kind === "row" && p.r === r) || (p.kind === "col" && p.c === c) || (p.kind === "cell" && p.r === r && p.c === c) ? 1 : 0;
    });
  const A: number[][] = [];
  const b: number[] = [];
  const shown = (p: TablePlace, value: number) => {
    A.push(vector(p));
    b.push(value);
  };
  table.cells.forEach((row, r) => row.forEach((v, c) => !mask.cells[r]![c] && shown({ kind: "cell", r, c }, v)));
  table.rowTotals.forEach((v, r) => !mask.rowTotals[r] && shown({ kind: "row", r }, v));
  table.colTotals.forEach((v, c) => !mask.colTotals[c] && shown({ kind: "col", c }, v));
  if (!mask.grand) shown({ kind: "grand" }, table.grand);
  return range(A, b, vector(place));
}
