import { reportOutcomes, reportStatuses, type ReportOutcome, type ReportStatus } from "@/lib/vocabulary";

/** Statuses a triager may still act on: not yet closed or turned into a case. */
const openStatuses: readonly ReportStatus[] = ["submitted", "triaged", "information_requested"];

export function isOpenForTriage(status: ReportStatus): boolean {
  return openStatuses.includes(status);
}

/**
 * What a reporter is told of their report: its status and, once triage has ended, the
 * kind of outcome. Never the case, the original report or a name: only the words here.
 */
export function reporterView(report: { status: ReportStatus; outcome: ReportOutcome | null }): { status: string; outcome: string | null } {
  return {
    status: reportStatuses.labels[report.status],
    outcome: report.outcome ? reportOutcomes.labels[report.outcome] : null,
  };
}

/** The confirmation a triager reads after each exit: what happened, then what comes next. */
export function triageConfirmation(outcome: ReportOutcome, ref: string, target?: string): string {
  switch (outcome) {
    case "passed_for_investigation":
      return `Case ${target} opened from ${ref}. The reporter is told it was passed for investigation; assign the case next.`;
    case "no_further_action":
      return `${ref} closed with no further action. The reporter is told "No further action"; your reason stays in PSD's record.`;
    case "linked_to_case":
      return `${ref} added to case ${target}. The reporter is told it was added to an existing investigation; its details are now with that case.`;
    case "duplicate":
      return `${ref} closed as already reported in ${target}. The reporter is told "Already reported"; carry on with ${target}.`;
    case "more_information_needed":
      return `Your question was sent to the reporter of ${ref}. It comes back to the queue when they answer.`;
  }
}
