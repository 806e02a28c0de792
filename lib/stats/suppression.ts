import { pinnedQuantities } from "./disclosure-audit";

/**
 * Disclosure control for published tables (FOIA s.40(2)): small counts are hidden,
 * and enough other cells with them that none can be worked out from the figures shown.
 *
 * Primary suppression hides every cell or total from 1 to k-1, unless it was already
 * released (published before: showing it again tells nobody anything new). Secondary
 * suppression then looks at every line (a row with its total, a column with its total,
 * and the row and column totals against the grand total): a line whose total is shown
 * and which hides exactly one entry would give that entry away by subtraction, so the
 * smallest other positive entry of the line is hidden too, or, failing any, the line's
 * total. Subtraction along one line is not the only way in: a
 * chain of rows and columns can pin a hidden cell too. So the table is then audited as a
 * whole (lib/stats/disclosure-audit.ts) and a further cell is hidden beside any hidden
 * figure that the shown figures still pin to one value, until none is pinned.
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

export { SUPPRESSED } from "./symbol";

export const NO_CONTROL = "None: exact figures, no disclosure control was applied.";

/** The rule in words, as every output states it (and as an FoI response may quote it). */
export function describeRule(k: number): string {
  return (
    `Disclosure control: [c] marks a figure withheld to protect the people counted. ` +
    `Counts from 1 to ${k - 1} are withheld, and so are further figures wherever a withheld one could otherwise be worked out ` +
    `from the totals, from other tables or from figures released before. Figures already published are shown as published.`
  );
}

export interface SuppressionOptions {
  /** Which totals are published at all; unpublished ones count as hidden from the start. */
  margins?: { rows: boolean; columns: boolean };
  /** Figures already released: shown whatever their size, and never hidden to protect another. */
  released?: SuppressionMask;
  /** Figures hidden whatever their size (the release check's choice, lib/stats/release-check.ts). */
  withheld?: SuppressionMask;
}

const isSmall = (value: number, k: number) => value >= 1 && value < k;

type Place = { kind: "cell"; r: number; c: number } | { kind: "row"; r: number } | { kind: "col"; c: number } | { kind: "grand" };

interface Entry {
  place: Place;
  value: number;
  hidden: () => boolean;
  hide: () => void;
  released: boolean;
}

export function emptyMask(table: CountTable): SuppressionMask {
  return {
    cells: table.cells.map((row) => row.map(() => false)),
    rowTotals: table.rowTotals.map(() => false),
    colTotals: table.colTotals.map(() => false),
    grand: false,
  };
}

