import { importColumnNames } from "@/lib/cases/import-columns";
import { toCsv } from "@/lib/csv";

type Decision = Record<"finding" | "finding_on" | "proceedings" | "outcome" | "outcome_on" | "severity", string>;

/** Lawful under the 2012 regulations, which cover the sample's years. */
const decisions: Decision[] = [
  {
    finding: "case_to_answer",
    finding_on: "-09-01",
    proceedings: "misconduct_meeting",
    outcome: "written_warning",
    outcome_on: "-11-01",
    severity: "misconduct",
  },
  { finding: "no_case_to_answer", finding_on: "-08-15", proceedings: "", outcome: "", outcome_on: "", severity: "misconduct" },
  { finding: "not_recorded", finding_on: "", proceedings: "", outcome: "", outcome_on: "", severity: "" },
  { finding: "withdrawn", finding_on: "-07-01", proceedings: "", outcome: "", outcome_on: "", severity: "misconduct" },
  {
    finding: "case_to_answer",
    finding_on: "-09-20",
    proceedings: "misconduct_hearing",
    outcome: "dismissal_with_notice",
    outcome_on: "-12-01",
    severity: "gross_misconduct",
  },
  {
    finding: "case_to_answer",
    finding_on: "-10-02",
    proceedings: "misconduct_hearing",
    outcome: "would_have_been_dismissed",
    outcome_on: "-12-10",
    severity: "gross_misconduct",
  },
];

export interface SampleOptions {
  rows: number;
  /** The year of every record (before the demo data's years, so no reference collides). */
  year?: number;
  /** Replaces one cell: `row` as a spreadsheet numbers it (the header is row 1). */
  bad?: { row: number; column: string; value: string };
}

/**
 * A deterministic file of historical records, two officers to a case, every row
 * valid: for tests, the end-to-end journey and the import benchmark.
 */
export function sampleImportRecords({ rows, year = 2016 }: SampleOptions): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let i = 0; i < rows; i++) {
    const caseIndex = Math.floor(i / 2);
    const month = String((caseIndex % 6) + 1).padStart(2, "0");
    const decision = decisions[i % decisions.length]!;
    const date = (suffix: string) => (suffix ? `${year}${suffix}` : "");
    out.push({
      case_ref: `PSD-${year}-${String(100000 + caseIndex)}`,
      recorded_on: `${year}-${month}-10`,
      source: ["colleague_report", "public_complaint", "intelligence"][caseIndex % 3]!,
      platform: caseIndex % 4 === 0 ? "facebook" : "whatsapp",
      channel: "group_chat",
      group_size: String(4 + (caseIndex % 20)),
      content_type: caseIndex % 2 === 0 ? "discriminatory" : "sexual_or_misogynistic",
      device: "personal",
      incident_on: `${year}-${month}-01`,
      summary: `Historical record ${caseIndex}: offensive messages in a group chat`,
      service_number: `H${year}-${String(i).padStart(6, "0")}`,
      name: `Historic Officer ${i}`,
      rank: i % 10 === 0 ? "sergeant" : "constable",
      standards: "equality_and_diversity;discreditable_conduct",
      severity: decision.severity,
      recommendation: decision.finding === "case_to_answer" ? "case_to_answer" : "",
      finding: decision.finding,
      finding_on: date(decision.finding_on),
      proceedings: decision.proceedings,
      outcome: decision.outcome,
      outcome_on: date(decision.outcome_on),
      regime: "",
    });
  }
  return out;
}

export function sampleImportCsv(options: SampleOptions): string {
  const records = sampleImportRecords(options);
  if (options.bad) records[options.bad.row - 2]![options.bad.column] = options.bad.value;
  return toCsv(
    importColumnNames,
    records.map((r) => importColumnNames.map((name) => r[name] ?? "")),
  );
}
