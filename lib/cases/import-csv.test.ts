import { describe, expect, it } from "vitest";
import { importColumnNames, importColumns, importTemplateCsv } from "./import-columns";
import { readImportCsv } from "./import-csv";
import { formatProblem } from "./import-problems";
import { validateImport } from "./import-validate";

const encode = (text: string) => new TextEncoder().encode(text);
const example = importColumns.map((c) => c.example);
const line = (cells: string[]) => cells.join(",");
const today = "2026-11-20";

describe("reading an import file", () => {
  it("reads the template as it is, and what it reads is valid", async () => {
    const read = readImportCsv(encode(importTemplateCsv()));
    expect(read).toEqual({ ok: true, records: [{ row: 2, values: Object.fromEntries(importColumnNames.map((n, i) => [n, example[i]])) }] });
    const valid = await validateImport(read.ok ? read.records : [], { today });
    expect(valid.ok).toBe(true);
  });

  it("reads a BOM, CRLF line ends, quoted fields with commas, quotes and line breaks, and header names in any case", () => {
    const header = importColumnNames.map((n) => n.toUpperCase()).join(",");
    const summary = '"Said ""hello"", then\r\nleft"';
    const row = [...example];
    row[importColumnNames.indexOf("summary")] = summary;
    const read = readImportCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(`${header}\r\n${line(row)}\r\n`)]));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.records[0]!.values.summary).toBe('Said "hello", then\r\nleft');
  });

  it("skips blank rows but keeps the spreadsheet's row numbers", () => {
    const blank = importColumnNames.map(() => "").join(",");
    const read = readImportCsv(encode([importColumnNames.join(","), line(example), "", blank, line(example)].join("\n")));
    expect(read.ok && read.records.map((r) => r.row)).toEqual([2, 5]);
  });

  it("names the rows with the wrong number of values", () => {
    const read = readImportCsv(encode([importColumnNames.join(","), line(example), line(example.slice(1)), line([...example, "extra"])].join("\n")));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems.map(formatProblem)).toEqual([
        `Row 3: has ${importColumnNames.length - 1} values; the header row has ${importColumnNames.length}. Look for a missing or extra comma, or a comma inside a value that is not in double quotes.`,
        `Row 4: has ${importColumnNames.length + 1} values; the header row has ${importColumnNames.length}. Look for a missing or extra comma, or a comma inside a value that is not in double quotes.`,
      ]);
    }
  });

  it("names missing, unknown and repeated header columns", () => {
    const header = importColumnNames.filter((n) => n !== "finding" && n !== "rank").concat(["officer_rank", "summary"]);
    const read = readImportCsv(encode(`${header.join(",")}\n`));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      const texts = read.problems.map(formatProblem);
      expect(texts).toContain("Row 1, rank: is missing from the header row; it is required.");
      expect(texts).toContain("Row 1, finding: is missing from the header row; it is required.");
      expect(texts).toContain("Row 1, summary: appears twice in the header row. Keep one.");
      expect(texts.find((t) => t.startsWith("Row 1, officer_rank: is not a column of the import."))).toBeTruthy();
    }
  });

  it("accepts a header without optional columns", () => {
    const required = importColumns.filter((c) => c.required);
    const read = readImportCsv(encode(`${required.map((c) => c.name).join(",")}\n${required.map((c) => c.example).join(",")}\n`));
    expect(read.ok).toBe(true);
  });

  it("refuses text that is not UTF-8, UTF-16 and workbooks, saying how to save the file", () => {
    const latin1 = new Uint8Array([...encode(`${importColumnNames.join(",")}\nPSD-2017-0001,caf`), 0xe9, 0x0a]);
    const read = readImportCsv(latin1);
    expect(read).toEqual({
      ok: false,
      problems: [
        {
          row: null,
          column: null,
          message:
            "The file is not UTF-8 text: line 2 has characters in another encoding (Windows-1252, perhaps). In Excel, use Save As and choose “CSV UTF-8 (Comma delimited)”.",
        },
      ],
    });
    expect(readImportCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("UTF-16") }] });
    expect(readImportCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("workbook") }] });
  });

  it("explains broken quoting and empty files", () => {
    expect(readImportCsv(encode(`${importColumnNames.join(",")}\n"unclosed,value\n`))).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining("never closed") }],
    });
    expect(readImportCsv(encode(`${importColumnNames.join(",")}\nPSD-2017-0001,a "quoted" word\n`))).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining("in the middle of a value") }],
    });
    expect(readImportCsv(encode(""))).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("The file is empty") }] });
    expect(readImportCsv(encode(`${importColumnNames.join(",")}\n`))).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining("no records") }],
    });
  });
});
