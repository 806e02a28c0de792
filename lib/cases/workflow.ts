import { addDays, daysBetween } from "@/lib/dates";
import { defaultForceTargets, type ForceTargets, type OpenStage } from "./force-targets";
import { forumRefusal, needsBarredListReport, type OfficerStatus, outcomeRefusal, outcomesWithoutProceedings } from "@/lib/conduct/decisions";
import { clockFor } from "@/lib/conduct/clocks";
import { type AssessmentRoute, assessmentRouteRefusal, forumRefusalForCaseToAnswer, type ReportDecision, reportDecisionRefusal } from "@/lib/conduct/routes";
import type { ConductForum, ConductRegime, ProceedingsFinding } from "@/lib/conduct/rules";
import { staffForum, staffOutcomeKeys, staffOutcomeRefusal, staffRouteRefusal } from "@/lib/conduct/staff-policy";
import type { WarningsInForce } from "@/lib/conduct/warnings";
import type { Finding, Outcome, PanelChair, Proceedings, Role, Stage, Standard, WithdrawalKind } from "@/lib/vocabulary";
import { outcomes as outcomeVocabulary, proceedings as proceedingsVocabulary, severities, stages, withdrawalKinds } from "@/lib/vocabulary";

export type Severity = (typeof severities.keys)[number];
export type Recommendation = "case_to_answer" | "no_case_to_answer";

/** The part of a subject record the workflow reads and changes. */
export interface SubjectState {
  stage: Stage;
  regime: ConductRegime;
  standards: Standard[];
  severity: Severity | null;
  assessmentRoute: AssessmentRoute | null;
  recommendation: Recommendation | null;
  finding: Finding | null;
  findingRationale: string | null;
  /** 2020 reg 23(1)(a) and (b), recorded with the decision. */
  caseToAnswerFor: "misconduct" | "gross_misconduct" | null;
  referToProceedings: boolean | null;
  proceedings: Proceedings | null;
  proceedingsFinding: ProceedingsFinding | null;
  /** Facts recorded at referral (2020 reg 42(5)-(7)); the officer's record may add to the warnings. */
  finalWrittenWarningInForce: boolean;
  writtenWarningInForce: boolean;
  severalUnconnectedIncidents: boolean;
  outcome: Outcome | null;
  /** The reflective practice review process, once the outcome is a referral to it (2020 Part 6). */
  rprpCompletedOn: string | null;
  withdrawnReason: string | null;
  withdrawalKind: WithdrawalKind | null;
}

export type WorkflowAction =
  | { kind: "start_assessment" }
  | { kind: "assess"; severity: Severity; standards: Standard[]; route: AssessmentRoute }
  | { kind: "complete_investigation"; recommendation: Recommendation }
  | ({
      kind: "decide";
      rationale: string;
      /** The day the appropriate authority made the decision, when it was recorded later; today otherwise. */
      decidedOn?: string | null;
    } & ReportDecision)
  | {
      kind: "refer";
      proceedings: Proceedings;
      /** The day the notice of referral and the documents were supplied to the officer (2020 reg 30(1)); the reg 31 clock starts after it. */
      documentsSuppliedOn: string | null;
      finalWrittenWarningInForce: boolean;
      writtenWarningInForce: boolean;
      severalUnconnectedIncidents: boolean;
    }
  | {
      kind: "record_outcome";
      proceedingsFinding: ProceedingsFinding | null;
      outcome: Outcome;
      /** The day the meeting or hearing gave its outcome; the outcome is dated by it (and the barred-list clock runs from it). */
      heldOn: string | null;
      panelChair: PanelChair | null;
    }
  | { kind: "record_notice"; servedOn: string }
  | { kind: "record_leaving"; leftOn: string; how: "resigned" | "retired" }
  | {
      kind: "withdraw";
      withdrawalKind: WithdrawalKind;
      reason: string;
      /** The day it was withdrawn, when recorded later; today otherwise. */
      withdrawnOn?: string | null;
    }
  | { kind: "reopen"; reason: string }
  | { kind: "complete_rprp"; discussedOn: string; actions: string; completedOn: string };

export type ActionKind = WorkflowAction["kind"];

