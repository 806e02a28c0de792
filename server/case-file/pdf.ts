import path from "node:path";
import PDFDocument from "pdfkit";
import { protectiveMarking } from "@/lib/service";
import type { CaseFile, CaseFileBlock } from "./content";

// DejaVu covers the names officers have (Ó, Ł, Ş, Cyrillic, Greek), which the PDF's
// built-in Helvetica cannot: a name printed wrongly in a hearing bundle is a real error.
const fontDir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const fonts = {
  body: path.join(fontDir, "DejaVuSans.ttf"),
  bold: path.join(fontDir, "DejaVuSans-Bold.ttf"),
  mono: path.join(fontDir, "DejaVuSansMono.ttf"),
};

const margin = 56;
const bandHeight = 28;

type Doc = InstanceType<typeof PDFDocument>;

/** Starts a new page when `height` more does not fit above the footer. */
function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawFacts(doc: Doc, rows: [string, string][]) {
  const width = doc.page.width - 2 * margin;
  const keyWidth = 150;
  const valueWidth = width - keyWidth - 10;
  for (const [key, value] of rows) {
    doc.font("body").fontSize(9.5);
    const height = Math.max(doc.font("bold").heightOfString(key, { width: keyWidth }), doc.font("body").heightOfString(value, { width: valueWidth }));
    ensureRoom(doc, height + 4);
    const top = doc.y;
    doc.font("bold").text(key, margin, top, { width: keyWidth });
    doc.font("body").text(value, margin + keyWidth + 10, top, { width: valueWidth });
    doc.x = margin;
    doc.y = top + height + 4;
  }
  doc.moveDown(0.5);
}

function drawTable(doc: Doc, block: Extract<CaseFileBlock, { kind: "table" }>) {
  const width = doc.page.width - 2 * margin;
  const widths = block.columns.map((c) => c.share * width - 6);
  const fontFor = (header: string) => (header === "SHA-256" ? "mono" : "body");
  const row = (cells: string[], header: boolean) => {
    const measure = (cell: string, i: number) => {
      doc.font(header ? "bold" : fontFor(block.columns[i]!.header)).fontSize(header ? 9 : 8.5);
      return doc.heightOfString(cell, { width: widths[i]! });
    };
    const height = Math.max(...cells.map(measure));
    return {
      height,
      draw: (top: number) => {
        let x = margin;
        cells.forEach((cell, i) => {
          doc.font(header ? "bold" : fontFor(block.columns[i]!.header)).fontSize(header ? 9 : 8.5);
          doc.text(cell, x, top, { width: widths[i]! });
          x += widths[i]! + 6;
        });
        doc.x = margin;
        doc.y = top + height + 3;
        doc
          .moveTo(margin, doc.y - 1.5)
          .lineTo(margin + width, doc.y - 1.5)
          .lineWidth(0.3)
          .strokeColor("#b1b4b6")
          .stroke();
      },
    };
  };
  const header = row(
    block.columns.map((c) => c.header),
    true,
  );
  ensureRoom(doc, header.height * 3);
  header.draw(doc.y);
  for (const cells of block.rows) {
    const r = row(cells, false);
    if (doc.y + r.height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      header.draw(doc.y);
    }
    r.draw(doc.y);
  }
  doc.moveDown(0.5);
}

function drawBlock(doc: Doc, block: CaseFileBlock) {
  switch (block.kind) {
    case "heading":
      ensureRoom(doc, 60);
      doc.moveDown(0.5).font("bold").fontSize(14).text(block.text, margin).moveDown(0.3);
      return;
    case "subheading":
      ensureRoom(doc, 40);
      doc.font("bold").fontSize(10.5).text(block.text, margin).moveDown(0.2);
      return;
    case "paragraph":
      doc
        .font("body")
        .fontSize(10)
        .text(block.text, margin, doc.y, { width: doc.page.width - 2 * margin })
        .moveDown(0.5);
      return;
    case "facts":
      drawFacts(doc, block.rows);
      return;
    case "table":
      drawTable(doc, block);
      return;
  }
}

/** The protective marking at the head and foot of every page, and "Page n of m" (issue 15 and 17, item 8). */
function markEveryPage(doc: Doc, title: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing in the margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const width = doc.page.width - 2 * margin;
    doc.font("bold").fontSize(10).fillColor("#000000");
    doc.text(protectiveMarking, margin, bandHeight, { width, align: "center" });
    doc.text(protectiveMarking, margin, doc.page.height - bandHeight - 10, { width, align: "center" });
    doc.font("body").fontSize(8.5);
    doc.text(title, margin, doc.page.height - bandHeight - 26, { width, align: "left" });
    doc.text(`Page ${i - start + 1} of ${count}`, margin, doc.page.height - bandHeight - 26, { width, align: "right" });
    doc.page.margins.bottom = bottom;
  }
}

/** The case file as a PDF: A4, the marking and page numbers on every page. */
export async function renderCaseFilePdf(file: CaseFile): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    bufferPages: true,
    margins: { top: margin + 10, bottom: margin + 20, left: margin, right: margin },
    info: { Title: file.title, Subject: protectiveMarking, Creator: "Professional Standards Cases" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  doc.registerFont("body", fonts.body);
  doc.registerFont("bold", fonts.bold);
  doc.registerFont("mono", fonts.mono);
  doc.font("bold").fontSize(18).text(file.title, margin);
  doc.font("body").fontSize(9).fillColor("#505a5f").text(file.subtitle).fillColor("#000000").moveDown();
  for (const block of file.blocks) drawBlock(doc, block);
  markEveryPage(doc, file.title);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
