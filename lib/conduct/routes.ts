import type { ConductRegime } from "./rules";
import type { OfficerStatus } from "./decisions";

/**
 * Where a matter goes from the severity assessment (2020 reg 14) and from the appropriate
 * authority's decision on the investigation report (2020 reg 23), with the reason in words
 * when a choice is refused. What was read, and what is still to be confirmed, is in
 * lib/conduct/SOURCES.md.
 */

export type Severity = "no_misconduct" | "practice_requiring_improvement" | "misconduct" | "gross_misconduct";

/** The routes out of a severity assessment; the keys are stored (subjects.assessment_route). */
export const assessmentRoutes = ["investigation", "rprp", "performance_procedures", "no_further_action"] as const;
export type AssessmentRoute = (typeof assessmentRoutes)[number];

export const assessmentRouteLabels: Record<AssessmentRoute, string> = {
  investigation: "Investigate (written notice to the officer, reg 17)",
  rprp: "Refer to the reflective practice review process",
  performance_procedures: "Deal with under the Police (Performance) Regulations 2020",
  no_further_action: "No further action",
};

/**
 * The routes open after a severity assessment.
 *
 * - Misconduct or gross misconduct is investigated (2020 Part 3, regs 14-16).
 * - Practice requiring improvement goes to the reflective practice review process (2020
 *   reg 14 and Part 6), or no further action.
 * - No misconduct: no further action, or the performance procedures.
 * - The 2012 regulations have no practice requiring improvement and no reflective
 *   practice review process (both new in 2020: SI 2020/4 explanatory note).
 * - A former officer is pursued only for gross misconduct (2020 reg 4(2) and Sch 1,
 *   which omits the reflective practice review process), so anything less ends there.
 */
export function assessmentRoutesOpen(regime: ConductRegime, officer: OfficerStatus, severity: Severity): AssessmentRoute[] {
  if (officer === "former") return severity === "gross_misconduct" ? ["investigation"] : ["no_further_action"];
  switch (severity) {
    case "misconduct":
    case "gross_misconduct":
      return ["investigation"];
    case "practice_requiring_improvement":
      return regime === "2020" ? ["rprp", "no_further_action"] : [];
    case "no_misconduct":
      return ["no_further_action", "performance_procedures"];
  }
}

/** Why a route cannot follow this severity assessment, naming the regulation; null when it can. */
export function assessmentRouteRefusal(regime: ConductRegime, officer: OfficerStatus, severity: Severity, route: AssessmentRoute): string | null {
  const open = assessmentRoutesOpen(regime, officer, severity);
  if (open.includes(route)) return null;
  if (severity === "practice_requiring_improvement" && regime === "2012") {
    return "Practice requiring improvement and the reflective practice review process came with the 2020 regulations (SI 2020/4); a matter under the 2012 regulations is assessed as no misconduct, misconduct or gross misconduct.";
  }
  if (officer === "former") {
    return severity === "gross_misconduct"
      ? "An allegation of gross misconduct against a former officer is investigated (2020 reg 4(2) and Schedule 1)."
      : "A former officer can be pursued only for gross misconduct (2020 reg 4(2) and Schedule 1): anything less ends with no further action.";
  }
  if (severity === "misconduct" || severity === "gross_misconduct") {
    return "An allegation assessed as misconduct or gross misconduct is investigated (2020 regs 14-16); the reflective practice review process is for practice requiring improvement.";
  }
  if (severity === "practice_requiring_improvement") {
    return "Practice requiring improvement goes to the reflective practice review process (2020 reg 14 and Part 6) or ends with no further action; it is not investigated as misconduct.";
  }
  return "Conduct assessed as no misconduct ends with no further action or goes to the performance procedures; it is not investigated and not referred to the reflective practice review process (2020 reg 14).";
}

/** The appropriate authority's decision on the investigation report, in its three parts (2020 reg 23(1)). */
export interface ReportDecision {
  /** (a) case to answer for misconduct, for gross misconduct, or none. */
  caseToAnswer: "misconduct" | "gross_misconduct" | "none";
  /** (b) where there is a case to answer, whether misconduct proceedings are brought. */
  referToProceedings: boolean;
}

/** Why a decision on the report cannot be made as chosen, naming the regulation; null when it can. */
export function reportDecisionRefusal(decision: ReportDecision, officer: OfficerStatus): string | null {
  if (decision.caseToAnswer === "none" && decision.referToProceedings) {
    return "With no case to answer there are no misconduct proceedings to refer to (2020 reg 23(1)(b)): untick the referral, or record a case to answer.";
  }
  if (officer === "former" && decision.caseToAnswer === "misconduct" && decision.referToProceedings) {
    return "A former officer can be brought to proceedings only for gross misconduct (2020 reg 4(2) and Schedule 1): a case to answer for misconduct alone ends without proceedings.";
  }
  return null;
}

/**
 * A case to answer for gross misconduct goes to a misconduct hearing (or the fast track),
 * never a meeting: a misconduct meeting is for misconduct (2020 reg 2(1), definitions of
 * misconduct meeting and hearing, and reg 23(1)(c)).
 */
export function forumRefusalForCaseToAnswer(caseToAnswer: ReportDecision["caseToAnswer"] | null, forum: string): string | null {
  if (caseToAnswer === "gross_misconduct" && forum === "misconduct_meeting") {
    return "A case to answer for gross misconduct goes to a misconduct hearing or an accelerated misconduct hearing, never a misconduct meeting (2020 reg 2(1) and reg 23(1)(c)).";
  }
  return null;
}
