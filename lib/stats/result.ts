import { valueRank, type StatDimension } from "./dimensions";

export type StatsRow = Record<string, string | number> & { count: number };

export interface StatsResult {
  dimensions: StatDimension[];
  from: number | null;
  to: number | null;
  /** Present when the figures are as they stood on a date. */
  asAt?: string;
  /** Distinct subject officers counted; with the standard dimension, rows can add up to more. */
  total: number;
  rows: StatsRow[];
  /** With two dimensions and totals asked for: the total of each row value and column value. */
  totals?: { rows: StatsRow[]; columns: StatsRow[]; grand: number };
}

export interface GroupedCount {
  values: string[];
  count: number;
}

function sortGroups(dimensions: StatDimension[], groups: GroupedCount[]): GroupedCount[] {
  return [...groups].sort((a, b) => {
    for (let i = 0; i < dimensions.length; i++) {
      const diff = valueRank(dimensions[i]!, a.values[i]!) - valueRank(dimensions[i]!, b.values[i]!);
      if (diff !== 0) return diff;
    }
    return 0;
  });
}

function toRows(dimensions: StatDimension[], groups: GroupedCount[]): StatsRow[] {
  return sortGroups(dimensions, groups).map((group) => {
    const row: Record<string, string | number> = {};
    dimensions.forEach((dimension, i) => (row[dimension] = group.values[i]!));
    row.count = group.count;
    return row as StatsRow;
  });
}

/** Shapes grouped counts into the API's result, rows in vocabulary order. */
export function buildStatsResult(
  dimensions: StatDimension[],
  period: { from?: number; to?: number; asAt?: string },
  groups: GroupedCount[],
  total: number,
  margins?: { rows: GroupedCount[]; columns: GroupedCount[] },
): StatsResult {
  const result: StatsResult = { dimensions, from: period.from ?? null, to: period.to ?? null, total, rows: toRows(dimensions, groups) };
  if (period.asAt) result.asAt = period.asAt;
  if (margins && dimensions.length === 2) {
    result.totals = {
      rows: toRows([dimensions[0]!], margins.rows),
      columns: toRows([dimensions[1]!], margins.columns),
      grand: total,
    };
  }
  return result;
}
