import { describe, expect, it } from "vitest";
import { checkEvidenceFile, checkNameAndSize, EVIDENCE_MAX_BYTES, formatFileSize, safeFileName } from "./file-types";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(new TextEncoder().encode(p)) : p)));

const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "rest of image");
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF");
const pdf = bytes("%PDF-1.7\n1 0 obj");
const mp4 = bytes([0, 0, 0, 0x18], "ftypisom", [0, 0, 2, 0]);
const heic = bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0]);
const zip = (...names: string[]) => bytes([0x50, 0x4b, 0x03, 0x04], ...names.map((n) => `....${n}....`));

describe("evidence files", () => {
  it("accepts each allowed kind when the bytes match the name, with the media type from the bytes", () => {
    expect(checkEvidenceFile("shot.png", png)).toEqual({ ok: true, kind: "png", mediaType: "image/png" });
    expect(checkEvidenceFile("shot.JPG", jpeg)).toMatchObject({ ok: true, kind: "jpeg", mediaType: "image/jpeg" });
    expect(checkEvidenceFile("statement.pdf", pdf)).toMatchObject({ ok: true, kind: "pdf" });
    expect(checkEvidenceFile("clip.mp4", mp4)).toMatchObject({ ok: true, kind: "mp4", mediaType: "video/mp4" });
    expect(checkEvidenceFile("chat.txt", bytes("[12/03/2021] PC A: message ✓"))).toMatchObject({ ok: true, mediaType: "text/plain; charset=utf-8" });
    expect(checkEvidenceFile("log.csv", bytes("a,b\n1,2\n"))).toMatchObject({ ok: true, kind: "csv" });
    expect(checkEvidenceFile("notes.docx", zip("[Content_Types].xml", "word/document.xml"))).toMatchObject({ ok: true, kind: "docx" });
    expect(checkEvidenceFile("sheet.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"))).toMatchObject({ ok: true, kind: "xlsx" });
  });

  it("refuses a file whose bytes are another kind than its name says", () => {
    expect(checkEvidenceFile("shot.png", jpeg)).toEqual({
      ok: false,
      error: "“shot.png” is named as a PNG image, but its contents are a JPEG image. Give it the right ending (.jpg) and upload it again.",
    });
    expect(checkEvidenceFile("report.pdf", bytes("MZ\x90\x00 executable"))).toMatchObject({
      ok: false,
      error: expect.stringContaining("its contents are not a PDF document"),
    });
    expect(checkEvidenceFile("photo.jpg", heic)).toMatchObject({ ok: false });
  });

  it("refuses text that is not UTF-8, and binary bytes named as text", () => {
    expect(checkEvidenceFile("chat.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({ ok: false, error: expect.stringContaining("UTF-8") });
    expect(checkEvidenceFile("chat.txt", png)).toMatchObject({ ok: false });
    expect(checkEvidenceFile("data.csv", bytes("a,b", [0], "c"))).toMatchObject({ ok: false });
  });

  it("refuses archives, macro workbooks, a ZIP named as Word, and unlisted types, saying what is accepted", () => {
    expect(checkNameAndSize("export.zip", 10)).toEqual({ ok: false, error: expect.stringMatching(/^Files of type \.zip are not accepted: /) });
    expect(checkNameAndSize("page.html", 10)).toEqual({
      ok: false,
      error: "Files of type .html are not accepted: upload PDF, PNG, JPEG, plain text (.txt), CSV, Word (.docx), Excel (.xlsx) or MP4 video.",
    });
    expect(checkNameAndSize("README", 10)).toMatchObject({ ok: false, error: expect.stringContaining("without an ending") });
    expect(checkEvidenceFile("macro.xlsx", zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin"))).toMatchObject({
      ok: false,
      error: expect.stringContaining("macros"),
    });
    expect(checkEvidenceFile("notes.docx", zip("anything.txt"))).toMatchObject({ ok: false });
  });

  it("refuses empty and oversized files, giving the size to one decimal", () => {
    expect(checkNameAndSize("a.pdf", 0)).toMatchObject({ ok: false, error: expect.stringContaining("is empty") });
    expect(checkNameAndSize("a.pdf", EVIDENCE_MAX_BYTES)).toEqual({ ok: true });
    expect(checkNameAndSize("a.pdf", Math.round(14.2 * 1024 * 1024))).toEqual({ ok: false, error: "That file is 14.2 MB; the limit is 10 MB." });
  });

  it("keeps names safe: no folders or control characters, at most 255 characters with the ending kept", () => {
    expect(safeFileName("C:\\Users\\pc\\shot 1.png")).toBe("shot 1.png");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("a\u0000b\r\n.txt")).toBe("ab.txt");
    expect(safeFileName("...")).toBe("evidence");
    const long = safeFileName(`${"x".repeat(300)}.pdf`);
    expect(long).toHaveLength(255);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("gives sizes in kilobytes under a megabyte, never 0 KB, and in megabytes above", () => {
    expect(formatFileSize(10)).toBe("1 KB");
    expect(formatFileSize(150 * 1024)).toBe("150 KB");
    expect(formatFileSize(3.25 * 1024 * 1024)).toBe("3.3 MB");
  });
});
