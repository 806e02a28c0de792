import { range } from "@/lib/stats/feasible-range";

/** A group of officers alike in every table compared, with its true size (read as a supervisor, control off). */
export interface E2eAtom {
  values: Record<string, string>;
  count: number;
}

/** A figure someone was shown: which atoms it adds up, and its value. */
export interface ShownFigure {
  where: Record<string, string>;
  value: number;
}

const matches = (atom: E2eAtom, where: Record<string, string>) => Object.entries(where).every(([d, v]) => atom.values[d] === v);

/**
 * Groups of 1 to 4 officers that the figures shown pin to one value, by linear
 * programming over the atoms (lib/stats/feasible-range.ts), leaving out those that the
 * published figures alone already pin (they are public anyway).
 */
export function recoveredGroups(atoms: E2eAtom[], shown: ShownFigure[], published: ShownFigure[], k = 5): string[] {
  const rows = (figures: ShownFigure[]) => figures.map((f) => atoms.map((a) => (matches(a, f.where) ? 1 : 0)));
  const pinned = (figures: ShownFigure[], q: number[]) => {
    const r = range(
      rows(figures),
      figures.map((f) => f.value),
      q,
    );
    return r.max - r.min < 1e-6;
  };
  return atoms
    .map((atom, i) => ({ atom, q: atoms.map((_, j) => (i === j ? 1 : 0)) }))
    .filter(({ atom, q }) => atom.count >= 1 && atom.count < k && pinned([...shown, ...published], q) && !pinned(published, q))
    .map(({ atom }) => `${JSON.stringify(atom.values)} = ${atom.count}`);
}

type Row = Record<string, string | number | null | boolean>;
interface StatsBody {
  dimensions: string[];
  total: number | null;
  rows: Row[];
  totals?: { rows: Row[]; columns: Row[]; grand: number | null };
}

/** Every figure a statistics API response shows: cells, margins and total, as equations over the atoms. */
export function figuresOf(body: StatsBody): ShownFigure[] {
  const dims = body.dimensions;
  const out: ShownFigure[] = [];
  const where = (row: Row, ds: string[]) => Object.fromEntries(ds.map((d) => [d, String(row[d])]));
  for (const row of body.rows) if (row.count !== null) out.push({ where: where(row, dims), value: Number(row.count) });
  if (body.totals) {
    for (const row of body.totals.rows) if (row.count !== null) out.push({ where: where(row, [dims[0]!]), value: Number(row.count) });
    for (const row of body.totals.columns) if (row.count !== null) out.push({ where: where(row, [dims[1]!]), value: Number(row.count) });
  }
  if (body.total !== null) out.push({ where: {}, value: body.total });
  return out;
}
