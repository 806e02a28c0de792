import { valueLabel, valueRank, type StatDimension } from "@/lib/stats/dimensions";
import { findings } from "@/lib/vocabulary";
import { caseAgeBuckets, timeToFinaliseBuckets, type Bucket } from "./buckets";

export const findingSeries = [...findings.keys, "ongoing"] as const;
export type FindingSeries = (typeof findingSeries)[number];

/** A figure on the dashboard: a number, or null where disclosure control withholds it. */
export type Figure = number | null;

export interface CountRow<F extends Figure = number> {
  key: string;
  label: string;
  count: F;
}

export interface YearRow<F extends Figure = number> {
  year: string;
  total: F;
  counts: Record<FindingSeries, F>;
}

/** The dashboard's figures: exact as the query gives them, or with nulls once protected (lib/dashboard/disclosure.ts). */
export interface DashboardData<F extends Figure = number> {
  headline: {
    subjects: F;
    finalisedCases: F;
    medianDaysToFinalise: number | null;
    openCases: F;
    overdueCases: F;
  };
  byYear: YearRow<F>[];
  /** Totals of the year-by-finding table, per finding. */
  findingTotals: Record<FindingSeries, F>;
  byDimension: Record<(typeof dimensionCharts)[number], CountRow<F>[]>;
  timeToFinalise: CountRow<F>[];
  openByAge: CountRow<F>[];
}

/** The categorical charts, each a dimension of the statistics engine. */
export const dimensionCharts = ["rank_group", "sanction", "platform", "device", "source", "standard", "group_part"] as const satisfies readonly StatDimension[];

/** One row of the dashboard's single query: which chart, its key(s), and the figure. */
export interface DashboardRow {
  chart: string;
  k1: string | null;
  k2: string | null;
  value: number | string | null;
}

function bucketRows(buckets: Bucket[], counts: Map<string, number>): CountRow[] {
  return buckets.map((b) => ({ key: b.key, label: b.label, count: counts.get(b.key) ?? 0 }));
}

/** Shapes the query's rows into what the charts draw; every year of the period appears, empty or not. */
export function shapeDashboard(rows: DashboardRow[], period: { from: number; to: number }): DashboardData {
  const byChart = new Map<string, DashboardRow[]>();
  for (const row of rows) byChart.set(row.chart, [...(byChart.get(row.chart) ?? []), row]);
  const num = (value: DashboardRow["value"]) => (value === null ? 0 : Number(value));
  const headline = new Map((byChart.get("headline") ?? []).map((r) => [r.k1, r.value]));

  const years = new Map<string, YearRow>();
  for (let y = period.from; y <= period.to; y++) {
    years.set(String(y), { year: String(y), total: 0, counts: Object.fromEntries(findingSeries.map((f) => [f, 0])) as Record<FindingSeries, number> });
  }
  for (const row of byChart.get("year_finding") ?? []) {
    const year = years.get(row.k1!);
    if (!year) continue;
    year.counts[row.k2 as FindingSeries] += num(row.value);
    year.total += num(row.value);
  }

  const byDimension = Object.fromEntries(
    dimensionCharts.map((dimension) => [
      dimension,
      (byChart.get(dimension) ?? [])
        // The sanction chart is of case-to-answer findings, as the FoI reply gave them.
        .filter((r) => !(dimension === "sanction" && r.k1 === "not_applicable"))
        .map((r) => ({ key: r.k1!, label: valueLabel(dimension, r.k1!), count: num(r.value) }))
        .sort((a, b) => valueRank(dimension, a.key) - valueRank(dimension, b.key)),
    ]),
  ) as DashboardData["byDimension"];

  const median = headline.get("median_days");
  const findingTotals = Object.fromEntries(findingSeries.map((f) => [f, [...years.values()].reduce((sum, y) => sum + y.counts[f], 0)])) as Record<
    FindingSeries,
    number
  >;
  return {
    findingTotals,
    headline: {
      subjects: num(headline.get("subjects") ?? 0),
      finalisedCases: num(headline.get("finalised_cases") ?? 0),
      medianDaysToFinalise: median === null || median === undefined ? null : Math.round(Number(median)),
      openCases: num(headline.get("open_cases") ?? 0),
      overdueCases: num(headline.get("overdue_cases") ?? 0),
    },
    byYear: [...years.values()],
    byDimension,
    timeToFinalise: bucketRows(timeToFinaliseBuckets, new Map((byChart.get("time_to_finalise") ?? []).map((r) => [r.k1!, num(r.value)]))),
    openByAge: bucketRows(caseAgeBuckets, new Map((byChart.get("open_age") ?? []).map((r) => [r.k1!, num(r.value)]))),
  };
}