export interface WorkflowContext {
  role: Role;
  today: string;
  /** Whether the officer is still serving (2020 reg 4 and Schedule 1 for former officers). */
  officer: OfficerStatus;
  /** Police staff and PCSOs follow the force's staff disciplinary policy, not the conduct regulations. */
  employee: "officer" | "staff";
  /** The officer was convicted of an indictable-only offence from 28 May 2025 (lib/conduct/criminal.ts; SI 2025/558). */
  grossMisconductByConviction?: boolean;
  /** Warnings in force on the date of the severity assessment, from the officer's own record. */
  warningsOnRecord: WarningsInForce;
}

/** Subject columns to write, with the date of each decision. */
export type SubjectChanges = Partial<SubjectState> & {
  severityOn?: string | null;
  noticeServedOn?: string | null;
  panelChair?: PanelChair | null;
  rprpDiscussedOn?: string | null;
  rprpActions?: string | null;
  recommendationOn?: string | null;
  findingOn?: string | null;
  proceedingsOn?: string | null;
  outcomeOn?: string | null;
};

export type Transition =
  | {
      ok: true;
      changes: SubjectChanges;
      barredListTask: boolean;
      summary: string;
      /** The officer left the service on this date; an advisory list report falls due when they were under investigation or proceedings. */
      leaving?: { leftOn: string; advisoryListDueOn: string | null };
    }
  | { ok: false; error: string };

export type { OpenStage } from "./force-targets";

const openStages: readonly OpenStage[] = ["recorded", "assessment", "investigation", "decision", "proceedings", "outcome"];

export function isOpenStage(stage: Stage): stage is OpenStage {
  return (openStages as readonly Stage[]).includes(stage);
}

/** The appropriate authority (a supervisor) makes the decision, sets the outcome and reopens; investigators do the rest. */
const supervisorOnly: readonly ActionKind[] = ["decide", "record_outcome", "reopen"];

/** The action that moves a subject on from each open stage. */
const forwardAction: Record<OpenStage, ActionKind> = {
  recorded: "start_assessment",
  assessment: "assess",
  investigation: "complete_investigation",
  decision: "decide",
  proceedings: "refer",
  outcome: "record_outcome",
};

/** What the next person does once a subject reaches a stage: the confirmation after each step says it. */
const nextAtStage: Record<Stage, string> = {
  recorded: "Next: start the severity assessment.",
  assessment: "Next: record the severity assessment and where the matter goes (2020 reg 14).",
  investigation: "Next: give the written notice (reg 17), then complete the investigation with a recommendation.",
  decision: "Next: a supervisor, as the appropriate authority, decides on the investigation report (2020 reg 23).",
  proceedings: "Next: choose the proceedings and record when the notice of referral was given.",
  outcome: "Next: record the outcome, dated by the meeting or hearing.",
  finalised: "Nothing more is due on this officer unless a task below says so.",
  withdrawn: "Nothing more is due on this officer; a supervisor may reopen it.",
};

export function whatComesNext(stage: Stage): string {
  return nextAtStage[stage];
}

/** A referral to the reflective practice review process still to be completed (2020 Part 6). */
export function awaitsRprp(state: Pick<SubjectState, "stage"> & Partial<Pick<SubjectState, "outcome" | "rprpCompletedOn">>): boolean {
  return state.stage === "finalised" && state.outcome === "referred_to_rprp" && !state.rprpCompletedOn;
}

/** What this person may do next to a subject at this stage, in the order a form should offer them. */
export function availableActions(state: Pick<SubjectState, "stage"> & Partial<Pick<SubjectState, "outcome" | "rprpCompletedOn">>, role: Role): ActionKind[] {
  const actions: ActionKind[] = [];
  if (isOpenStage(state.stage)) {
    actions.push(forwardAction[state.stage]);
    if (state.stage === "investigation") actions.push("record_notice");
    actions.push("record_leaving", "withdraw");
  } else if (awaitsRprp(state)) actions.push("complete_rprp", "reopen");
  else actions.push("reopen");
  return actions.filter((action) => role === "supervisor" || (role === "investigator" && !supervisorOnly.includes(action)));
}

