import type { StatDimension } from "./dimensions";
import { cellKey, colTotalKey, grandKey, keyText, rowTotalKey, tableLayout, type CellKey, type TableLayout } from "./layout";
import type { StatsResult, StatsRow } from "./result";
import { describeRule, suppressTable, type CountTable, type SuppressionMask } from "./suppression";

export type DisclosedRow = Record<string, string | number | boolean | null> & { count: number | null; suppressed?: true };

export interface DisclosedResult extends Omit<StatsResult, "rows" | "total" | "totals"> {
  total: number | null;
  totalSuppressed?: true;
  rows: DisclosedRow[];
  totals?: { rows: DisclosedRow[]; columns: DisclosedRow[]; grand: number | null };
  disclosureControl: { k: number; rule: string };
}

export interface DiscloseOptions {
  /** Figures already released (published responses): shown as they are. */
  released?: (key: CellKey) => boolean;
  /** Figures the release check withholds on top of the table's own rule. */
  withheld?: (key: CellKey) => boolean;
}

const keyOfRow = (row: Record<string, unknown>, dims: StatDimension[]): CellKey => dims.map((d) => String(row[d]));

/** The exact figures of a result by cell key, margins included; figures not listed are zero. */
export function exactFigures(result: StatsResult): Map<string, number> {
  const dims = result.dimensions;
  const figures = new Map<string, number>(result.rows.map((r) => [keyText(keyOfRow(r, dims)), r.count]));
  if (result.totals && dims.length === 2) {
    for (const r of result.totals.rows) figures.set(keyText([String(r[dims[0]!]), null]), r.count);
    for (const r of result.totals.columns) figures.set(keyText([null, String(r[dims[1]!])]), r.count);
  }
  figures.set(keyText(dims.map(() => null)), result.total);
  return figures;
}

/** A result as the count table disclosure control works on, in the layout the screen shows. */
export function countTable(result: StatsResult, layout: TableLayout = tableLayout(result)): CountTable {
  const figures = exactFigures(result);
  const get = (key: CellKey) => figures.get(keyText(key)) ?? 0;
  const cells = layout.rowKeys.map((_, r) => layout.colKeys.map((_, c) => get(cellKey(layout, r, c))));
  return {
    cells,
    // Without published margins a row's total is the sum of its cells (which, unpublished, gives nothing away).
    rowTotals: layout.rowKeys.map((_, r) => (layout.margins ? get(rowTotalKey(layout, r)) : cells[r]!.reduce((a, b) => a + b, 0))),
    colTotals: layout.colKeys.map((_, c) => (layout.margins ? get(colTotalKey(layout, c)) : cells.reduce((sum, row) => sum + row[c]!, 0))),
    grand: result.total,
  };
}

function maskOf(layout: TableLayout, test: ((key: CellKey) => boolean) | undefined): SuppressionMask | undefined {
  if (!test) return undefined;
  return {
    cells: layout.rowKeys.map((_, r) => layout.colKeys.map((_, c) => test(cellKey(layout, r, c)))),
    rowTotals: layout.rowKeys.map((_, r) => layout.margins && test(rowTotalKey(layout, r))),
    colTotals: layout.colKeys.map((_, c) => layout.margins && test(colTotalKey(layout, c))),
    grand: test(grandKey(layout)),
  };
}

/** Which figures of a result stay hidden under the rule, as a set of cell keys. */
export function hiddenKeys(result: StatsResult, k: number, options: DiscloseOptions = {}): Set<string> {
  const layout = tableLayout(result);
  const mask = suppressTable(countTable(result, layout), k, {
    margins: { rows: layout.margins, columns: layout.margins },
    released: maskOf(layout, options.released),
    withheld: maskOf(layout, options.withheld),
  });
  const hidden = new Set<string>();
  layout.rowKeys.forEach((_, r) => layout.colKeys.forEach((_, c) => mask.cells[r]![c] && hidden.add(keyText(cellKey(layout, r, c)))));
  if (layout.margins) {
    layout.rowKeys.forEach((_, r) => mask.rowTotals[r] && hidden.add(keyText(rowTotalKey(layout, r))));
    layout.colKeys.forEach((_, c) => mask.colTotals[c] && hidden.add(keyText(colTotalKey(layout, c))));
  }
  if (mask.grand) hidden.add(keyText(grandKey(layout)));
  return hidden;
}

function hideIf(row: StatsRow, hidden: boolean): DisclosedRow {
  return hidden ? { ...row, count: null, suppressed: true } : row;
}

/** A result with the given figures withheld: `{"count":null,"suppressed":true}` in place of each. */
export function withHidden(result: StatsResult, hidden: Set<string>, k: number): DisclosedResult {
  const dims = result.dimensions;
  const isHidden = (key: CellKey) => hidden.has(keyText(key));
  const grandHidden = isHidden(dims.map(() => null));
  const disclosed: DisclosedResult = {
    ...result,
    total: grandHidden ? null : result.total,
    rows: result.rows.map((row) => hideIf(row, isHidden(keyOfRow(row, dims)))),
    totals: undefined,
    disclosureControl: { k, rule: describeRule(k) },
  };
  if (grandHidden) disclosed.totalSuppressed = true;
  if (result.totals && dims.length === 2) {
    disclosed.totals = {
      rows: result.totals.rows.map((row) => hideIf(row, isHidden([String(row[dims[0]!]), null]))),
      columns: result.totals.columns.map((row) => hideIf(row, isHidden([null, String(row[dims[1]!])]))),
      grand: grandHidden ? null : result.totals.grand,
    };
  } else {
    delete disclosed.totals;
  }
  return disclosed;
}

/**
 * Applies disclosure control to a result: the last dimension is the columns, the
 * others together the rows, every value of each shown (zeros included). Margins are
 * checked as published: row and column totals only when the result carries them.
 */
export function discloseResult(result: StatsResult, k: number, options: DiscloseOptions = {}): DisclosedResult {
  return withHidden(result, hiddenKeys(result, k, options), k);
}
