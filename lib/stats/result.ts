import { valueRank, type StatDimension } from "./dimensions";

export type StatsRow = Record<string, string | number> & { count: number };

export interface StatsResult {
  dimensions: StatDimension[];
  from: number | null;
  to: number | null;
  /** Distinct subject officers counted; with the standard dimension, rows can add up to more. */
  total: number;
  rows: StatsRow[];
}

export interface GroupedCount {
  values: string[];
  count: number;
}

/** Shapes grouped counts into the API's result, rows in vocabulary order. */
export function buildStatsResult(
  dimensions: StatDimension[],
  period: { from?: number; to?: number },
  groups: GroupedCount[],
  total: number,
): StatsResult {
  const sorted = [...groups].sort((a, b) => {
    for (let i = 0; i < dimensions.length; i++) {
      const diff = valueRank(dimensions[i]!, a.values[i]!) - valueRank(dimensions[i]!, b.values[i]!);
      if (diff !== 0) return diff;
    }
    return 0;
  });
  const rows = sorted.map((group) => {
    const row: Record<string, string | number> = {};
    dimensions.forEach((dimension, i) => (row[dimension] = group.values[i]!));
    row.count = group.count;
    return row as StatsRow;
  });
  return { dimensions, from: period.from ?? null, to: period.to ?? null, total, rows };
}
