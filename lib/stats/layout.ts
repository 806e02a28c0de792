import { dimensionInfo, type StatDimension } from "./dimensions";
import type { StatsRow } from "./result";

/** One figure of a table: a value for each dimension, or null where it is a total over that dimension. */
export type CellKey = (string | null)[];

/** A result's rows, columns and margins as the screen shows them: every value of a dimension, zeros included. */
export interface TableLayout {
  dimensions: StatDimension[];
  /** Values of the row dimensions (all but the last) for each row; one empty row for a one-way table. */
  rowKeys: string[][];
  /** Values of the last dimension. */
  colKeys: string[];
  /** Whether row and column totals are published (two-way tables with totals). */
  margins: boolean;
}

/** Every value of a dimension in order, so that "not stated" and "ongoing" show even at zero; years span the period. */
export function allKeys(dimension: StatDimension, period: { from: number | null; to: number | null }, present: string[]): string[] {
  if (dimension === "year" && period.from !== null && period.to !== null) {
    return Array.from({ length: period.to - period.from + 1 }, (_, i) => String(period.from! + i));
  }
  const order = dimensionInfo[dimension].order;
  if (!order) return [...new Set(present)].sort();
  return [...order, ...new Set(present.filter((p) => !order.includes(p)))];
}

interface LayoutSource {
  dimensions: StatDimension[];
  from: number | null;
  to: number | null;
  rows: (StatsRow | (Record<string, unknown> & { count: number | null }))[];
  totals?: unknown;
}

export function tableLayout(result: LayoutSource): TableLayout {
  const dims = result.dimensions;
  const colDim = dims[dims.length - 1]!;
  const rowDims = dims.slice(0, -1);
  const present = (d: StatDimension) => result.rows.map((r) => String(r[d]));
  const colKeys = allKeys(colDim, result, present(colDim));
  let rowKeys: string[][];
  if (rowDims.length === 0) rowKeys = [[]];
  else if (rowDims.length === 1) rowKeys = allKeys(rowDims[0]!, result, present(rowDims[0]!)).map((k) => [k]);
  else
    rowKeys = [
      ...new Map(
        result.rows.map((r) => {
          const key = rowDims.map((d) => String(r[d]));
          return [key.join("\u0000"), key];
        }),
      ).values(),
    ];
  return { dimensions: dims, rowKeys, colKeys, margins: dims.length === 2 && result.totals !== undefined };
}

export const cellKey = (layout: TableLayout, r: number, c: number): CellKey => [...layout.rowKeys[r]!, layout.colKeys[c]!];
export const rowTotalKey = (layout: TableLayout, r: number): CellKey => [...layout.rowKeys[r]!, null];
export const colTotalKey = (layout: TableLayout, c: number): CellKey => [...layout.dimensions.slice(0, -1).map(() => null), layout.colKeys[c]!];
export const grandKey = (layout: TableLayout): CellKey => layout.dimensions.map(() => null);

/** Every figure a table publishes: its cells, its margins when it has them, and its grand total. */
export function publishedKeys(layout: TableLayout): CellKey[] {
  const keys: CellKey[] = [];
  layout.rowKeys.forEach((_, r) => layout.colKeys.forEach((_, c) => keys.push(cellKey(layout, r, c))));
  if (layout.margins) {
    layout.rowKeys.forEach((_, r) => keys.push(rowTotalKey(layout, r)));
    layout.colKeys.forEach((_, c) => keys.push(colTotalKey(layout, c)));
  }
  keys.push(grandKey(layout));
  return keys;
}

export const keyText = (key: CellKey) => JSON.stringify(key);
