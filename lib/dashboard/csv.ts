import { toCsv } from "@/lib/csv";
import { SUPPRESSED } from "@/lib/stats/suppression";
import { dimensionCharts, findingSeries, type DashboardData, type Figure } from "./shape";

export const dashboardCharts = ["year_finding", ...dimensionCharts, "time_to_finalise", "open_age"] as const;
export type DashboardChart = (typeof dashboardCharts)[number];

const shown = (value: Figure) => (value === null ? SUPPRESSED : value);

/** One chart's own numbers as CSV, with its counting unit in the header; a withheld figure is [c]. */
export function chartCsv(data: DashboardData<Figure>, chart: DashboardChart): string {
  if (chart === "year_finding") {
    return toCsv(
      ["year", ...findingSeries, "subject_officers"],
      [
        ...data.byYear.map((y) => [y.year, ...findingSeries.map((f) => shown(y.counts[f])), shown(y.total)]),
        ["Total", ...findingSeries.map((f) => shown(data.findingTotals[f])), shown(data.headline.subjects)],
      ],
    );
  }
  if (chart === "time_to_finalise" || chart === "open_age") {
    const rows = chart === "time_to_finalise" ? data.timeToFinalise : data.openByAge;
    return toCsv(
      [chart === "open_age" ? "age" : "time_to_finalise", "cases"],
      rows.map((r) => [r.key, shown(r.count)]),
    );
  }
  return toCsv(
    [chart, "subject_officers"],
    data.byDimension[chart].map((r) => [r.key, shown(r.count)]),
  );
}

/** What a chart's CSV download says about itself after its numbers: unit, period and filters, as-at, rule, time produced. */
export function chartCsvAbout(about: { filters: string; rule: string; producedAt: Date; unit: string }): string {
  return toCsv(
    ["About this table", ""],
    [
      ["Counting unit", about.unit],
      ["Period and filters", about.filters],
      ["Figures as at", `The time produced (${about.producedAt.toISOString()})`],
      ["Disclosure control", about.rule],
      ["Produced", about.producedAt.toISOString()],
    ],
  );
}
