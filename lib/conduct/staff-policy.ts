import type { ProceedingsFinding } from "./rules";
import type { AssessmentRoute, Severity } from "./routes";

/**
 * Police staff and PCSOs are employees, not officers: the Police (Conduct) Regulations do
 * not apply to them (2020 reg 4(1) applies the regulations to police officers; Police Reform
 * Act 2002 Schedule 3 reaches staff only through their employment). Their matters follow the
 * force's staff disciplinary policy, which is a contract, not statute: these are the
 * outcomes of the national model the product ships with, which a force may change. A member
 * of staff dismissed for misconduct still goes on the barred list (Police Act 1996 s 88B(1)(c),
 * not read in the text; SI 2017/1135 reg 3).
 */

export const staffOutcomeKeys = [
  "staff_management_action",
  "staff_first_written_warning",
  "staff_final_written_warning",
  "staff_dismissal_with_notice",
  "staff_summary_dismissal",
  "no_further_action",
] as const;
export type StaffOutcome = (typeof staffOutcomeKeys)[number];

/** The forum of the staff policy; the conduct regulations' meetings and hearings are for officers. */
export const staffForum = "staff_disciplinary_hearing";

/** Whether a subject is police staff (including a PCSO), by the rank recorded at the time. */
export function isPoliceStaff(rank: string): boolean {
  return rank === "police_staff" || rank === "pcso";
}

/**
 * Where an assessment of a staff matter can send it: investigated under the policy, or
 * closed. Practice requiring improvement and the reflective practice review process are
 * the Conduct Regulations' (2020 reg 14, Part 6) and have no place here.
 */
export function staffRouteRefusal(severity: Severity, route: AssessmentRoute): string | null {
  if (severity === "practice_requiring_improvement") {
    return "Practice requiring improvement belongs to the Police (Conduct) Regulations, which do not apply to police staff: assess the matter as no misconduct, misconduct or gross misconduct under the staff disciplinary policy.";
  }
  if (route === "rprp" || route === "performance_procedures") {
    return "The reflective practice review process and the police performance procedures are for officers; a member of staff's matter is investigated under the staff disciplinary policy or ends with no further action.";
  }
  if ((severity === "misconduct" || severity === "gross_misconduct") !== (route === "investigation")) {
    return severity === "no_misconduct"
      ? "A staff matter assessed as no misconduct ends with no further action."
      : "A staff matter assessed as misconduct or gross misconduct is investigated under the staff disciplinary policy.";
  }
  return null;
}

export function staffRoutesOpen(severity: Severity): AssessmentRoute[] {
  if (severity === "practice_requiring_improvement") return [];
  return severity === "no_misconduct" ? ["no_further_action"] : ["investigation"];
}

/**
 * The staff policy's outcomes. After a disciplinary hearing: on misconduct a first or final
 * written warning, or dismissal with notice where a final written warning was already live;
 * on gross misconduct a final written warning, dismissal with notice or summary dismissal;
 * neither, or no hearing, closes the matter, with management action if the manager wants it.
 */
export function staffOutcomesOpen(input: { proceedingsFinding: ProceedingsFinding | null; finalWrittenWarningInForce: boolean }): StaffOutcome[] {
  const { proceedingsFinding: finding } = input;
  if (finding === null || finding === "neither") return ["staff_management_action", "no_further_action"];
  if (finding === "gross_misconduct") return ["staff_final_written_warning", "staff_dismissal_with_notice", "staff_summary_dismissal"];
  return input.finalWrittenWarningInForce
    ? ["staff_dismissal_with_notice", "no_further_action"]
    : ["staff_first_written_warning", "staff_final_written_warning", "no_further_action"];
}

const staffLabels: Record<StaffOutcome, string> = {
  staff_management_action: "management action",
  staff_first_written_warning: "a first written warning",
  staff_final_written_warning: "a final written warning",
  staff_dismissal_with_notice: "dismissal with notice",
  staff_summary_dismissal: "summary dismissal",
  no_further_action: "no further action",
};

/** Why an outcome cannot end a staff matter, in words; null when it can. */
export function staffOutcomeRefusal(input: Parameters<typeof staffOutcomesOpen>[0], outcome: string): string | null {
  const open = staffOutcomesOpen(input);
  if ((open as readonly string[]).includes(outcome)) return null;
  const lawful = open.map((key) => staffLabels[key]).join(", ");
  if (!(staffOutcomeKeys as readonly string[]).includes(outcome)) {
    return `The Police (Conduct) Regulations' outcomes are for officers; a member of staff's matter ends under the staff disciplinary policy. Open here: ${lawful}.`;
  }
  return `Under the staff disciplinary policy, ${staffLabels[outcome as StaffOutcome]} is not open ${input.proceedingsFinding ? `on a finding of ${input.proceedingsFinding.replace("_", " ")}` : "without a disciplinary hearing"}${input.finalWrittenWarningInForce ? " with a final written warning live" : ""}. Open here: ${lawful}.`;
}
