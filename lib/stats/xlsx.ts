import ExcelJS from "exceljs";
import { aboutTable, type ExportContext } from "./about";
import { dimensionInfo } from "./dimensions";
import type { DisclosedResult } from "./disclose";
import { toGrid } from "./grid";
import type { StatsResult } from "./result";
import { SUPPRESSED } from "./suppression";

/** Where the table starts on its sheet: a title, a line on how to read it, then the one header row. */
export const TABLE_HEADER_ROW = 3;

/**
 * An Excel workbook of a statistics table, laid out as the Government Statistical
 * Service asks of spreadsheets ("Releasing statistics in spreadsheets", GSS, 2021): a
 * cover sheet, a notes sheet, and one table per sheet with a single header row and no
 * merged cells. Figures are numbers; a withheld figure is the text [c], never a number.
 * The rows and columns are exactly those of the screen (lib/stats/grid.ts).
 */
export async function statsToXlsx(result: StatsResult | DisclosedResult, context: ExportContext & { title: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = context.producedAt;
  const about = aboutTable(result, context);

  const cover = workbook.addWorksheet("Cover");
  cover.addRow([context.title]).font = { bold: true, size: 14 };
  cover.addRow(["Officers investigated for misuse of social media and messaging apps. Aggregated figures only."]);
  for (const [label, text] of about) cover.addRow([label, text]);
  cover.addRow(["Contents", "Notes: definitions and symbols. Table_1: the table."]);
  cover.getColumn(1).width = 22;
  cover.getColumn(2).width = 110;

  const notes = workbook.addWorksheet("Notes");
  notes.addRow(["Notes"]).font = { bold: true, size: 14 };
  notes.addRow(["This worksheet contains one table of notes."]);
  notes.addRow(["Note number", "Note text"]).font = { bold: true };
  const noteTexts = [
    about.find(([label]) => label === "Symbol")![1],
    about.find(([label]) => label === "Disclosure control")![1],
    "Counting unit: subject officers, one per officer per case. With the Standard of Professional Behaviour, an officer who breached several is counted under each, so rows add up to more than the total.",
    "Ongoing: no finding yet (or, as at a date, none made by then). Not recorded: historical records with no decision recorded. Sanctions are those of case-to-answer findings.",
  ];
  noteTexts.forEach((text, i) => notes.addRow([`Note ${i + 1}`, text]));
  notes.getColumn(1).width = 14;
  notes.getColumn(2).width = 120;

  const sheet = workbook.addWorksheet("Table_1");
  sheet.addRow([`${context.title} (subject officers)`]).font = { bold: true, size: 14 };
  sheet.addRow([
    `This worksheet contains one table. ${SUPPRESSED} marks a withheld figure (see notes 1 and 2). Source: ${result.dimensions.map((d) => dimensionInfo[d].label).join(" by ")}.`,
  ]);
  const shown = (v: number | null) => (v === null ? SUPPRESSED : v);
  if (result.dimensions.length <= 2) {
    const grid = toGrid(result);
    sheet.addRow(grid.header).font = { bold: true };
    for (const row of grid.rows) sheet.addRow([row.label, ...row.values.map(shown)]);
  } else {
    // Three dimensions do not fit one grid: one line per combination, as the long CSV.
    sheet.addRow([...result.dimensions.map((d) => dimensionInfo[d].label), "Subject officers"]).font = { bold: true };
    for (const row of result.rows) sheet.addRow([...result.dimensions.map((d) => String(row[d])), shown(row.count)]);
    sheet.addRow(["Total", ...result.dimensions.slice(1).map(() => "All"), shown(result.total)]);
  }
  sheet.columns.forEach((column) => (column.width = 24));
  sheet.views = [{ state: "frozen", ySplit: TABLE_HEADER_ROW }];

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