const minimumReason = 10;

function refuse(error: string): Transition {
  return { ok: false, error };
}

/**
 * One step of the misconduct workflow (Police (Conduct) Regulations): recorded ->
 * severity assessment -> investigation -> the appropriate authority's decision ->
 * proceedings -> outcome -> finalised; withdrawn from any open stage with a reason;
 * reopened by a supervisor. Returns the changes to store, or why the step is refused.
 */
export function applyAction(state: SubjectState, action: WorkflowAction, context: WorkflowContext): Transition {
  const stageLabel = stages.labels[state.stage].toLowerCase();
  if (!availableActions(state, context.role).includes(action.kind)) {
    if (supervisorOnly.includes(action.kind) && context.role !== "supervisor") {
      return refuse("Only a supervisor, as the appropriate authority, can do this.");
    }
    return refuse(`This subject is at the ${stageLabel} stage, so that step is not open. Reload the case to see where it stands.`);
  }
  const today = context.today;
  switch (action.kind) {
    case "start_assessment":
      return { ok: true, changes: { stage: "assessment" }, barredListTask: false, summary: "Severity assessment started" };
    case "assess": {
      if (action.standards.length === 0) return refuse("Choose at least one Standard of Professional Behaviour the allegation would breach.");
      if (context.grossMisconductByConviction && context.employee === "officer" && action.severity !== "gross_misconduct") {
        return refuse(
          "The officer was convicted of an offence triable only on indictment, on or after 28 May 2025: the conduct is gross misconduct (SI 2025/558). Assess it as gross misconduct.",
        );
      }
      const refusal =
        context.employee === "staff"
          ? staffRouteRefusal(action.severity, action.route)
          : assessmentRouteRefusal(state.regime, context.officer, action.severity, action.route);
      if (refusal) return refuse(refusal);
      const assessed = `Assessed as ${severities.labels[action.severity].toLowerCase()}`;
      const common = { severity: action.severity, severityOn: today, standards: action.standards, assessmentRoute: action.route };
      if (action.route === "investigation") {
        return { ok: true, changes: { ...common, stage: "investigation" }, barredListTask: false, summary: `${assessed}; investigation started` };
      }
      // Not investigated, so there is no reg 23 finding to record: "not recorded", not "ongoing".
      const closed = { ...common, stage: "finalised" as const, finding: "not_recorded" as const, findingOn: today, outcomeOn: today };
      if (action.route === "rprp") {
        return {
          ok: true,
          changes: { ...closed, outcome: "referred_to_rprp" },
          barredListTask: false,
          summary: `${assessed}; referred to the reflective practice review process`,
        };
      }
      return {
        ok: true,
        changes: { ...closed, outcome: "no_further_action" },
        barredListTask: false,
        summary: `${assessed}; ${action.route === "performance_procedures" ? "to be dealt with under the Police (Performance) Regulations 2020; no conduct action" : "no further action"}`,
      };
    }
    case "complete_investigation":
      return {
        ok: true,
        changes: { stage: "decision", recommendation: action.recommendation, recommendationOn: today },
        barredListTask: false,
        summary: `Investigation completed; recommendation: ${action.recommendation === "case_to_answer" ? "case to answer" : "no case to answer"}`,
      };
    case "decide": {
      if (action.rationale.trim().length < 20) {
        return refuse("Write the rationale for the decision (at least 20 characters), including for a decision not to act.");
      }
      const refusal = reportDecisionRefusal(action, context.officer);
      if (refusal) return refuse(refusal);
      if (action.decidedOn && action.decidedOn > today) return refuse("The date of the decision cannot be in the future.");
      // 2020 reg 23(1): (a) case to answer, and for what; (b) whether to bring proceedings;
      // (c) which proceedings is the next step ("refer"). Without proceedings the matter
      // ends with no further action or goes to the reflective practice review process.
      const caseToAnswer = action.caseToAnswer !== "none";
      const refer = caseToAnswer && action.referToProceedings;
      return {
        ok: true,
        changes: {
          stage: refer ? "proceedings" : "outcome",
          finding: caseToAnswer ? "case_to_answer" : "no_case_to_answer",
          findingOn: action.decidedOn ?? today,
          findingRationale: action.rationale.trim(),
          caseToAnswerFor: caseToAnswer ? (action.caseToAnswer as "misconduct" | "gross_misconduct") : null,
          referToProceedings: caseToAnswer ? refer : null,
        },
        barredListTask: false,
        summary: caseToAnswer
          ? `Decision: case to answer for ${action.caseToAnswer === "gross_misconduct" ? "gross misconduct" : "misconduct"}; ${refer ? "referred to misconduct proceedings" : "no misconduct proceedings"}`
          : "Decision: no case to answer",
      };
    }
    case "refer": {
      const refusal =
        context.employee === "staff"
          ? action.proceedings === staffForum
            ? null
            : "A member of police staff goes to a disciplinary hearing under the staff disciplinary policy; the conduct regulations' meetings and hearings are for officers."
          : (forumRefusal(state.regime, context.officer, action.proceedings) ?? forumRefusalForCaseToAnswer(state.caseToAnswerFor, action.proceedings));
      if (refusal) return refuse(refusal);
      if (context.employee === "officer" && !action.documentsSuppliedOn) {
        return refuse(
          "Give the date the notice of referral and the documents were given to the officer: the officer's 15 working days to respond run from it (2020 reg 30(1), reg 31(1)).",
        );
      }
      if (action.documentsSuppliedOn && action.documentsSuppliedOn > today) return refuse("The date the notice of referral was given cannot be in the future.");
      return {
        ok: true,
        changes: {
          stage: "outcome",
          proceedings: action.proceedings,
          proceedingsOn: today,
          finalWrittenWarningInForce: action.finalWrittenWarningInForce,
          writtenWarningInForce: action.writtenWarningInForce,
          severalUnconnectedIncidents: action.severalUnconnectedIncidents,
        },
        barredListTask: false,
        summary: `Referred to a ${proceedingsVocabulary.labels[action.proceedings].toLowerCase()}${action.documentsSuppliedOn && context.employee === "officer" ? `; the officer's response is due by ${clockFor("officer_response_to_referral").dueOn(action.documentsSuppliedOn)}` : ""}`,
      };
    }
    case "record_outcome": {
      const refusal = recordOutcomeRefusal(state, action, context);
      if (refusal) return refuse(refusal);
      return {
        ok: true,
        changes: {
          stage: "finalised",
          proceedingsFinding: state.proceedings ? action.proceedingsFinding : null,
          outcome: action.outcome,
          outcomeOn: state.proceedings && action.heldOn ? action.heldOn : today,
          panelChair: state.proceedings ? action.panelChair : null,
        },
        barredListTask: needsBarredListReport(action.outcome),
        summary: `Outcome recorded: ${outcomeVocabulary.labels[action.outcome].toLowerCase()}; finalised`,
      };
    }
    case "record_notice":
      // 2020 reg 17(1): written notice to the officer of the investigation, its severity
      // assessment and their rights, given as soon as practicable after the investigator is appointed.
      if (action.servedOn > today) return refuse("The date the notice was given cannot be in the future.");
      return { ok: true, changes: { noticeServedOn: action.servedOn }, barredListTask: false, summary: `Written notice (reg 17) given on ${action.servedOn}` };
    case "record_leaving": {
      if (context.officer === "former") return refuse("The officer is already recorded as having left the service.");
      if (action.leftOn > today) return refuse("The date the officer left cannot be in the future.");
      // SI 2017/1135 reg 12(1) with Police Act 1996 s 88I: an officer who resigns or retires
      // while under investigation or proceedings is reported for the advisory list before
      // the end of 5 working days beginning with that date. Before the investigation starts
      // (recorded, severity assessment) there is no investigation yet, so no report.
      const underInvestigation = (["investigation", "decision", "proceedings", "outcome"] as Stage[]).includes(state.stage);
      return {
        ok: true,
        changes: {},
        barredListTask: false,
        leaving: { leftOn: action.leftOn, advisoryListDueOn: underInvestigation ? clockFor("advisory_list_report").dueOn(action.leftOn) : null },
        summary: `The officer ${action.how} on ${action.leftOn}${underInvestigation ? " while under investigation; an advisory list report is due" : ""}`,
      };
    }
    case "withdraw": {
      if (action.reason.trim().length < minimumReason) return refuse(`Give the reason for withdrawing (at least ${minimumReason} characters).`);
      const kindRefusal = withdrawalRefusal(state, action.withdrawalKind);
      if (kindRefusal) return refuse(kindRefusal);
      if (action.withdrawnOn && action.withdrawnOn > today) return refuse("The date of the withdrawal cannot be in the future.");
      return {
        ok: true,
        changes: {
          stage: "withdrawn",
          withdrawnReason: action.reason.trim(),
          withdrawalKind: action.withdrawalKind,
          ...(state.finding ? {} : { finding: "withdrawn" as const, findingOn: action.withdrawnOn ?? today }),
        },
        barredListTask: false,
        summary: `Withdrawn: ${withdrawalKinds.labels[action.withdrawalKind].toLowerCase()}`,
      };
    }
    case "reopen":
      if (action.reason.trim().length < minimumReason) return refuse(`Give the reason for reopening (at least ${minimumReason} characters).`);
      // A reopened subject goes back to investigation: the earlier decision and
      // outcome stay in the audit trail, not on the record, so figures count it as ongoing.
      return {
        ok: true,
        changes: {
          stage: "investigation",
          recommendation: null,
          recommendationOn: null,
          finding: null,
          findingOn: null,
          findingRationale: null,
          proceedings: null,
          proceedingsOn: null,
          proceedingsFinding: null,
          outcome: null,
          outcomeOn: null,
          withdrawnReason: null,
          withdrawalKind: null,
          assessmentRoute: "investigation",
          caseToAnswerFor: null,
          referToProceedings: null,
          rprpDiscussedOn: null,
          rprpActions: null,
          rprpCompletedOn: null,
        },
        barredListTask: false,
        summary: "Reopened for investigation",
      };
    case "complete_rprp": {
      // 2020 reg 70: the reviewer's report sets key actions and a period for reviewing them;
      // the process is complete when that review is done.
      if (action.actions.trim().length < minimumReason) return refuse(`Write the actions agreed (at least ${minimumReason} characters).`);
      if (action.completedOn > today) return refuse("The date the process was completed cannot be in the future.");
      if (action.discussedOn > action.completedOn) return refuse("The discussion cannot come after the date the process was completed.");
      return {
        ok: true,
        changes: { rprpDiscussedOn: action.discussedOn, rprpActions: action.actions.trim(), rprpCompletedOn: action.completedOn },
        barredListTask: false,
        summary: `Reflective practice review process completed on ${action.completedOn}`,
      };
    }
  }
}

