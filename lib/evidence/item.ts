/** One entry of a case's evidence register as the register shows it: never the content. */
export interface EvidenceItem {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  uploadedByEmail: string;
  uploadedByName: string;
  /** A Date from the server; a string once it has crossed to the browser as JSON. */
  uploadedAt: Date | string;
}
