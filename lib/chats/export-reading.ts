import type { Rank } from "@/lib/vocabulary";
import type { ExportMember } from "./group-members";

/** What an export is, as the pages name it: never its bytes. */
export interface ExportFile {
  id: number;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

/** A person on record a chat member may be, with why. */
export interface SuggestedPerson {
  id: number;
  name: string;
  serviceNumber: string;
  rank: Rank;
  unit: string | null;
  score: number;
  reason: string;
}

/** An export in a case's evidence register, read into its members and the people each may be. */
export interface ExportReading {
  caseRef: string;
  file: ExportFile;
  messages: number;
  members: (ExportMember & { suggestions: SuggestedPerson[] })[];
  suggestedName: string;
  createdOn: string | null;
  /** The group already made from this file, if one was. */
  existingGroupId: number | null;
}