/**
 * Which kind of withdrawal fits where the subject stands. Misconduct proceedings can be
 * withdrawn by the appropriate authority only once referred and before they begin (2020
 * reg 27(1)); an investigation is discontinued before the authority's decision on its
 * report (reg 23). A complaint can be withdrawn by the complainant at any open stage
 * (SI 2020/2 reg 38, not read in the text).
 */
function withdrawalRefusal(state: SubjectState, kind: WithdrawalKind): string | null {
  if (kind === "proceedings_withdrawn" && state.stage !== "outcome") {
    return "Misconduct proceedings can be withdrawn only after the case has been referred to them and before they begin (2020 reg 27(1)). Choose another kind of withdrawal.";
  }
  if (kind === "investigation_discontinued" && !(["recorded", "assessment", "investigation", "decision"] as Stage[]).includes(state.stage)) {
    return "The investigation is over: the appropriate authority has decided on its report (2020 reg 23). Withdraw the proceedings instead (reg 27), or record that the complaint was withdrawn.";
  }
  return null;
}

/** The facts the outcome rules read: those recorded at referral, and warnings the officer's own record shows. */
export function outcomeFacts(state: SubjectState, context: Pick<WorkflowContext, "officer" | "warningsOnRecord">) {
  return {
    regime: state.regime,
    officer: context.officer,
    writtenWarningInForce: state.writtenWarningInForce || context.warningsOnRecord.writtenWarning,
    finalWrittenWarningInForce: state.finalWrittenWarningInForce || context.warningsOnRecord.finalWrittenWarning,
    severalUnconnectedIncidents: state.severalUnconnectedIncidents,
  };
}