export function suppressTable(table: CountTable, k: number, options: SuppressionOptions = {}): SuppressionMask {
  const margins = options.margins ?? { rows: true, columns: true };
  const released = options.released ?? emptyMask(table);
  const withheld = options.withheld ?? emptyMask(table);
  const mask: SuppressionMask = {
    cells: table.cells.map((row, r) => row.map((v, c) => !released.cells[r]![c] && (isSmall(v, k) || withheld.cells[r]![c]!))),
    rowTotals: table.rowTotals.map((v, r) => !margins.rows || (!released.rowTotals[r] && (isSmall(v, k) || withheld.rowTotals[r]!))),
    colTotals: table.colTotals.map((v, c) => !margins.columns || (!released.colTotals[c] && (isSmall(v, k) || withheld.colTotals[c]!))),
    grand: !released.grand && (isSmall(table.grand, k) || withheld.grand),
  };
  const cell = (r: number, c: number): Entry => ({
    place: { kind: "cell", r, c },
    value: table.cells[r]![c]!,
    hidden: () => mask.cells[r]![c]!,
    hide: () => (mask.cells[r]![c] = true),
    released: released.cells[r]![c]!,
  });
  const total = (place: Place, totals: "rowTotals" | "colTotals", i: number): Entry => ({
    place,
    value: table[totals][i]!,
    hidden: () => mask[totals][i]!,
    hide: () => (mask[totals][i] = true),
    released: released[totals][i]!,
  });
  const rowTotal = (r: number) => total({ kind: "row", r }, "rowTotals", r);
  const colTotal = (c: number) => total({ kind: "col", c }, "colTotals", c);
  const grand: Entry = { place: { kind: "grand" }, value: table.grand, hidden: () => mask.grand, hide: () => (mask.grand = true), released: released.grand };

  const rows = table.cells.length;
  const cols = table.colTotals.length;
  const lines: { entries: Entry[]; total: Entry }[] = [];
  for (let r = 0; r < rows; r++) lines.push({ entries: Array.from({ length: cols }, (_, c) => cell(r, c)), total: rowTotal(r) });
  for (let c = 0; c < cols; c++) lines.push({ entries: Array.from({ length: rows }, (_, r) => cell(r, c)), total: colTotal(c) });
  // Unpublished totals give nothing away, so they are not weighed against the grand total.
  if (margins.rows) lines.push({ entries: Array.from({ length: rows }, (_, r) => rowTotal(r)), total: grand });
  if (margins.columns) lines.push({ entries: Array.from({ length: cols }, (_, c) => colTotal(c)), total: grand });
  lines.push({ entries: table.cells.flatMap((row, r) => row.map((_, c) => cell(r, c))), total: grand });

  // A zero is never hidden: it protects nobody, and a reader who knows the shown zeros
  // then faces exactly the unknowns the audit below reasons about (none of them empty).
  const byCost = (a: Entry, b: Entry) => a.value - b.value;
  const hideable = (e: Entry) => !e.hidden() && !e.released && e.value > 0;

  const subtractionPass = () => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const line of lines) {
        if (line.total.hidden()) continue;
        if (line.entries.filter((e) => e.hidden()).length !== 1) continue;
        const partner = line.entries.filter(hideable).sort(byCost)[0] ?? (hideable(line.total) ? line.total : undefined);
        if (!partner) continue; // everything else on the line is already public
        partner.hide();
        changed = true;
      }
    }
  };

  // The whole-table audit: atoms are the non-empty cells; shown figures are equations over them.
  const atomIndex = new Map<string, number>();
  table.cells.forEach((row, r) => row.forEach((v, c) => v > 0 && atomIndex.set(`${r},${c}`, atomIndex.size)));
  const membersOf = (place: Place): number[] => {
    const out: number[] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const inside =
          place.kind === "grand" ||
          (place.kind === "row" && place.r === r) ||
          (place.kind === "col" && place.c === c) ||
          (place.kind === "cell" && place.r === r && place.c === c);
        const atom = atomIndex.get(`${r},${c}`);
        if (inside && atom !== undefined) out.push(atom);
      }
    }
    return out;
  };
  const everyEntry: Entry[] = [
    ...table.cells.flatMap((row, r) => row.map((_, c) => cell(r, c))),
    ...(margins.rows ? table.rowTotals.map((_, r) => rowTotal(r)) : []),
    ...(margins.columns ? table.colTotals.map((_, c) => colTotal(c)) : []),
    grand,
  ];
  const neighbours = (place: Place): Entry[] => {
    const near = everyEntry.filter((e) => {
      const p = e.place;
      if (place.kind === "cell")
        return (p.kind === "cell" && (p.r === place.r || p.c === place.c)) || (p.kind === "row" && p.r === place.r) || (p.kind === "col" && p.c === place.c);
      if (place.kind === "row") return (p.kind === "cell" && p.r === place.r) || p.kind === "row";
      if (place.kind === "col") return (p.kind === "cell" && p.c === place.c) || p.kind === "col";
      return p.kind === "cell";
    });
    return near.filter(hideable).sort(byCost);
  };

  for (let round = 0; round <= everyEntry.length; round++) {
    subtractionPass();
    const shown = everyEntry.filter((e) => !e.hidden()).map((e) => membersOf(e.place));
    const hidden = everyEntry.filter((e) => e.hidden() && e.value > 0 && !e.released);
    const pinned = pinnedQuantities(
      atomIndex.size,
      shown,
      hidden.map((e) => membersOf(e.place)),
    );
    const exposed = hidden.find((_, i) => pinned[i]);
    if (!exposed) break;
    const partner = neighbours(exposed.place)[0] ?? everyEntry.filter(hideable).sort(byCost)[0];
    if (!partner) break; // only released figures remain shown: nothing new can be learnt
    partner.hide();
  }
  return mask;
}
