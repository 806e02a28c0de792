import { formatDate, formatDateTime } from "@/lib/format";
import { platforms, type Platform } from "@/lib/vocabulary";

export interface ReceiptFacts {
  ref: string;
  receivedAt: Date;
  description: string;
  platform: Platform;
  groupName: string | null;
  seenOn: string | null;
  confidential: boolean;
  contentSha256: string;
  /** Files attached so far, each with its own fingerprint. */
  attachments?: readonly { fileName: string; sha256: string }[];
}

/**
 * The receipt a reporter keeps: plain text, so that it can be saved, printed or attached
 * anywhere. Dates in words; the moment received also in ISO 8601, the exact record.
 */
export function receiptText(report: ReceiptFacts): string {
  return [
    "RECEIPT: REPORT OF INAPPROPRIATE CONTENT",
    "Directorate of Professional Standards",
    "",
    `Reference: ${report.ref}`,
    `Received: ${formatDateTime(report.receivedAt, { precise: true })} (${report.receivedAt.toISOString()})`,
    `Where: ${platforms.labels[report.platform]}${report.groupName ? `, ${report.groupName}` : ""}`,
    `When seen: ${report.seenOn ? formatDate(report.seenOn) : "not given"}`,
    `Identity: ${report.confidential ? "confidential (PSD supervisors only)" : "visible to PSD"}`,
    `Fingerprint of the report as received (SHA-256): ${report.contentSha256}`,
    "",
    "What was reported:",
    report.description,
    "",
    ...(report.attachments?.length ? ["Files attached (SHA-256 of each):", ...report.attachments.map((a) => `- ${a.fileName}: ${a.sha256}`), ""] : []),
    "Keep this receipt: it shows that you reported, and when.",
    "",
  ].join("\n");
}