/** The first day a hearing is chaired by the chief officer or their delegate (SI 2024/521). */
export const chiefOfficerChairsFrom = "2024-05-07";

function recordOutcomeRefusal(state: SubjectState, action: Extract<WorkflowAction, { kind: "record_outcome" }>, context: WorkflowContext): string | null {
  const label = outcomeVocabulary.labels[action.outcome];
  if (state.proceedings) {
    if (!action.heldOn) return "Give the date the meeting or hearing gave its outcome: the outcome is dated by it.";
    if (action.heldOn > context.today) return "The date of the meeting or hearing cannot be in the future.";
    const hearing = state.proceedings === "misconduct_hearing" || state.proceedings === "accelerated_misconduct_hearing";
    if (hearing && state.regime === "2020" && context.employee === "officer" && action.heldOn >= chiefOfficerChairsFrom && !action.panelChair) {
      return "Record who chaired the hearing: since 7 May 2024 the chief officer chairs it, or a senior officer, former senior officer or senior member of police staff they delegate to (SI 2024/521).";
    }
  }
  if (context.employee === "staff") {
    if (state.proceedings && !action.proceedingsFinding) return "Record what the disciplinary hearing found: misconduct, gross misconduct, or neither.";
    return staffOutcomeRefusal(
      { proceedingsFinding: state.proceedings ? action.proceedingsFinding : null, finalWrittenWarningInForce: state.finalWrittenWarningInForce },
      action.outcome,
    );
  }
  if ((staffOutcomeKeys as readonly string[]).includes(action.outcome) && action.outcome !== "no_further_action") {
    return `${label} is an outcome of the staff disciplinary policy; an officer's matter ends under the Police (Conduct) Regulations.`;
  }
  if (!state.proceedings) {
    // No case to answer, or no referral: RPRP or nothing (2020 reg 23(5); Part 6).
    const open = outcomesWithoutProceedings(state.regime, context.officer);
    if ((open as string[]).includes(action.outcome)) return null;
    return `${label} cannot follow a decision of no case to answer: without misconduct proceedings there is no disciplinary action (2020 reg 23). It may end with: ${open.map((o) => outcomeVocabulary.labels[o].toLowerCase()).join(", ")}.`;
  }
  if (!action.proceedingsFinding) return "Record what the meeting or hearing found: misconduct, gross misconduct, or neither (2020 reg 42(1)).";
  if (action.outcome === "extension_of_final_written_warning" && context.warningsOnRecord.finalWrittenWarningExtended) {
    return "The final written warning in force has already been extended once; it can be extended on one occasion only (2012 reg 55(5)).";
  }
  const facts = outcomeFacts(state, context);
  return outcomeRefusal(
    { ...facts, forum: state.proceedings as ConductForum, proceedingsFinding: action.proceedingsFinding },
    action.outcome as Parameters<typeof outcomeRefusal>[1],
  );
}

/**
 * A case stands where its least advanced open subject stands; once none is open it is
 * finalised, or withdrawn if every subject was withdrawn.
 */
export function caseStatusOf(subjectStages: readonly Stage[]): Stage {
  const open = openStages.find((stage) => subjectStages.includes(stage));
  if (open) return open;
  return subjectStages.length > 0 && subjectStages.every((stage) => stage === "withdrawn") ? "withdrawn" : "finalised";
}

/** The date a case at this stage should move on by under the force's targets (policy, not statute); none once it is closed. */
export function stageDueOn(stage: Stage, enteredOn: string, targets: ForceTargets = defaultForceTargets): string | null {
  return isOpenStage(stage) ? addDays(enteredOn, targets[stage]) : null;
}

export function isOverdue(status: Stage, dueOn: string | null, today: string): boolean {
  return isOpenStage(status) && dueOn !== null && dueOn < today;
}

/** Whole days from recording to today (or to the day it closed). */
export function caseAgeDays(recordedOn: string, today: string): number {
  return daysBetween(recordedOn, today);
}
