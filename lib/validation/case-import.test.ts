import { describe, expect, it } from "vitest";
import { importColumns } from "@/lib/cases/import-columns";
import { formatProblem } from "@/lib/cases/import-problems";
import { validateImport } from "@/lib/cases/import-validate";
import { ranks } from "@/lib/vocabulary";
import { caseImportRowSchema, checkAcrossRows, validateImportRow, type CaseImportRow } from "./case-import";

const schema = caseImportRowSchema("2026-11-20");
const good: Record<string, string> = Object.fromEntries(importColumns.map((c) => [c.name, c.example]));

function problemsOf(changes: Record<string, string>, row = 12): string[] {
  const result = validateImportRow(schema, { row, values: { ...good, ...changes } });
  return result.ok ? [] : result.problems.map(formatProblem);
}

function valid(changes: Record<string, string> = {}): CaseImportRow {
  const result = validateImportRow(schema, { row: 2, values: { ...good, ...changes } });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.value;
}

describe("an import row", () => {
  it("names the row and the column, what is wrong and what to use instead", () => {
    expect(problemsOf({ rank: "Sargent" })).toEqual([`Row 12, rank: “Sargent” is not a rank. Use one of: ${ranks.keys.join(", ")}.`]);
    expect(problemsOf({ summary: "  " })).toEqual(["Row 12, summary: required, but empty."]);
    expect(problemsOf({ finding: "" })[0]).toMatch(/^Row 12, finding: required, but empty\. Use one of: case_to_answer, /);
    expect(problemsOf({ recorded_on: "31/02/2019" })).toEqual(["Row 12, recorded_on: “31/02/2019” is not a date. Write it as 2019-03-31 or 31/03/2019."]);
    expect(problemsOf({ case_ref: "DPS/19/7" })[0]).toContain("is not a case reference");
    expect(problemsOf({ standards: "confidentiality;gossip" })[0]).toContain("“gossip” is not a Standard of Professional Behaviour");
    expect(problemsOf({ group_size: "1" })[0]).toContain("is not a group size");
  });

  it("reports every bad cell of a row, not only the first", () => {
    expect(problemsOf({ rank: "Sargent", platform: "MySpace", service_number: "12 34" })).toHaveLength(3);
  });

  it("takes labels in any case as well as keys, UK dates, and fills the regime from the recorded date", () => {
    const row = valid({
      rank: "Chief Inspector",
      platform: "X/Twitter",
      recorded_on: "5/3/2017",
      standards: "Confidentiality; discreditable_conduct;confidentiality",
      regime: "",
    });
    expect(row).toMatchObject({
      rank: "chief_inspector",
      platform: "x_twitter",
      recorded_on: "2017-03-05",
      regime: "2012",
      standards: ["confidentiality", "discreditable_conduct"],
    });
    expect(
      valid({ recorded_on: "2020-02-01", finding_on: "2020-06-01", outcome_on: "2020-08-01", outcome: "dismissal_without_notice", incident_on: "", regime: "" })
        .regime,
    ).toBe("2020");
    expect(valid({ standards: "" }).standards).toEqual([]);
  });

  it("refuses future dates and dates out of order", () => {
    expect(problemsOf({ recorded_on: "2027-01-01" })).toContain("Row 12, recorded_on: 2027-01-01 is in the future; historical records are dated in the past.");
    expect(problemsOf({ incident_on: "2017-04-01" })).toEqual(["Row 12, incident_on: 2017-04-01 is after recorded_on (2017-03-31)."]);
    expect(problemsOf({ finding_on: "2017-01-01" })).toEqual(["Row 12, finding_on: 2017-01-01 is before recorded_on (2017-03-31)."]);
    expect(problemsOf({ outcome_on: "2017-08-01" })).toEqual(["Row 12, outcome_on: 2017-08-01 is before finding_on (2017-09-01)."]);
    expect(problemsOf({ outcome: "", outcome_on: "2017-11-20" })).toEqual([
      "Row 12, outcome_on: is given, but outcome is empty. Give the outcome, or leave the date empty.",
    ]);
  });

  it("refuses a group size outside group chats, and proceedings without a case to answer", () => {
    expect(problemsOf({ channel: "public_post" })[0]).toContain("group_size: is for group chats only");
    expect(problemsOf({ finding: "no_case_to_answer", outcome: "", outcome_on: "" })).toEqual([
      "Row 12, proceedings: can only follow a finding of case_to_answer; this row's finding is no_case_to_answer. Leave it empty.",
    ]);
    // 2012 reg 55: the fast track of a 2012 matter was the special case hearing.
    expect(problemsOf({ proceedings: "accelerated_misconduct_hearing", outcome: "dismissal_without_notice" })[0]).toContain("special case hearing (reg 55)");
  });

  it("allows only the outcomes lawful for the forum and the regime (lib/conduct, as on the case page)", () => {
    // 2020 reg 42(3): dismissal with notice is a 2012 outcome (2012 reg 35(3)(b)).
    expect(problemsOf({ regime: "2020" })).toEqual([
      "Row 12, outcome: Dismissal with notice exists only under the 2012 regulations (reg 35(3)); this matter is under the 2020 regulations (reg 42). In this situation the lawful outcomes are: final written warning, reduction in rank, dismissal without notice.",
    ]);
    expect(problemsOf({ proceedings: "misconduct_meeting", outcome: "management_advice" })).toEqual([]);
    // 2012 reg 5 and Sch 3: a former officer is never dealt with at a meeting.
    expect(problemsOf({ proceedings: "misconduct_meeting", outcome: "would_have_been_dismissed" })[0]).toContain("cannot be referred to a misconduct meeting");
    expect(problemsOf({ outcome: "would_have_been_dismissed" })).toEqual([]);
    // 2020 reg 23: no case to answer means no disciplinary action; management advice is a sanction of proceedings (2012 reg 35(3)).
    expect(problemsOf({ finding: "no_case_to_answer", proceedings: "", outcome: "no_further_action" })).toEqual([]);
    expect(problemsOf({ finding: "no_case_to_answer", proceedings: "", outcome: "management_advice" })[0]).toContain(
      "Management advice cannot follow a finding of no case to answer",
    );
    expect(problemsOf({ finding: "no_case_to_answer", proceedings: "", outcome: "written_warning" })).toEqual([
      "Row 12, outcome: Written warning cannot follow a finding of no case to answer: without misconduct proceedings there is no disciplinary action (2020 reg 23). It may end with: no further action.",
    ]);
    // 2020 reg 42(1)(b), reg 23(5): a 2020 matter with no case to answer may be referred to the RPRP.
    expect(
      problemsOf({
        recorded_on: "2021-03-31",
        incident_on: "2021-02-14",
        regime: "",
        finding: "no_case_to_answer",
        proceedings: "",
        outcome: "referred_to_rprp",
        finding_on: "2021-09-01",
        outcome_on: "2021-11-20",
      }),
    ).toEqual([]);
    expect(problemsOf({ finding: "not_recorded", finding_on: "", proceedings: "", outcome: "", outcome_on: "" })).toEqual([]);
  });
});

