import { toCsv } from "@/lib/csv";
import type { StatsResult } from "./result";

/** The API's CSV form: a header of the dimension names then `count`, one line per row. */
export function statsToCsv(result: StatsResult): string {
  return toCsv(
    [...result.dimensions, "count"],
    result.rows.map((row) => [...result.dimensions.map((d) => String(row[d])), row.count]),
  );
}
