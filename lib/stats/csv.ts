import { toCsv } from "@/lib/csv";
import type { DisclosedResult, DisclosedRow } from "./disclose";
import { toGrid } from "./grid";
import type { StatsResult } from "./result";
import { SUPPRESSED } from "./suppression";
import { aboutTable, type ExportContext } from "./about";

type AnyResult = StatsResult | DisclosedResult;

const countCell = (count: number | null): string | number => (count === null ? SUPPRESSED : count);

/**
 * The API's CSV, long form: a header of the dimension names then `count`, one line per
 * row; with totals, the margins as rows labelled "Total". A withheld count is written
 * `[c]`. With a context (every download), what the table is follows it after a blank
 * line: rule, period, as-at date and the time produced. Without one it is the canonical
 * form whose SHA-256 a published response keeps.
 */
export function statsToCsv(result: AnyResult, context?: ExportContext): string {
  const dims = result.dimensions;
  const lines: (string | number | null)[][] = result.rows.map((row) => [...dims.map((d) => String(row[d])), countCell(row.count)]);
  if (result.totals && dims.length === 2) {
    for (const row of result.totals.rows as DisclosedRow[]) lines.push([String(row[dims[0]!]), "Total", countCell(row.count)]);
    for (const row of result.totals.columns as DisclosedRow[]) lines.push(["Total", String(row[dims[1]!]), countCell(row.count)]);
    lines.push(["Total", "Total", countCell(result.totals.grand)]);
  }
  return withAbout(toCsv([...dims, "count"], lines), result, context);
}

/** The same table as the screen shows it (`layout=wide`): labels, every category, totals last. */
export function statsToWideCsv(result: AnyResult, context?: ExportContext): string {
  const grid = toGrid(result);
  return withAbout(
    toCsv(
      grid.header,
      grid.rows.map((row) => [row.label, ...row.values.map(countCell)]),
    ),
    result,
    context,
  );
}

function withAbout(table: string, result: AnyResult, context: ExportContext | undefined): string {
  if (context) return `${table}\r\n${toCsv(["About this table", ""], aboutTable(result, context))}`;
  return "disclosureControl" in result ? `${table}\r\n${toCsv([result.disclosureControl.rule], [])}` : table;
}