describe("rows together", () => {
  it("refuse rows of one case that disagree, an officer twice on a case, and a service number under two names", () => {
    const rows = [
      valid(),
      { ...valid({ service_number: "204118", name: "Bo Example", summary: "Something else" }), row: 3 },
      { ...valid(), row: 4 },
      { ...valid({ case_ref: "PSD-2017-0043", name: "Alex Other" }), row: 5 },
    ];
    expect(checkAcrossRows(rows).map(formatProblem)).toEqual([
      "Row 3, summary: “Something else” differs from row 2 (“Racist remarks shared in an off-duty group chat”) of the same case PSD-2017-0042. Rows of one case must agree on its case columns.",
      "Row 4, service_number: 204117 is already on row 2 for case PSD-2017-0042. Give each officer one row per case.",
      "Row 5, name: “Alex Other” differs from row 2 (“Alex Example”) for service number 204117.",
    ]);
  });

  it("say when a case column is empty on one row and given on another", () => {
    expect(checkAcrossRows([valid(), { ...valid({ incident_on: "", service_number: "9" }), row: 3 }]).map(formatProblem)).toEqual([
      "Row 3, incident_on: empty differs from row 2 (“2017-02-14”) of the same case PSD-2017-0042. Rows of one case must agree on its case columns.",
    ]);
  });

  it("are validated in slices with progress, and all problems come back in row order", async () => {
    const records = Array.from({ length: 12 }, (_, i) => ({
      row: i + 2,
      values: { ...good, service_number: String(300000 + i), rank: i % 5 === 4 ? "Sargent" : "constable" },
    }));
    const progress: number[] = [];
    const result = await validateImport(records, { today: "2026-11-20", sliceSize: 5, onProgress: (done) => void progress.push(done) });
    expect(progress).toEqual([5, 10, 12]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.row)).toEqual([6, 11]);
  });
});
