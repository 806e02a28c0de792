/**
 * What the evidence register accepts, and how a file is checked: by its bytes, not by
 * the name or the type the browser declares, which anyone can set. No framework or
 * Node imports: the upload form runs the same size and name checks before sending.
 *
 * The allow-list is what social-media misconduct evidence is made of: screenshots
 * (PNG, JPEG), statements and reports (PDF, Word), chat exports and transcripts (plain
 * text, CSV), schedules (Excel) and short screen recordings (MP4). Refused on purpose:
 * archives (ZIP: their contents cannot be checked, and a WhatsApp export's text and
 * media can be uploaded one by one), Office files with macros, legacy .doc/.xls,
 * HTML and SVG (they can carry script), executables, and anything unrecognised.
 */

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export type EvidenceKind = "pdf" | "png" | "jpeg" | "text" | "csv" | "docx" | "xlsx" | "mp4";

interface KindInfo {
  extensions: readonly string[];
  mediaType: string;
  label: string;
}

export const evidenceKinds: Record<EvidenceKind, KindInfo> = {
  pdf: { extensions: ["pdf"], mediaType: "application/pdf", label: "PDF document" },
  png: { extensions: ["png"], mediaType: "image/png", label: "PNG image" },
  jpeg: { extensions: ["jpg", "jpeg"], mediaType: "image/jpeg", label: "JPEG image" },
  text: { extensions: ["txt"], mediaType: "text/plain; charset=utf-8", label: "plain text file" },
  csv: { extensions: ["csv"], mediaType: "text/csv; charset=utf-8", label: "CSV file" },
  docx: {
    extensions: ["docx"],
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word document",
  },
  xlsx: {
    extensions: ["xlsx"],
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "Excel workbook",
  },
  mp4: { extensions: ["mp4", "m4v"], mediaType: "video/mp4", label: "MP4 video" },
};

/** The list as a person reads it, for hints and refusals. */
export const acceptedTypesText = "PDF, PNG, JPEG, plain text (.txt), CSV, Word (.docx), Excel (.xlsx) or MP4 video";

/** For the file input's `accept`, so the picker offers the right files first (not a check). */
export const acceptAttribute = Object.values(evidenceKinds)
  .flatMap((k) => k.extensions.map((e) => `.${e}`))
  .join(",");

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file's size as a list shows it: kilobytes under a megabyte (never "0 KB"), megabytes above. */
export function formatFileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : formatMegabytes(bytes);
}

export function extensionOf(fileName: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : null;
}

export function kindForExtension(extension: string | null): EvidenceKind | null {
  if (!extension) return null;
  const found = (Object.entries(evidenceKinds) as [EvidenceKind, KindInfo][]).find(([, info]) => info.extensions.includes(extension));
  return found ? found[0] : null;
}

export type Check = { ok: true } | { ok: false; error: string };

/** The checks that need only the name and size: run in the browser first, and again on the server. */
export function checkNameAndSize(fileName: string, sizeBytes: number): Check {
  if (sizeBytes === 0) return { ok: false, error: `“${fileName}” is empty. Choose the file again.` };
  if (sizeBytes > EVIDENCE_MAX_BYTES) return { ok: false, error: `That file is ${formatMegabytes(sizeBytes)}; the limit is 10 MB.` };
  const extension = extensionOf(fileName);
  if (extension === "zip") {
    return { ok: false, error: "Files of type .zip are not accepted: an archive's contents cannot be checked. Upload each file in it on its own." };
  }
  if (!kindForExtension(extension)) {
    const what = extension ? `.${extension}` : "without an ending such as .pdf";
    return { ok: false, error: `Files of type ${what} are not accepted: upload ${acceptedTypesText}.` };
  }
  return { ok: true };
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Whether the bytes contain an ASCII string: ZIP entry names are stored uncompressed. */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  const needle = ascii(text);
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** MP4's `ftyp` box; image formats in the same container (HEIC, AVIF) are not videos. */
function isMp4(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii("ftyp"), 4)) return false;
  const brand = String.fromCharCode(...bytes.slice(8, 12));
  return !["heic", "heix", "mif1", "msf1", "avif", "qt  "].includes(brand);
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What the bytes are, as far as the allow-list goes; null for anything else. */
export function sniffKind(bytes: Uint8Array, extension: string | null): EvidenceKind | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (isMp4(bytes)) return "mp4";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (containsAscii(bytes, "[Content_Types].xml")) {
      if (containsAscii(bytes, "word/document.xml")) return "docx";
      if (containsAscii(bytes, "xl/workbook.xml")) return "xlsx";
    }
    return null;
  }
  if (isUtf8Text(bytes)) return extension === "csv" ? "csv" : "text";
  return null;
}

export type TypeCheck = { ok: true; kind: EvidenceKind; mediaType: string } | { ok: false; error: string };

/** The full check of an upload: name, size, and that the bytes are what the name says. */
export function checkEvidenceFile(fileName: string, bytes: Uint8Array): TypeCheck {
  const basic = checkNameAndSize(fileName, bytes.length);
  if (!basic.ok) return basic;
  const claimed = kindForExtension(extensionOf(fileName))!;
  const actual = sniffKind(bytes, extensionOf(fileName));
  if ((claimed === "docx" || claimed === "xlsx") && actual === claimed && containsAscii(bytes, "vbaProject.bin")) {
    return {
      ok: false,
      error: `“${fileName}” contains macros, which are not accepted. Save it as a ${evidenceKinds[claimed].label} without macros, or as a PDF.`,
    };
  }
  if (actual === claimed) return { ok: true, kind: actual, mediaType: evidenceKinds[actual].mediaType };
  const label = evidenceKinds[claimed].label;
  if (actual === null) {
    const hint = claimed === "text" || claimed === "csv" ? " Text must be saved as UTF-8." : " Upload the original file.";
    return { ok: false, error: `“${fileName}” is named as a ${label}, but its contents are not a ${label}.${hint}` };
  }
  return {
    ok: false,
    error: `“${fileName}” is named as a ${label}, but its contents are a ${evidenceKinds[actual].label}. Give it the right ending (.${evidenceKinds[actual].extensions[0]}) and upload it again.`,
  };
}

/**
 * The name a file is kept under: no folders, no control characters, at most 255
 * characters with its ending kept. The original bytes, not the name, are the evidence.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (!cleaned) return "evidence";
  if (cleaned.length <= 255) return cleaned;
  const extension = extensionOf(cleaned);
  const tail = extension ? `.${extension}` : "";
  return cleaned.slice(0, 255 - tail.length) + tail;
}
