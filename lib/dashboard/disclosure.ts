import type { DisclosedResult } from "@/lib/stats/disclose";
import { valueLabel } from "@/lib/stats/dimensions";
import { figureLookup } from "@/lib/stats/grid";
import type { CellKey } from "@/lib/stats/layout";
import type { ReleaseSpec } from "@/lib/stats/release-check";
import { buildStatsResult, type StatsResult } from "@/lib/stats/result";
import { suppressTable } from "@/lib/stats/suppression";
import type { SubjectFilter } from "@/lib/validation/stats";
import { dimensionCharts, findingSeries, type CountRow, type DashboardData, type Figure } from "./shape";

type Period = SubjectFilter & { from: number; to: number };

/** One table the dashboard shows, as the statistics engine would count it. */
export interface DashboardTable {
  chart: "year_finding" | (typeof dimensionCharts)[number];
  spec: ReleaseSpec;
  exact: StatsResult;
  displayed?: (key: CellKey) => boolean;
}

const grouped = (rows: { key: string; count: number }[]) => rows.filter((r) => r.count > 0).map((r) => ({ values: [r.key], count: r.count }));

/**
 * The dashboard's subject-officer tables as statistics results, so that they are
 * protected exactly as the statistics page protects its tables: per year by finding
 * with its margins, and one table per chart. The sanction chart leaves out
 * "not applicable" on screen, but that row is the grand total less the case-to-answer
 * findings shown beside it, so it is counted in the table protected.
 */
export function dashboardTables(data: DashboardData, filter: Period): DashboardTable[] {
  const spec = (dimensions: ReleaseSpec["dimensions"]): ReleaseSpec => ({ ...filter, dimensions });
  const period = { from: filter.from, to: filter.to };
  const total = data.headline.subjects;
  const yearFinding = buildStatsResult(
    ["year", "finding"],
    period,
    data.byYear.flatMap((y) => findingSeries.filter((f) => y.counts[f] > 0).map((f) => ({ values: [y.year, f], count: y.counts[f] }))),
    total,
    {
      rows: grouped(data.byYear.map((y) => ({ key: y.year, count: y.total }))),
      columns: grouped(findingSeries.map((f) => ({ key: f, count: data.findingTotals[f] }))),
    },
  );
  const tables: DashboardTable[] = [{ chart: "year_finding", spec: spec(["year", "finding"]), exact: yearFinding }];
  for (const dimension of dimensionCharts) {
    const rows = [...data.byDimension[dimension]];
    if (dimension === "sanction") rows.push({ key: "not_applicable", label: "", count: total - rows.reduce((sum, r) => sum + r.count, 0) });
    tables.push({
      chart: dimension,
      spec: spec([dimension]),
      exact: buildStatsResult([dimension], period, grouped(rows), total),
      ...(dimension === "sanction" ? { displayed: (key: CellKey) => key[0] !== "not_applicable" } : {}),
    });
  }
  return tables;
}

/** Case counts (time to finalise, open caseload): a one-way table against its total, without the subject-officer release check. */
function protectCaseCounts(rows: CountRow[], k: number): CountRow<Figure>[] {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const mask = suppressTable({ cells: [rows.map((r) => r.count)], rowTotals: [total], colTotals: rows.map((r) => r.count), grand: total }, k, {
    margins: { rows: false, columns: false },
  });
  return rows.map((r, i) => ({ ...r, count: mask.cells[0]![i] ? null : r.count }));
}

const small = (value: number, k: number): Figure => (value >= 1 && value < k ? null : value);

/** The dashboard with the protected tables' figures in place of the exact ones. */
export function applyProtection(data: DashboardData, tables: DashboardTable[], protectedTables: DisclosedResult[], k: number): DashboardData<Figure> {
  const byChart = new Map(tables.map((t, i) => [t.chart, figureLookup(protectedTables[i]!)]));
  const yearFinding = byChart.get("year_finding")!;
  return {
    headline: {
      subjects: yearFinding([null, null]),
      finalisedCases: small(data.headline.finalisedCases, k),
      // A median of fewer than k cases describes them: it is given only with k or more.
      medianDaysToFinalise: data.timeToFinalise.reduce((sum, b) => sum + b.count, 0) >= k ? data.headline.medianDaysToFinalise : null,
      openCases: small(data.headline.openCases, k),
      overdueCases: small(data.headline.overdueCases, k),
    },
    byYear: data.byYear.map((y) => ({
      year: y.year,
      total: yearFinding([y.year, null]),
      counts: Object.fromEntries(findingSeries.map((f) => [f, yearFinding([y.year, f])])) as Record<(typeof findingSeries)[number], Figure>,
    })),
    findingTotals: Object.fromEntries(findingSeries.map((f) => [f, yearFinding([null, f])])) as Record<(typeof findingSeries)[number], Figure>,
    byDimension: Object.fromEntries(
      dimensionCharts.map((dimension) => {
        const figure = byChart.get(dimension)!;
        return [dimension, data.byDimension[dimension].map((r) => ({ ...r, label: valueLabel(dimension, r.key), count: figure([r.key]) }))];
      }),
    ) as DashboardData<Figure>["byDimension"],
    timeToFinalise: protectCaseCounts(data.timeToFinalise, k),
    openByAge: protectCaseCounts(data.openByAge, k),
  };
}
