import { toCsv } from "@/lib/csv";
import type { DisclosedResult, DisclosedRow } from "./disclose";
import type { StatsResult } from "./result";

type AnyResult = StatsResult | DisclosedResult;

function countCell(row: { count: number | null }, k: number | undefined): string | number {
  return row.count === null ? `<${k}` : row.count;
}

/**
 * The API's CSV: a header of the dimension names then `count`, one line per row; with
 * totals, the margins as rows labelled "Total". A suppressed count is written `<k`, and
 * the rule applied follows the table after a blank line.
 */
export function statsToCsv(result: AnyResult): string {
  const k = "disclosureControl" in result ? result.disclosureControl.k : undefined;
  const dims = result.dimensions;
  const lines: (string | number | null)[][] = result.rows.map((row) => [...dims.map((d) => String(row[d])), countCell(row, k)]);
  if (result.totals && dims.length === 2) {
    for (const row of result.totals.rows as DisclosedRow[]) lines.push([String(row[dims[0]!]), "Total", countCell(row, k)]);
    for (const row of result.totals.columns as DisclosedRow[]) lines.push(["Total", String(row[dims[1]!]), countCell(row, k)]);
    lines.push(["Total", "Total", countCell({ count: result.totals.grand }, k)]);
  }
  const table = toCsv([...dims, "count"], lines);
  return "disclosureControl" in result ? `${table}\r\n${toCsv([result.disclosureControl.rule], [])}` : table;
}
