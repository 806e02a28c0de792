/**
 * A file attached to a report as a list shows it: never the bytes. Declared here for the
 * browser, which may not import db/; the query that reads it is typed to return it.
 */
export interface ReportAttachmentItem {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  /** A Date from the server; a string once it has crossed to the browser as JSON. */
  attachedAt: Date | string;
}
