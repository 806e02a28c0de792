import { toCsv } from "@/lib/csv";
import {
  channels,
  contentTypes,
  devices,
  findings,
  outcomes,
  platforms,
  proceedings,
  ranks,
  recommendations,
  regimes,
  severities,
  sources,
  standards,
} from "@/lib/vocabulary";

type Vocab = { readonly keys: readonly string[]; readonly labels: Record<string, string> };

export interface ImportColumn {
  name: string;
  required: boolean;
  /** What the column holds, for the guide on the import page. */
  description: string;
  vocabulary?: Vocab;
  example: string;
}

/**
 * The columns of the historical-records CSV, one row per subject officer. Rows of one
 * case repeat its case columns; `case_ref` with `service_number` identifies a row, so
 * importing a file again adds nothing.
 */
export const importColumns: readonly ImportColumn[] = [
  { name: "case_ref", required: true, description: "The case reference, as PSD-YYYY-NNNN (4 to 6 digits). Rows of one case share it.", example: "PSD-2017-0042" },
  { name: "recorded_on", required: true, description: "When the allegation was recorded: 2017-03-31 or 31/03/2017.", example: "2017-03-31" },
  { name: "source", required: true, description: "How it came to notice.", vocabulary: sources, example: "colleague_report" },
  { name: "platform", required: true, description: "Where the content was.", vocabulary: platforms, example: "whatsapp" },
  { name: "channel", required: true, description: "Public post, direct message or group chat.", vocabulary: channels, example: "group_chat" },
  { name: "group_size", required: false, description: "Members of the group chat, for group chats only (2 or more).", example: "14" },
  { name: "content_type", required: true, description: "What the content was.", vocabulary: contentTypes, example: "discriminatory" },
  { name: "device", required: true, description: "The device it was sent from.", vocabulary: devices, example: "personal" },
  { name: "incident_on", required: false, description: "When it happened, if known; not after recorded_on.", example: "2017-02-14" },
  { name: "summary", required: true, description: "What happened, in a sentence (at most 2,000 characters).", example: "Racist remarks shared in an off-duty group chat" },
  { name: "service_number", required: true, description: "The officer's service number (letters, digits and hyphens, at most 20).", example: "204117" },
  { name: "name", required: true, description: "The officer's name.", example: "Alex Example" },
  { name: "rank", required: true, description: "The officer's rank at the time.", vocabulary: ranks, example: "constable" },
  { name: "standards", required: false, description: "Standards of Professional Behaviour breached, separated by semicolons.", vocabulary: standards, example: "equality_and_diversity;discreditable_conduct" },
  { name: "severity", required: false, description: "The severity assessment.", vocabulary: severities, example: "gross_misconduct" },
  { name: "recommendation", required: false, description: "The investigator's recommendation.", vocabulary: recommendations, example: "case_to_answer" },
  { name: "finding", required: true, description: "The appropriate authority's finding (not_recorded where the old system kept none).", vocabulary: findings, example: "case_to_answer" },
  { name: "finding_on", required: false, description: "When the finding was made; not before recorded_on.", example: "2017-09-01" },
  { name: "proceedings", required: false, description: "The forum, after a case to answer only.", vocabulary: proceedings, example: "misconduct_hearing" },
  { name: "outcome", required: false, description: "The outcome: only one lawful for the forum and the regime.", vocabulary: outcomes, example: "dismissal_with_notice" },
  { name: "outcome_on", required: false, description: "When the outcome was given, with an outcome only.", example: "2017-11-20" },
  { name: "regime", required: false, description: "The conduct regulations; when empty, 2020 for records from 1 February 2020, else 2012.", vocabulary: regimes, example: "2012" },
];

export const importColumnNames = importColumns.map((c) => c.name);

/** The downloadable template: the header row and one example row that imports as it is. */
export function importTemplateCsv(): string {
  return toCsv(importColumnNames, [importColumns.map((c) => c.example)]);
}
