import "server-only";
import type { SubjectState } from "@/lib/cases/workflow";
import { subjects } from "../schema";

/** The columns of a subject that make its workflow state (lib/cases/workflow.ts): what a step is applied to, and what the case page offers steps from. */
export const subjectStateColumns = {
  stage: subjects.stage,
  regime: subjects.regime,
  standards: subjects.standards,
  severity: subjects.severity,
  assessmentRoute: subjects.assessmentRoute,
  recommendation: subjects.recommendation,
  finding: subjects.finding,
  findingRationale: subjects.findingRationale,
  caseToAnswerFor: subjects.caseToAnswerFor,
  referToProceedings: subjects.referToProceedings,
  proceedings: subjects.proceedings,
  proceedingsFinding: subjects.proceedingsFinding,
  finalWrittenWarningInForce: subjects.finalWrittenWarningInForce,
  writtenWarningInForce: subjects.writtenWarningInForce,
  severalUnconnectedIncidents: subjects.severalUnconnectedIncidents,
  outcome: subjects.outcome,
  rprpCompletedOn: subjects.rprpCompletedOn,
  withdrawnReason: subjects.withdrawnReason,
  withdrawalKind: subjects.withdrawalKind,
} satisfies Record<keyof SubjectState, unknown>;
