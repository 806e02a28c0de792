import { describe, expect, it } from "vitest";
import { pdfPageTexts } from "@/tests/pdf-text";
import type { CaseFile } from "./content";
import { renderCaseFilePdf } from "./pdf";

const manyRows: CaseFile = {
  title: "Case file PSD-2026-0001",
  subtitle: "Produced 1 December 2026 at 10:00 GMT by Sam Supervisor.",
  blocks: [
    { kind: "heading", text: "Summary" },
    { kind: "paragraph", text: "Images shared in a group chat of serving officers." },
    { kind: "facts", rows: [["Subject", "Siobhán Ó Ceallaigh, Łukasz Wiśniewski"]] },
    { kind: "heading", text: "Timeline" },
    {
      kind: "table",
      columns: [
        { header: "When", share: 0.25 },
        { header: "What", share: 0.5 },
        { header: "Who", share: 0.25 },
      ],
      rows: Array.from({ length: 120 }, (_, i) => [`Day ${i + 1}`, `Event number ${i + 1} in words`, "Sam Supervisor"]),
    },
    { kind: "heading", text: "Evidence register (1)" },
    {
      kind: "table",
      columns: [
        { header: "File", share: 0.3 },
        { header: "Added", share: 0.25 },
        { header: "SHA-256", share: 0.45 },
      ],
      rows: [["chat.txt, text/plain, 1,024 bytes", "1 December 2026", "a".repeat(64)]],
    },
  ],
};

describe("the case file as a PDF (issue 17, item 8)", () => {
  it("runs over several pages, each marked OFFICIAL-SENSITIVE at head and foot and numbered 'Page n of m'", async () => {
    const pdf = await renderCaseFilePdf(manyRows);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = await pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => {
      expect(text.match(/OFFICIAL-SENSITIVE/g)?.length, `page ${i + 1}`).toBe(2);
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it("prints names outside plain ASCII as written, every row of a long table, and the whole SHA-256", async () => {
    const text = (await pdfPageTexts(await renderCaseFilePdf(manyRows))).join(" ");
    expect(text).toContain("Siobhán Ó Ceallaigh, Łukasz Wiśniewski");
    for (const n of [1, 60, 120]) expect(text).toContain(`Event number ${n} in words`);
    expect(text.replace(/\s+/g, "")).toContain("a".repeat(64));
  });
});
