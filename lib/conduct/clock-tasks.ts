import { addDays } from "@/lib/dates";
import type { Stage, taskKinds } from "@/lib/vocabulary";
import { workingDayDue } from "@/lib/calendar/working-days";
import { clockFor, relevantPeriodEnds } from "./clocks";

/**
 * Which statutory clocks a workflow step starts or stops, as tasks with due dates. The
 * barred and advisory list reports are raised by the outcome and leaving steps themselves
 * (lib/cases/workflow.ts); these are the clocks that run with the stages.
 */

export type TaskKind = (typeof taskKinds.keys)[number];
export type ClockTaskKind = Extract<TaskKind, "policing_body_report" | "referral_response">;

export interface ClockTaskChanges {
  /** Tasks to open, with their due dates. */
  open: { kind: ClockTaskKind; dueOn: string }[];
  /** Tasks no longer needed if they are not yet due: one already overdue stays for a person to close. */
  closeIfNotDue: ClockTaskKind[];
}

const investigating: readonly Stage[] = ["investigation"];

/**
 * 2020 reg 19(1)-(2): an investigation not completed within 12 months beginning with the day
 * the allegation came to the appropriate authority's attention (the recorded date) needs a
 * report to the local policing body, due the day after the period ends; it stops mattering
 * once the investigation is over. 2020 reg 31(1): once the notice of referral and documents
 * are supplied (reg 30), the officer answers within 15 working days beginning with the first
 * working day after.
 */
export function clockTaskChanges(from: Stage, to: Stage, facts: { recordedOn: string; documentsSuppliedOn?: string | null }): ClockTaskChanges {
  const open: ClockTaskChanges["open"] = [];
  const closeIfNotDue: ClockTaskKind[] = [];
  if (!investigating.includes(from) && investigating.includes(to)) {
    open.push({ kind: "policing_body_report", dueOn: clockFor("investigation_report_to_policing_body").dueOn(facts.recordedOn) });
  }
  if (investigating.includes(from) && !investigating.includes(to)) closeIfNotDue.push("policing_body_report");
  if (facts.documentsSuppliedOn) open.push({ kind: "referral_response", dueOn: clockFor("officer_response_to_referral").dueOn(facts.documentsSuppliedOn) });
  if (from === "outcome" && to !== "outcome") closeIfNotDue.push("referral_response");
  return { open, closeIfNotDue };
}

/**
 * Police Act 1996 s 88L(1)-(2): a person reported for the advisory list is the subject of a
 * further report, so that the College removes them, when (a) it is determined that no
 * disciplinary proceedings will be brought, (b) the proceedings are withdrawn, or (c) they
 * conclude without a finding that the person would have been dismissed. The period is set by
 * SI 2017/1135 (not read in the text): 5 working days beginning with the day, as for the
 * first report (reg 12(1)), is assumed.
 */
export function advisoryListFurtherReport(
  step: { kind: string; route?: string; referToProceedings?: boolean | null; caseToAnswer?: string; outcome?: string },
  today: string,
): { kind: "advisory_list_further_report"; dueOn: string } | null {
  const ends =
    (step.kind === "assess" && step.route !== "investigation") ||
    (step.kind === "decide" && (step.caseToAnswer === "none" || step.referToProceedings === false)) ||
    step.kind === "withdraw" ||
    (step.kind === "record_outcome" && step.outcome !== "would_have_been_dismissed");
  return ends ? { kind: "advisory_list_further_report", dueOn: workingDayDue(today, 5) } : null;
}

/** 2020 reg 19(2): after a report, the next falls due when the following 6-month period ends. */
export function nextPolicingBodyReportDue(recordedOn: string, reportsMade: number): string {
  return addDays(relevantPeriodEnds(recordedOn, reportsMade + 1), 1);
}

/** What a task asks of the department, in words with its citation, for the case page. */
export function describeTask(kind: TaskKind, officer: string, dueOn: string): string {
  switch (kind) {
    case "advisory_list_notification":
      return `Report ${officer} to the College of Policing for the advisory list, due by ${dueOn} (before the end of 5 working days beginning with the day they left under investigation, SI 2017/1135 reg 12(1)).`;
    case "barred_list_notification":
      return `Report ${officer} to the College of Policing for the barred list, due by ${dueOn} (before the end of 5 working days beginning with the outcome date, SI 2017/1135 reg 3(1)).`;
    case "policing_body_report":
      return `Report to the local policing body on the investigation of ${officer}, due by ${dueOn} if it is not completed by then (12 months from the day the allegation came to attention, then every 6 months; 2020 reg 19).`;
    case "advisory_list_further_report":
      return `Make the further report on ${officer} to the College of Policing, so that they are removed from the advisory list, due by ${dueOn} (the matter ended without a finding that they would have been dismissed; Police Act 1996 s 88L(1)-(2)).`;
    case "referral_response":
      return `${officer}'s written response to the notice of referral is due by ${dueOn} (15 working days beginning with the first working day after the documents were supplied; 2020 reg 31(1)). The chair may extend it.`;
    case "vetting_review":
      return `Refer ${officer} to the force vetting unit for a review of their vetting clearance, at once (by ${dueOn}): misconduct was found and they stay in the service (Vetting Code of Practice 2023; lib/conduct/vetting.ts).`;
  }
}

/** The short name for a task's "done" button. */
export function taskShortName(kind: TaskKind): string {
  switch (kind) {
    case "advisory_list_notification":
      return "advisory-list report";
    case "barred_list_notification":
      return "barred-list report";
    case "policing_body_report":
      return "report to the local policing body";
    case "referral_response":
      return "officer's response to the referral";
    case "advisory_list_further_report":
      return "further report for the advisory list";
    case "vetting_review":
      return "referral to the vetting unit";
  }
}
