/**
 * Disclosure control for published tables (FOIA s.40(2)): small counts are hidden,
 * and enough other cells with them that none can be worked out from the totals shown.
 *
 * Primary suppression hides every cell or total from 1 to k-1. Secondary suppression
 * then looks at every line (a row with its total, a column with its total, and the row
 * and column totals against the grand total): a line whose total is shown and which
 * hides exactly one entry would give that entry away by subtraction, so the smallest
 * other entry of the line is hidden too (a positive one if there is one), or, failing
 * any, the line's total. This repeats until no line gives anything away.
 */
export interface CountTable {
  cells: number[][];
  rowTotals: number[];
  colTotals: number[];
  grand: number;
}

export interface SuppressionMask {
  cells: boolean[][];
  rowTotals: boolean[];
  colTotals: boolean[];
  grand: boolean;
}

export const NO_CONTROL = "None: exact figures, no disclosure control was applied.";

export function describeRule(k: number): string {
  return `Disclosure control: counts from 1 to ${k - 1} are shown as <${k}; further cells are hidden where a hidden count could otherwise be worked out from the totals.`;
}

const isSmall = (value: number, k: number) => value >= 1 && value < k;

interface Entry {
  value: number;
  hidden: () => boolean;
  hide: () => void;
}

/**
 * `margins` says which totals are published at all; those that are not count as hidden
 * from the start (they cannot give anything away), and the cells are then checked
 * against the grand total directly.
 */
export function suppressTable(table: CountTable, k: number, margins = { rows: true, columns: true }): SuppressionMask {
  const mask: SuppressionMask = {
    cells: table.cells.map((row) => row.map((v) => isSmall(v, k))),
    rowTotals: table.rowTotals.map((v) => !margins.rows || isSmall(v, k)),
    colTotals: table.colTotals.map((v) => !margins.columns || isSmall(v, k)),
    grand: isSmall(table.grand, k),
  };
  const cell = (r: number, c: number): Entry => ({
    value: table.cells[r]![c]!,
    hidden: () => mask.cells[r]![c]!,
    hide: () => (mask.cells[r]![c] = true),
  });
  const rowTotal = (r: number): Entry => ({ value: table.rowTotals[r]!, hidden: () => mask.rowTotals[r]!, hide: () => (mask.rowTotals[r] = true) });
  const colTotal = (c: number): Entry => ({ value: table.colTotals[c]!, hidden: () => mask.colTotals[c]!, hide: () => (mask.colTotals[c] = true) });
  const grand: Entry = { value: table.grand, hidden: () => mask.grand, hide: () => (mask.grand = true) };

  const rows = table.cells.length;
  const cols = table.colTotals.length;
  const lines: { entries: Entry[]; total: Entry }[] = [];
  for (let r = 0; r < rows; r++) lines.push({ entries: Array.from({ length: cols }, (_, c) => cell(r, c)), total: rowTotal(r) });
  for (let c = 0; c < cols; c++) lines.push({ entries: Array.from({ length: rows }, (_, r) => cell(r, c)), total: colTotal(c) });
  // Unpublished totals give nothing away, so they are not weighed against the grand total.
  if (margins.rows) lines.push({ entries: Array.from({ length: rows }, (_, r) => rowTotal(r)), total: grand });
  if (margins.columns) lines.push({ entries: Array.from({ length: cols }, (_, c) => colTotal(c)), total: grand });
  lines.push({ entries: table.cells.flatMap((row, r) => row.map((_, c) => cell(r, c))), total: grand });

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.total.hidden()) continue;
      if (line.entries.filter((e) => e.hidden()).length !== 1) continue;
      const shown = line.entries.filter((e) => !e.hidden()).sort((a, b) => (a.value > 0 ? 0 : 1) - (b.value > 0 ? 0 : 1) || a.value - b.value);
      (shown[0] ?? line.total).hide();
      changed = true;
    }
  }
  return mask;
}
