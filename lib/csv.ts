/**
 * CSV as spreadsheets read it (RFC 4180, CRLF). A cell that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) gets a leading
 * apostrophe, so an exported table cannot carry an attack into the reader's Excel.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
