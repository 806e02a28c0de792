import { dimensionInfo, valueLabel, type StatDimension } from "./dimensions";
import type { DisclosedResult } from "./disclose";
import { cellKey, colTotalKey, grandKey, keyText, rowTotalKey, tableLayout, type CellKey } from "./layout";
import type { StatsResult } from "./result";

/** A figure as it leaves the building: a number, or null where it is withheld. */
export type GridValue = number | null;

/** A table exactly as the screen lays it out: one header row, a label column, figures, totals last. */
export interface Grid {
  header: string[];
  rows: { label: string; values: GridValue[] }[];
}

export function keyLabel(dimension: StatDimension, key: string): string {
  return dimension === "year" || dimension === "financial_year" ? key : valueLabel(dimension, key);
}

/** The figure of every published cell key, null where withheld and zero where the result has no row. */
export function figureLookup(result: StatsResult | DisclosedResult): (key: CellKey) => GridValue {
  const dims = result.dimensions;
  const figures = new Map<string, GridValue>(result.rows.map((r) => [keyText(dims.map((d) => String(r[d]))), r.count]));
  if (result.totals && dims.length === 2) {
    for (const r of result.totals.rows) figures.set(keyText([String(r[dims[0]!]), null]), r.count);
    for (const r of result.totals.columns) figures.set(keyText([null, String(r[dims[1]!])]), r.count);
  }
  figures.set(keyText(dims.map(() => null)), result.total);
  return (key) => (figures.has(keyText(key)) ? figures.get(keyText(key))! : 0);
}

/**
 * The screen's table for one or two dimensions (the statistics page, the wide CSV and
 * the Excel table are all drawn from this): every value of each dimension, zeros
 * included, in vocabulary order.
 */
export function toGrid(result: StatsResult | DisclosedResult): Grid {
  const layout = tableLayout(result);
  const figure = figureLookup(result);
  const dims = result.dimensions;
  if (dims.length === 1) {
    return {
      header: [dimensionInfo[dims[0]!].label, "Subject officers"],
      rows: [
        ...layout.colKeys.map((key, c) => ({ label: keyLabel(dims[0]!, key), values: [figure(cellKey(layout, 0, c))] })),
        { label: "Total", values: [figure(grandKey(layout))] },
      ],
    };
  }
  if (dims.length !== 2) throw new Error("A wide table has one or two dimensions");
  const [rowDim, colDim] = dims as [StatDimension, StatDimension];
  // Without published margins a two-way table still shows its totals on screen: sums of what is shown, or withheld if any part is.
  const sumOrHidden = (values: GridValue[]) => (values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + b!, 0));
  const cells = layout.rowKeys.map((_, r) => layout.colKeys.map((_, c) => figure(cellKey(layout, r, c))));
  const rowTotals = layout.rowKeys.map((_, r) => (layout.margins ? figure(rowTotalKey(layout, r)) : sumOrHidden(cells[r]!)));
  const colTotals = layout.colKeys.map((_, c) => (layout.margins ? figure(colTotalKey(layout, c)) : sumOrHidden(cells.map((row) => row[c]!))));
  return {
    header: [dimensionInfo[rowDim].label, ...layout.colKeys.map((k) => keyLabel(colDim, k)), "Total"],
    rows: [
      ...layout.rowKeys.map((key, r) => ({ label: keyLabel(rowDim, key[0]!), values: [...cells[r]!, rowTotals[r]!] })),
      { label: "Total", values: [...colTotals, figure(grandKey(layout))] },
    ],
  };
}
