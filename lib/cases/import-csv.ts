import { CsvError, parse } from "csv-parse/sync";
import { importColumnNames, importColumns } from "./import-columns";
import type { ImportProblem } from "./import-problems";

export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 200_000;

/** A data row by column name, with its spreadsheet row number. */
export interface ImportRecord {
  row: number;
  values: Record<string, string>;
}

export type ReadResult = { ok: true; records: ImportRecord[] } | { ok: false; problems: ImportProblem[] };

const fileProblem = (message: string): ReadResult => ({ ok: false, problems: [{ row: null, column: null, message }] });

const saveAsUtf8 = "In Excel, use Save As and choose “CSV UTF-8 (Comma delimited)”.";

/** The line of the first byte that is not UTF-8, so that the person knows where to look. */
function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder("utf-8").decode(bytes);
  const at = text.indexOf("\uFFFD");
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function decode(bytes: Uint8Array): string | ReadResult {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return fileProblem(`This is a workbook (such as .xlsx), not a CSV file. ${saveAsUtf8}`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fileProblem(`The file is saved as UTF-16 (“Unicode text”); it must be UTF-8. ${saveAsUtf8}`);
  }
  try {
    // The decoder drops a leading byte-order mark, which Excel writes.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fileProblem(`The file is not UTF-8 text: line ${firstBadLine(bytes)} has characters in another encoding (Windows-1252, perhaps). ${saveAsUtf8}`);
  }
}

function parseError(error: CsvError): ReadResult {
  const line = (error as CsvError & { lines?: number }).lines;
  const where = line ? `Line ${line}: ` : "";
  if (error.code === "CSV_QUOTE_NOT_CLOSED")
    return fileProblem(`${where}a value starts with a double quote (") that is never closed. Close the quote, or remove it.`);
  if (["INVALID_OPENING_QUOTE", "CSV_INVALID_CLOSING_QUOTE", "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE"].includes(error.code)) {
    return fileProblem(`${where}a double quote (") is in the middle of a value. Put the whole value in quotes and write each quote inside it twice ("").`);
  }
  return fileProblem(`${where}the file cannot be read as CSV (${error.message}).`);
}

function checkHeader(header: string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push({ row: 1, column: name, message: "appears twice in the header row. Keep one." });
    seen.add(name);
    if (!importColumnNames.includes(name)) {
      problems.push({ row: 1, column: name || "(blank)", message: `is not a column of the import. The columns are: ${importColumnNames.join(", ")}.` });
    }
  }
  for (const column of importColumns) {
    if (column.required && !seen.has(column.name)) problems.push({ row: 1, column: column.name, message: "is missing from the header row; it is required." });
  }
  return problems;
}

/**
 * Reads an import file into rows by column name, or says precisely why it cannot: not
 * UTF-8, broken quoting, a wrong header, rows with the wrong number of values. Blank
 * rows are skipped but still counted, so row numbers match the spreadsheet.
 */
export function readImportCsv(bytes: Uint8Array): ReadResult {
  if (bytes.length > IMPORT_MAX_BYTES)
    return fileProblem(`The file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 50 MB. Split it into smaller files.`);
  const text = decode(bytes);
  if (typeof text !== "string") return text;
  let table: string[][];
  try {
    table = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) return parseError(error);
    throw error;
  }
  if (table.length === 0) return fileProblem("The file is empty. Start from the template: its first row names the columns.");
  const header = table[0]!.map((name) => name.trim().toLowerCase());
  const headerProblems = checkHeader(header);
  if (headerProblems.length > 0) return { ok: false, problems: headerProblems };
  if (table.length - 1 > IMPORT_MAX_ROWS) {
    return fileProblem(
      `The file has ${(table.length - 1).toLocaleString("en-GB")} rows; the limit is ${IMPORT_MAX_ROWS.toLocaleString("en-GB")}. Split it into smaller files.`,
    );
  }

  const records: ImportRecord[] = [];
  const problems: ImportProblem[] = [];
  for (let i = 1; i < table.length; i++) {
    const cells = table[i]!;
    if (cells.every((cell) => cell.trim() === "")) continue;
    if (cells.length !== header.length) {
      problems.push({
        row: i + 1,
        column: null,
        message: `has ${cells.length} values; the header row has ${header.length}. Look for a missing or extra comma, or a comma inside a value that is not in double quotes.`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    for (let c = 0; c < header.length; c++) values[header[c]!] = cells[c]!;
    records.push({ row: i + 1, values });
  }
  if (records.length === 0 && problems.length === 0) return fileProblem("The file has a header row but no records below it.");
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records };
}
