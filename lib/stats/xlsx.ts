import ExcelJS from "exceljs";
import { dimensionInfo, valueLabel } from "./dimensions";
import type { DisclosedResult } from "./disclose";
import type { StatsResult } from "./result";

export interface WorkbookContext {
  producedAt: Date;
  rule: string;
}

/**
 * An Excel workbook of a statistics table: the table (two dimensions laid out as rows
 * and columns, with totals), and a sheet saying what it counts, for which period, as at
 * which date, under which disclosure rule, and when it was produced.
 */
export async function statsToXlsx(result: StatsResult | DisclosedResult, context: WorkbookContext): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = context.producedAt;
  const sheet = workbook.addWorksheet("Table");
  const k = "disclosureControl" in result ? result.disclosureControl.k : undefined;
  const shown = (count: number | null) => (count === null ? `<${k}` : count);
  const dims = result.dimensions;
  const label = (i: number, key: string) => (dims[i] === "year" || dims[i] === "financial_year" ? key : valueLabel(dims[i]!, key));

  if (dims.length === 2) {
    const [rowDim, colDim] = dims as [typeof dims[0], typeof dims[0]];
    const rowKeys = [...new Set(result.rows.map((r) => String(r[rowDim])))];
    const colKeys = [...new Set(result.rows.map((r) => String(r[colDim])))];
    const cell = new Map(result.rows.map((r) => [`${r[rowDim]}|${r[colDim]}`, r.count]));
    sheet.addRow([`${dimensionInfo[rowDim].label} \\ ${dimensionInfo[colDim].label}`, ...colKeys.map((c) => label(1, c)), ...(result.totals ? ["Total"] : [])]);
    for (const rk of rowKeys) {
      const rowTotal = result.totals?.rows.find((r) => String(r[rowDim]) === rk);
      sheet.addRow([label(0, rk), ...colKeys.map((ck) => shown(cell.get(`${rk}|${ck}`) ?? 0)), ...(rowTotal ? [shown(rowTotal.count)] : [])]);
    }
    if (result.totals) {
      sheet.addRow(["Total", ...colKeys.map((ck) => shown(result.totals!.columns.find((r) => String(r[colDim]) === ck)?.count ?? 0)), shown(result.totals.grand)]);
    }
  } else {
    sheet.addRow([...dims.map((d) => dimensionInfo[d].label), "Subject officers"]);
    for (const row of result.rows) sheet.addRow([...dims.map((d, i) => label(i, String(row[d]))), shown(row.count)]);
    sheet.addRow(["Total", ...dims.slice(1).map(() => ""), shown(result.total)]);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 22));

  const about = workbook.addWorksheet("About");
  const period = result.from || result.to ? `${result.from ?? "earliest"} to ${result.to ?? "latest"} (year the allegation was recorded)` : "All years";
  const rows: [string, string][] = [
    ["Counting unit", "Subject officers: one per officer per case. An officer named in two cases counts twice."],
    ["Dimensions", dims.map((d) => dimensionInfo[d].label).join("; ")],
    ["Period", period],
    ["Figures as at", result.asAt ?? "The time produced"],
    ["Disclosure control", context.rule],
    ["Produced", context.producedAt.toISOString()],
    ["Definitions", "Ongoing: no finding yet (or, as at a date, none made by then). Not recorded: historical records with no decision recorded. Sanctions are those of case-to-answer findings."],
  ];
  for (const row of rows) about.addRow(row);
  about.getColumn(1).width = 22;
  about.getColumn(2).width = 100;
  about.getColumn(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
