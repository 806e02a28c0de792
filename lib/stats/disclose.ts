import type { StatDimension } from "./dimensions";
import type { StatsResult, StatsRow } from "./result";
import { describeRule, suppressTable } from "./suppression";

export type DisclosedRow = Record<string, string | number | boolean | null> & { count: number | null; suppressed?: true };

export interface DisclosedResult extends Omit<StatsResult, "rows" | "total" | "totals"> {
  total: number | null;
  totalSuppressed?: true;
  rows: DisclosedRow[];
  totals?: { rows: DisclosedRow[]; columns: DisclosedRow[]; grand: number | null };
  disclosureControl: { k: number; rule: string };
}

const keyOf = (row: StatsRow, dimensions: StatDimension[]) => dimensions.map((d) => String(row[d])).join("\u0000");

function hideIf(row: StatsRow, hidden: boolean): DisclosedRow {
  return hidden ? { ...row, count: null, suppressed: true } : row;
}

/**
 * Applies disclosure control to a result: the last dimension is the columns, the
 * others together the rows; missing combinations are zeros. Margins are checked as
 * published: row and column totals only when the result carries them.
 */
export function discloseResult(result: StatsResult, k: number): DisclosedResult {
  const dims = result.dimensions;
  const rowDims = dims.length > 1 ? dims.slice(0, -1) : [];
  const colDim = dims[dims.length - 1]!;
  const rowKeys = [...new Set(result.rows.map((r) => keyOf(r, rowDims)))];
  const colKeys = [...new Set(result.rows.map((r) => String(r[colDim])))];
  const index = new Map(result.rows.map((r) => [`${keyOf(r, rowDims)}\u0001${String(r[colDim])}`, r.count]));
  const cells = rowKeys.map((rk) => colKeys.map((ck) => index.get(`${rk}\u0001${ck}`) ?? 0));
  const margins = result.totals;
  const rowTotals = margins ? rowKeys.map((rk) => margins.rows.find((r) => keyOf(r, rowDims) === rk)?.count ?? 0) : cells.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = margins
    ? colKeys.map((ck) => margins.columns.find((r) => String(r[colDim]) === ck)?.count ?? 0)
    : colKeys.map((_, c) => cells.reduce((sum, row) => sum + row[c]!, 0));

  const mask = suppressTable({ cells, rowTotals, colTotals, grand: result.total }, k, { rows: !!margins, columns: !!margins });
  const hidden = (row: StatsRow) => mask.cells[rowKeys.indexOf(keyOf(row, rowDims))]![colKeys.indexOf(String(row[colDim]))]!;

  const disclosed: DisclosedResult = {
    ...result,
    total: mask.grand ? null : result.total,
    rows: result.rows.map((row) => hideIf(row, hidden(row))),
    totals: undefined,
    disclosureControl: { k, rule: describeRule(k) },
  };
  if (mask.grand) disclosed.totalSuppressed = true;
  if (margins) {
    disclosed.totals = {
      rows: margins.rows.map((row) => hideIf(row, mask.rowTotals[rowKeys.indexOf(keyOf(row, rowDims))] ?? false)),
      columns: margins.columns.map((row) => hideIf(row, mask.colTotals[colKeys.indexOf(String(row[colDim]))] ?? false)),
      grand: mask.grand ? null : margins.grand,
    };
  } else {
    delete disclosed.totals;
  }
  return disclosed;
}
