import { toCsv } from "@/lib/csv";
import { dimensionCharts, findingSeries, type DashboardData } from "./shape";

export const dashboardCharts = ["year_finding", ...dimensionCharts, "time_to_finalise", "open_age"] as const;
export type DashboardChart = (typeof dashboardCharts)[number];

/** One chart's own numbers as CSV, with its counting unit in the header. */
export function chartCsv(data: DashboardData, chart: DashboardChart): string {
  if (chart === "year_finding") {
    return toCsv(
      ["year", ...findingSeries, "subject_officers"],
      data.byYear.map((y) => [y.year, ...findingSeries.map((f) => y.counts[f]), y.total]),
    );
  }
  if (chart === "time_to_finalise" || chart === "open_age") {
    const rows = chart === "time_to_finalise" ? data.timeToFinalise : data.openByAge;
    return toCsv([chart === "open_age" ? "age" : "time_to_finalise", "cases"], rows.map((r) => [r.key, r.count]));
  }
  return toCsv([chart, "subject_officers"], data.byDimension[chart].map((r) => [r.key, r.count]));
}
