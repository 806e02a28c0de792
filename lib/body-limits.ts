import { IMPORT_MAX_BYTES } from "./cases/import-csv";
import { EVIDENCE_MAX_BYTES } from "./evidence/file-types";

/** Room for the multipart framing and the other fields around a file at its limit. */
export const MULTIPART_ALLOWANCE = 64 * 1024;

/** Forms and server actions: Next.js's own limit for an action's body. */
export const FORM_MAX_BYTES = 1024 * 1024;

/** Where large bodies are allowed: the two uploads, each with its own file limit. */
const uploads: { pattern: RegExp; limit: number }[] = [
  { pattern: /^\/api\/cases\/import(?:\?|$)/, limit: IMPORT_MAX_BYTES + MULTIPART_ALLOWANCE },
  { pattern: /^\/api\/cases\/[^/?]+\/evidence(?:\?|$)/, limit: EVIDENCE_MAX_BYTES + MULTIPART_ALLOWANCE },
];

/**
 * The most bytes a request to `url` may send. The HTTP server refuses a larger declared
 * body before reading a byte of it, so nobody can make the server hold a file it would
 * refuse anyway.
 */
export function bodyLimitFor(url: string): number {
  return uploads.find((u) => u.pattern.test(url))?.limit ?? FORM_MAX_BYTES;
}

/** Whether `url` takes an upload, whose body must come with its length. */
export function isUploadPath(url: string): boolean {
  return uploads.some((u) => u.pattern.test(url));
}
