import { describe, expect, it } from "vitest";
import type { AssessmentRoute, Severity } from "@/lib/conduct/routes";
import { stages, type Stage } from "@/lib/vocabulary";
import {
  applyAction,
  availableActions,
  caseAgeDays,
  caseStatusOf,
  isOverdue,
  stageDueOn,
  type SubjectState,
  type WorkflowAction,
  type WorkflowContext,
  whatComesNext,
} from "./workflow";

const blank: SubjectState = {
  stage: "recorded",
  regime: "2020",
  standards: [],
  severity: null,
  assessmentRoute: null,
  recommendation: null,
  finding: null,
  findingRationale: null,
  caseToAnswerFor: null,
  referToProceedings: null,
  proceedings: null,
  proceedingsFinding: null,
  finalWrittenWarningInForce: false,
  writtenWarningInForce: false,
  severalUnconnectedIncidents: false,
  outcome: null,
  rprpCompletedOn: null,
  withdrawnReason: null,
  withdrawalKind: null,
};
const noWarnings = { writtenWarning: false, finalWrittenWarning: false, finalWrittenWarningExtended: false };
const supervisor: WorkflowContext = { role: "supervisor", today: "2026-11-22", officer: "serving", employee: "officer", warningsOnRecord: noWarnings };
const noFacts = { finalWrittenWarningInForce: false, writtenWarningInForce: false, severalUnconnectedIncidents: false, documentsSuppliedOn: "2026-11-20" };
const investigator: WorkflowContext = { ...supervisor, role: "investigator" };
const rationale = "The messages were shared knowingly in a group of serving officers.";

/** A step that must succeed; returns the state after it. */
type RecordOutcome = Extract<WorkflowAction, { kind: "record_outcome" }>;
/** An outcome from a meeting or hearing held on 2026-11-20, chaired by a chief officer. */
const recordOutcome = (proceedingsFinding: RecordOutcome["proceedingsFinding"], outcome: RecordOutcome["outcome"]): RecordOutcome => ({
  kind: "record_outcome",
  proceedingsFinding,
  outcome,
  heldOn: "2026-11-20",
  panelChair: "chief_officer",
});

function step(state: SubjectState, action: WorkflowAction, context = supervisor): SubjectState {
  const result = applyAction(state, action, context);
  if (!result.ok) throw new Error(result.error);
  return { ...state, ...result.changes };
}

const oneOfEach: Record<string, WorkflowAction> = {
  start_assessment: { kind: "start_assessment" },
  assess: { kind: "assess", severity: "misconduct", standards: ["discreditable_conduct"], route: "investigation" },
  complete_investigation: { kind: "complete_investigation", recommendation: "case_to_answer" },
  decide: { kind: "decide", caseToAnswer: "misconduct", referToProceedings: true, rationale },
  refer: { kind: "refer", proceedings: "misconduct_meeting", ...noFacts },
  record_outcome: recordOutcome("misconduct", "written_warning"),
  withdraw: { kind: "withdraw", withdrawalKind: "complaint_withdrawn", reason: "The complainant withdrew and there is no other evidence." },
  reopen: { kind: "reopen", reason: "New messages came to light from a second phone." },
  complete_rprp: { kind: "complete_rprp", discussedOn: "2026-11-10", actions: "Training on the use of group chats.", completedOn: "2026-11-20" },
};

// The one forward step from each stage, written out so that the table is the specification.
const expectedNext: Record<Stage, Partial<Record<string, Stage>>> = {
  recorded: { start_assessment: "assessment", withdraw: "withdrawn" },
  assessment: { assess: "investigation", withdraw: "withdrawn" },
  investigation: { complete_investigation: "decision", withdraw: "withdrawn" },
  decision: { decide: "proceedings", withdraw: "withdrawn" },
  proceedings: { refer: "outcome", withdraw: "withdrawn" },
  outcome: { record_outcome: "finalised", withdraw: "withdrawn" },
  finalised: { reopen: "investigation" },
  withdrawn: { reopen: "investigation" },
};

describe("every stage × every action", () => {
  const prepared: Record<Stage, SubjectState> = {
    recorded: blank,
    assessment: { ...blank, stage: "assessment" },
    investigation: { ...blank, stage: "investigation", severity: "misconduct", standards: ["discreditable_conduct"] },
    decision: { ...blank, stage: "decision", severity: "misconduct", recommendation: "case_to_answer" },
    proceedings: { ...blank, stage: "proceedings", finding: "case_to_answer", findingRationale: rationale },
    outcome: { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_meeting" },
    finalised: { ...blank, stage: "finalised", finding: "case_to_answer", proceedings: "misconduct_meeting", outcome: "written_warning" },
    withdrawn: { ...blank, stage: "withdrawn", finding: "withdrawn", withdrawnReason: "No evidence" },
  };
  for (const stage of stages.keys) {
    for (const [kind, action] of Object.entries(oneOfEach)) {
      const expected = expectedNext[stage][kind];
      it(`${stage} --${kind}--> ${expected ?? "refused"}`, () => {
        const result = applyAction(prepared[stage], action, supervisor);
        if (expected) {
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.changes.stage).toBe(expected);
        } else {
          expect(result).toEqual({ ok: false, error: expect.stringMatching(/not open/) });
        }
      });
    }
  }
});

describe("an officer who leaves", () => {
  const leave = { kind: "record_leaving", leftOn: "2026-11-20", how: "resigned" } as const;
  it("SI 2017/1135 reg 12(1): resigning under investigation raises an advisory list report due in 5 working days, the stage unchanged", () => {
    const result = applyAction({ ...blank, stage: "investigation" }, leave, investigator);
    // Friday 20 November 2026 is the first of the 5 working days: Fri, Mon, Tue, Wed, Thu.
    expect(result).toMatchObject({ ok: true, changes: {}, leaving: { leftOn: "2026-11-20", advisoryListDueOn: "2026-11-26" } });
  });
  it("SI 2017/1135 reg 12(1) with Police Act 1996 s 88I (unverified): no advisory list report before the investigation starts", () => {
    expect(applyAction({ ...blank, stage: "assessment" }, leave, investigator)).toMatchObject({ ok: true, leaving: { advisoryListDueOn: null } });
  });
  it("refuses a leaving date in the future, or an officer already recorded as former", () => {
    expect(applyAction({ ...blank, stage: "investigation" }, { ...leave, leftOn: "2026-12-01" }, investigator)).toEqual({
      ok: false,
      error: expect.stringMatching(/future/),
    });
    expect(applyAction({ ...blank, stage: "investigation" }, leave, { ...investigator, officer: "former" })).toEqual({
      ok: false,
      error: expect.stringMatching(/already recorded/),
    });
  });
});

describe("who may do what", () => {
  it("keeps the decision, the outcome and reopening to supervisors", () => {
    expect(availableActions({ stage: "decision" }, "investigator")).toEqual(["record_leaving", "withdraw"]);
    expect(availableActions({ stage: "outcome" }, "investigator")).toEqual(["record_leaving", "withdraw"]);
    expect(availableActions({ stage: "finalised" }, "investigator")).toEqual([]);
    expect(availableActions({ stage: "investigation" }, "investigator")).toEqual(["complete_investigation", "record_notice", "record_leaving", "withdraw"]);
    expect(availableActions({ stage: "decision" }, "supervisor")).toEqual(["decide", "record_leaving", "withdraw"]);
    for (const role of ["admin", "senior_officer", "foi_officer", "staff"] as const) {
      expect(availableActions({ stage: "recorded" }, role)).toEqual([]);
    }
    const refused = applyAction({ ...blank, stage: "decision" }, oneOfEach.decide!, investigator);
    expect(refused).toEqual({ ok: false, error: "Only a supervisor, as the appropriate authority, can do this." });
  });
});

describe("the journey", () => {
  it("goes from recorded to finalised through a misconduct meeting, dating each decision", () => {
    let state = blank;
    for (const kind of ["start_assessment", "assess", "complete_investigation", "decide", "refer", "record_outcome"]) {
      state = step(state, oneOfEach[kind]!, kind === "decide" || kind === "record_outcome" ? supervisor : investigator);
    }
    expect(state).toMatchObject({
      stage: "finalised",
      severity: "misconduct",
      recommendation: "case_to_answer",
      finding: "case_to_answer",
      findingOn: "2026-11-22",
      findingRationale: rationale,
      proceedings: "misconduct_meeting",
      proceedingsFinding: "misconduct",
      outcome: "written_warning",
      outcomeOn: "2026-11-20",
    });
  });

  it("2020 reg 23(5): after no case to answer goes straight to the outcome: the RPRP or no further action, never a sanction", () => {
    const decided = step({ ...blank, stage: "decision" }, { kind: "decide", caseToAnswer: "none", referToProceedings: false, rationale });
    expect(decided.stage).toBe("outcome");
    const refused = applyAction(decided, recordOutcome(null, "written_warning"), supervisor);
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/^Written warning cannot follow a decision of no case to answer.*reg 23/) });
    expect(step(decided, recordOutcome(null, "referred_to_rprp"))).toMatchObject({
      stage: "finalised",
      proceedingsFinding: null,
    });
  });

  it("issue 17, item 4: a decision and a withdrawal carry the date they were made, never a future one; today when none is given", () => {
    const atDecision = { ...blank, stage: "decision" as const };
    const decide = { kind: "decide" as const, caseToAnswer: "none" as const, referToProceedings: false, rationale };
    const changesOf = (state: SubjectState, action: WorkflowAction) => {
      const result = applyAction(state, action, supervisor);
      if (!result.ok) throw new Error(result.error);
      return result.changes;
    };
    expect(changesOf(atDecision, { ...decide, decidedOn: "2026-11-18" }).findingOn).toBe("2026-11-18");
    expect(changesOf(atDecision, decide).findingOn).toBe("2026-11-22");
    expect(applyAction(atDecision, { ...decide, decidedOn: "2026-11-23" }, supervisor)).toEqual({
      ok: false,
      error: "The date of the decision cannot be in the future.",
    });
    const withdraw = {
      kind: "withdraw" as const,
      withdrawalKind: "investigation_discontinued" as const,
      reason: "The investigation was discontinued on the IOPC's direction.",
    };
    expect(changesOf({ ...blank, stage: "investigation" }, { ...withdraw, withdrawnOn: "2026-11-01" }).findingOn).toBe("2026-11-01");
    expect(applyAction({ ...blank, stage: "investigation" }, { ...withdraw, withdrawnOn: "2027-01-01" }, supervisor)).toEqual({
      ok: false,
      error: "The date of the withdrawal cannot be in the future.",
    });
  });

  it("says what comes next at every stage, so the confirmation after a step can tell the person", () => {
    for (const stage of stages.keys) expect(whatComesNext(stage), stage).toMatch(/^(Next: |Nothing more is due)/);
    expect(whatComesNext("decision")).toContain("2020 reg 23");
  });

  it("requires a written rationale, including for a decision not to act", () => {
    const result = applyAction(
      { ...blank, stage: "decision" },
      { kind: "decide", caseToAnswer: "none", referToProceedings: false, rationale: "   no   " },
      supervisor,
    );
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/rationale.*decision not to act/) });
  });

  it("2020 reg 42(2): refuses dismissal at a misconduct meeting with the reason and what is lawful", () => {
    const atOutcome: SubjectState = { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_meeting" };
    const result = applyAction(atOutcome, recordOutcome("misconduct", "dismissal_without_notice"), supervisor);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /not open to a misconduct meeting \(2020 reg 42\(2\).*lawful outcomes are: written warning, final written warning, no further action/,
      ),
    });
  });

  it("2020 reg 42(1): the outcome of proceedings needs what they found", () => {
    const atOutcome: SubjectState = { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_hearing" };
    expect(applyAction(atOutcome, recordOutcome(null, "written_warning"), supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/reg 42\(1\)/),
    });
  });

  it("2020 reg 42(3)(b): refuses a written warning after gross misconduct at a hearing", () => {
    const atOutcome: SubjectState = { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_hearing" };
    expect(applyAction(atOutcome, recordOutcome("gross_misconduct", "written_warning"), supervisor)).toMatchObject({
      ok: false,
    });
  });

  it("2020 reg 42(5): dismissal for misconduct at a hearing only with a final written warning in force, recorded or on the officer's record", () => {
    const atOutcome: SubjectState = { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_hearing" };
    const dismiss = recordOutcome("misconduct", "dismissal_without_notice");
    expect(applyAction(atOutcome, dismiss, supervisor)).toEqual({ ok: false, error: expect.stringMatching(/reg 42\(5\)/) });
    expect(applyAction({ ...atOutcome, finalWrittenWarningInForce: true }, dismiss, supervisor)).toMatchObject({ ok: true, barredListTask: true });
    expect(applyAction(atOutcome, dismiss, { ...supervisor, warningsOnRecord: { ...noWarnings, finalWrittenWarning: true } })).toMatchObject({ ok: true });
  });

  it("2020 reg 42(7): no written warning over one in force on the officer's record", () => {
    const atOutcome: SubjectState = { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_meeting" };
    const result = applyAction(atOutcome, recordOutcome("misconduct", "written_warning"), {
      ...supervisor,
      warningsOnRecord: { ...noWarnings, writtenWarning: true },
    });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/reg 42\(7\)/) });
  });

  it("2012 reg 55 and 2020 Part 5: the fast track under 2012 is the special case hearing; RPRP is not proceedings", () => {
    const at2012: SubjectState = { ...blank, regime: "2012", stage: "proceedings", finding: "case_to_answer" };
    expect(applyAction(at2012, { kind: "refer", proceedings: "accelerated_misconduct_hearing", ...noFacts }, supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/special case hearing \(reg 55\)/),
    });
    expect(applyAction(at2012, { kind: "refer", proceedings: "special_case_hearing", ...noFacts }, supervisor)).toMatchObject({ ok: true });
  });

  it("2012 reg 55(5): a final written warning is extended once only", () => {
    const at2012: SubjectState = { ...blank, regime: "2012", stage: "outcome", finding: "case_to_answer", proceedings: "special_case_hearing" };
    const extend = recordOutcome("gross_misconduct", "extension_of_final_written_warning");
    expect(applyAction(at2012, extend, { ...supervisor, warningsOnRecord: { ...noWarnings, finalWrittenWarning: true } })).toMatchObject({ ok: true });
    expect(
      applyAction(at2012, extend, { ...supervisor, warningsOnRecord: { writtenWarning: false, finalWrittenWarning: true, finalWrittenWarningExtended: true } }),
    ).toEqual({ ok: false, error: expect.stringMatching(/reg 55\(5\)/) });
  });

  it("2020 reg 4(2) and Sch 1: a former officer goes to a hearing, never a meeting, and gets only 'would have been dismissed'", () => {
    const former: WorkflowContext = { ...supervisor, officer: "former" };
    expect(
      applyAction({ ...blank, stage: "proceedings", finding: "case_to_answer" }, { kind: "refer", proceedings: "misconduct_meeting", ...noFacts }, former),
    ).toEqual({ ok: false, error: expect.stringMatching(/cannot be referred to a misconduct meeting/) });
    const atHearing: SubjectState = { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_hearing" };
    expect(applyAction(atHearing, recordOutcome("gross_misconduct", "final_written_warning"), former)).toEqual({
      ok: false,
      error: expect.stringMatching(/only disciplinary outcome for a former officer/),
    });
    expect(applyAction(atHearing, recordOutcome("misconduct", "no_further_action"), former)).toMatchObject({
      ok: true,
      barredListTask: false,
    });
  });

  it("SI 2017/1135 reg 3: creates a barred-list task for an officer who would have been dismissed, and only for dismissals", () => {
    const atHearing: SubjectState = { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_hearing" };
    const gross = { kind: "record_outcome", proceedingsFinding: "gross_misconduct", heldOn: "2026-11-20", panelChair: "chief_officer" } as const;
    const left = applyAction(atHearing, { ...gross, outcome: "would_have_been_dismissed" }, { ...supervisor, officer: "former" });
    expect(left).toMatchObject({ ok: true, barredListTask: true });
    const warning = applyAction(atHearing, { ...gross, outcome: "final_written_warning" }, supervisor);
    expect(warning).toMatchObject({ ok: true, barredListTask: false });
    const dismissed = applyAction(atHearing, { ...gross, outcome: "dismissal_without_notice" }, supervisor);
    expect(dismissed).toMatchObject({ ok: true, barredListTask: true });
  });

  it("withdraws with a reason, marking the finding withdrawn unless one was made", () => {
    expect(applyAction(blank, { kind: "withdraw", withdrawalKind: "complaint_withdrawn", reason: "dup" }, investigator)).toEqual({
      ok: false,
      error: expect.stringMatching(/reason for withdrawing/),
    });
    expect(step(blank, oneOfEach.withdraw!, investigator)).toMatchObject({
      stage: "withdrawn",
      finding: "withdrawn",
      withdrawnReason: expect.stringMatching(/complainant/),
      withdrawalKind: "complaint_withdrawn",
    });
    const decided: SubjectState = { ...blank, stage: "proceedings", finding: "case_to_answer" };
    expect(step(decided, oneOfEach.withdraw!).finding).toBe("case_to_answer");
  });

  it("2020 reg 27(1): proceedings are withdrawn only after referral and before they begin; the FoI finding is 'withdrawn' only where no decision was made", () => {
    const reason = "The key witness retracted the statement before the hearing.";
    const referred: SubjectState = { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_hearing" };
    expect(step(referred, { kind: "withdraw", withdrawalKind: "proceedings_withdrawn", reason })).toMatchObject({
      stage: "withdrawn",
      withdrawalKind: "proceedings_withdrawn",
      finding: "case_to_answer",
    });
    expect(applyAction({ ...blank, stage: "investigation" }, { kind: "withdraw", withdrawalKind: "proceedings_withdrawn", reason }, supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/reg 27\(1\)/),
    });
  });

  it("2020 reg 23: an investigation is discontinued only before the decision on its report", () => {
    const reason = "The account was shown not to belong to the officer.";
    expect(step({ ...blank, stage: "investigation" }, { kind: "withdraw", withdrawalKind: "investigation_discontinued", reason }, investigator)).toMatchObject({
      finding: "withdrawn",
      withdrawalKind: "investigation_discontinued",
    });
    expect(
      applyAction(
        { ...blank, stage: "proceedings", finding: "case_to_answer" },
        { kind: "withdraw", withdrawalKind: "investigation_discontinued", reason },
        supervisor,
      ),
    ).toEqual({ ok: false, error: expect.stringMatching(/investigation is over/) });
  });

  it("reopens to investigation, clearing the decision so it counts as ongoing", () => {
    const finalised: SubjectState = { ...blank, stage: "finalised", finding: "case_to_answer", proceedings: "misconduct_meeting", outcome: "written_warning" };
    expect(step(finalised, oneOfEach.reopen!)).toMatchObject({ stage: "investigation", finding: null, proceedings: null, outcome: null, withdrawalKind: null });
    expect(applyAction(finalised, { kind: "reopen", reason: "x" }, supervisor)).toEqual({ ok: false, error: expect.stringMatching(/reason for reopening/) });
  });
});

describe("case status and deadlines", () => {
  it("follows the least advanced open subject", () => {
    expect(caseStatusOf(["finalised", "investigation", "decision"])).toBe("investigation");
    expect(caseStatusOf(["withdrawn", "outcome"])).toBe("outcome");
    expect(caseStatusOf(["withdrawn", "finalised"])).toBe("finalised");
    expect(caseStatusOf(["withdrawn", "withdrawn"])).toBe("withdrawn");
  });

  it("sets a target per stage and marks a late open case overdue", () => {
    expect(stageDueOn("investigation", "2026-11-01")).toBe("2027-01-30");
    expect(stageDueOn("assessment", "2026-12-30")).toBe("2027-01-04");
    expect(stageDueOn("finalised", "2026-11-01")).toBeNull();
    expect(isOverdue("investigation", "2026-11-21", "2026-11-22")).toBe(true);
    expect(isOverdue("investigation", "2026-11-22", "2026-11-22")).toBe(false);
    expect(isOverdue("finalised", "2026-01-01", "2026-11-22")).toBe(false);
    expect(caseAgeDays("2026-11-01", "2026-11-22")).toBe(21);
  });
});

describe("the severity assessment's routes (2020 reg 14)", () => {
  const assessing: SubjectState = { ...blank, stage: "assessment" };
  const assess = (severity: Severity, route: AssessmentRoute): WorkflowAction => ({ kind: "assess", severity, standards: ["discreditable_conduct"], route });

  it("2020 reg 14 and Part 6: practice requiring improvement goes straight to the reflective practice review process, finalised, not investigated", () => {
    const result = applyAction(assessing, assess("practice_requiring_improvement", "rprp"), investigator);
    expect(result).toMatchObject({
      ok: true,
      changes: { stage: "finalised", outcome: "referred_to_rprp", outcomeOn: "2026-11-22", assessmentRoute: "rprp", finding: "not_recorded" },
    });
  });
  it("2020 reg 14: practice requiring improvement is not investigated as misconduct", () => {
    expect(applyAction(assessing, assess("practice_requiring_improvement", "investigation"), investigator)).toEqual({
      ok: false,
      error: expect.stringMatching(/not investigated as misconduct/),
    });
  });
  it("2020 regs 14-16: misconduct and gross misconduct are investigated, never sent to the RPRP", () => {
    expect(applyAction(assessing, assess("gross_misconduct", "investigation"), investigator)).toMatchObject({ ok: true, changes: { stage: "investigation" } });
    expect(applyAction(assessing, assess("misconduct", "rprp"), investigator)).toEqual({ ok: false, error: expect.stringMatching(/is investigated/) });
  });
  it("2020 reg 14: no misconduct ends with no further action or the performance procedures, recorded as such", () => {
    expect(applyAction(assessing, assess("no_misconduct", "no_further_action"), investigator)).toMatchObject({
      ok: true,
      changes: { stage: "finalised", outcome: "no_further_action", assessmentRoute: "no_further_action" },
    });
    const upp = applyAction(assessing, assess("no_misconduct", "performance_procedures"), investigator);
    expect(upp).toMatchObject({ ok: true, changes: { outcome: "no_further_action", assessmentRoute: "performance_procedures" } });
    expect(upp.ok && upp.summary).toMatch(/Performance\) Regulations 2020/);
  });
  it("2020 reg 4(2) and Sch 1: a former officer is pursued for gross misconduct only; the RPRP is not open to them", () => {
    const former = { ...investigator, officer: "former" as const };
    expect(applyAction(assessing, assess("practice_requiring_improvement", "rprp"), former)).toEqual({ ok: false, error: expect.stringMatching(/Schedule 1/) });
    expect(applyAction(assessing, assess("misconduct", "no_further_action"), former)).toMatchObject({ ok: true, changes: { stage: "finalised" } });
    expect(applyAction(assessing, assess("gross_misconduct", "investigation"), former)).toMatchObject({ ok: true, changes: { stage: "investigation" } });
  });
  it("SI 2020/4 (new in 2020): the 2012 regulations have no practice requiring improvement", () => {
    expect(applyAction({ ...assessing, regime: "2012" }, assess("practice_requiring_improvement", "rprp"), investigator)).toEqual({
      ok: false,
      error: expect.stringMatching(/came with the 2020 regulations/),
    });
  });
});

describe("the appropriate authority's decision on the report, in three parts (2020 reg 23(1))", () => {
  const deciding: SubjectState = { ...blank, stage: "decision", severity: "gross_misconduct", recommendation: "case_to_answer" };
  it("2020 reg 23(1)(a)-(b): a case to answer for gross misconduct, referred, goes to the choice of proceedings with each part recorded", () => {
    expect(applyAction(deciding, { kind: "decide", caseToAnswer: "gross_misconduct", referToProceedings: true, rationale }, supervisor)).toMatchObject({
      ok: true,
      changes: { stage: "proceedings", finding: "case_to_answer", caseToAnswerFor: "gross_misconduct", referToProceedings: true, findingOn: "2026-11-22" },
    });
  });
  it("2020 reg 23(1)(b): a case to answer without proceedings goes to the outcome, where only the RPRP or no further action is open", () => {
    const decided = step(deciding, { kind: "decide", caseToAnswer: "misconduct", referToProceedings: false, rationale });
    expect(decided).toMatchObject({ stage: "outcome", finding: "case_to_answer", referToProceedings: false });
    expect(applyAction(decided, recordOutcome(null, "final_written_warning"), supervisor)).toMatchObject({
      ok: false,
    });
    expect(step(decided, recordOutcome(null, "referred_to_rprp"))).toMatchObject({ stage: "finalised" });
  });
  it("2020 reg 23(1)(b): no case to answer cannot be referred to proceedings", () => {
    expect(applyAction(deciding, { kind: "decide", caseToAnswer: "none", referToProceedings: true, rationale }, supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/no misconduct proceedings to refer to/),
    });
  });
  it("2020 reg 4(2) and Sch 1: a former officer with a case to answer for misconduct alone is not referred", () => {
    expect(
      applyAction(deciding, { kind: "decide", caseToAnswer: "misconduct", referToProceedings: true, rationale }, { ...supervisor, officer: "former" }),
    ).toEqual({ ok: false, error: expect.stringMatching(/only for gross misconduct/) });
  });
  it("2020 reg 2(1) and 23(1)(c): a case to answer for gross misconduct is never sent to a misconduct meeting", () => {
    const atProceedings: SubjectState = {
      ...blank,
      stage: "proceedings",
      finding: "case_to_answer",
      caseToAnswerFor: "gross_misconduct",
      referToProceedings: true,
    };
    expect(applyAction(atProceedings, { kind: "refer", proceedings: "misconduct_meeting", ...noFacts }, supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/never a misconduct meeting/),
    });
    expect(applyAction(atProceedings, { kind: "refer", proceedings: "misconduct_hearing", ...noFacts }, supervisor)).toMatchObject({ ok: true });
  });
});

describe("the reflective practice review process, tracked to completion (2020 Part 6)", () => {
  const referred: SubjectState = { ...blank, stage: "finalised", outcome: "referred_to_rprp" };
  it("2020 Part 6: a referral awaits completion, which investigators may record", () => {
    expect(availableActions(referred, "investigator")).toEqual(["complete_rprp"]);
    expect(availableActions({ ...referred, rprpCompletedOn: "2026-11-20" }, "investigator")).toEqual([]);
    expect(availableActions({ ...referred, outcome: "written_warning" }, "supervisor")).toEqual(["reopen"]);
  });
  it("2020 reg 70: records the discussion, the actions agreed and the completion date; refuses a date in the future or out of order", () => {
    expect(applyAction(referred, oneOfEach.complete_rprp!, investigator)).toMatchObject({
      ok: true,
      changes: { rprpDiscussedOn: "2026-11-10", rprpActions: "Training on the use of group chats.", rprpCompletedOn: "2026-11-20" },
    });
    const late = { kind: "complete_rprp", discussedOn: "2026-11-10", actions: "Training on group chats.", completedOn: "2026-11-30" } as const;
    expect(applyAction(referred, late, investigator)).toEqual({ ok: false, error: expect.stringMatching(/future/) });
    expect(applyAction(referred, { ...late, discussedOn: "2026-11-21", completedOn: "2026-11-20" }, investigator)).toEqual({
      ok: false,
      error: expect.stringMatching(/cannot come after/),
    });
  });
});

describe("a member of police staff's matter (the staff disciplinary policy)", () => {
  const staff: WorkflowContext = { ...supervisor, employee: "staff" };
  it("goes to the staff policy's disciplinary hearing, never the conduct regulations' meeting or hearing", () => {
    const atProceedings: SubjectState = { ...blank, stage: "proceedings", finding: "case_to_answer", caseToAnswerFor: "misconduct", referToProceedings: true };
    expect(applyAction(atProceedings, { kind: "refer", proceedings: "misconduct_hearing", ...noFacts }, staff)).toEqual({
      ok: false,
      error: expect.stringMatching(/staff disciplinary policy/),
    });
    expect(
      applyAction(atProceedings, { kind: "refer", proceedings: "staff_disciplinary_hearing", ...noFacts, documentsSuppliedOn: null }, staff),
    ).toMatchObject({
      ok: true,
      changes: { stage: "outcome", proceedings: "staff_disciplinary_hearing" },
    });
    expect(applyAction(atProceedings, { kind: "refer", proceedings: "staff_disciplinary_hearing", ...noFacts }, supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/for police staff/),
    });
  });
  it("ends with the staff policy's outcomes; a dismissal still raises the barred-list report (SI 2017/1135 reg 3)", () => {
    const atOutcome: SubjectState = { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "staff_disciplinary_hearing" };
    expect(applyAction(atOutcome, recordOutcome("gross_misconduct", "dismissal_without_notice"), staff)).toMatchObject({
      ok: false,
    });
    expect(applyAction(atOutcome, recordOutcome("gross_misconduct", "staff_summary_dismissal"), staff)).toMatchObject({
      ok: true,
      barredListTask: true,
    });
  });
  it("2020 reg 30-31: an officer's referral needs the date the documents were given; a member of staff's does not", () => {
    const atProceedings: SubjectState = { ...blank, stage: "proceedings", finding: "case_to_answer" };
    expect(applyAction(atProceedings, { kind: "refer", proceedings: "misconduct_meeting", ...noFacts, documentsSuppliedOn: null }, supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/reg 31\(1\)/),
    });
  });
});

describe("the date of the meeting or hearing, its chair, and the reg 17 notice", () => {
  const atHearing: SubjectState = { ...blank, stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_hearing" };
  const outcome = { kind: "record_outcome", proceedingsFinding: "gross_misconduct", outcome: "dismissal_without_notice" } as const;
  it("dates the outcome by the hearing, not by the day it is typed in", () => {
    expect(applyAction(atHearing, { ...outcome, heldOn: "2026-11-18", panelChair: "senior_officer" }, supervisor)).toMatchObject({
      ok: true,
      changes: { outcomeOn: "2026-11-18", panelChair: "senior_officer" },
    });
    expect(applyAction(atHearing, { ...outcome, heldOn: null, panelChair: "chief_officer" }, supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/Give the date/),
    });
    expect(applyAction(atHearing, { ...outcome, heldOn: "2026-11-23", panelChair: "chief_officer" }, supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/future/),
    });
  });
  it("SI 2024/521: a hearing held from 7 May 2024 records who chaired it; one held before does not need to", () => {
    expect(applyAction(atHearing, { ...outcome, heldOn: "2024-05-07", panelChair: null }, supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/SI 2024\/521/),
    });
    expect(applyAction(atHearing, { ...outcome, heldOn: "2024-05-06", panelChair: null }, supervisor)).toMatchObject({ ok: true });
    expect(
      applyAction(
        { ...atHearing, proceedings: "misconduct_meeting" },
        { ...outcome, proceedingsFinding: "misconduct", outcome: "written_warning", heldOn: "2026-11-18", panelChair: null },
        supervisor,
      ),
    ).toMatchObject({ ok: true });
  });
  it("2020 reg 17: records the day the written notice was given, during the investigation only", () => {
    expect(availableActions({ stage: "investigation" }, "investigator")).toContain("record_notice");
    expect(applyAction({ ...blank, stage: "investigation" }, { kind: "record_notice", servedOn: "2026-11-21" }, investigator)).toMatchObject({
      ok: true,
      changes: { noticeServedOn: "2026-11-21" },
    });
    expect(applyAction({ ...blank, stage: "decision" }, { kind: "record_notice", servedOn: "2026-11-21" }, supervisor)).toEqual({
      ok: false,
      error: expect.stringMatching(/not open/),
    });
  });
});

describe("a conviction for an indictable-only offence (SI 2025/558)", () => {
  it("SI 2025/558: the severity assessment must be gross misconduct once the officer is convicted of an indictable-only offence", () => {
    const convicted = { ...investigator, grossMisconductByConviction: true };
    const assessing: SubjectState = { ...blank, stage: "assessment" };
    expect(applyAction(assessing, { kind: "assess", severity: "misconduct", standards: ["discreditable_conduct"], route: "investigation" }, convicted)).toEqual(
      {
        ok: false,
        error: expect.stringMatching(/SI 2025\/558/),
      },
    );
    expect(
      applyAction(assessing, { kind: "assess", severity: "gross_misconduct", standards: ["discreditable_conduct"], route: "investigation" }, convicted),
    ).toMatchObject({ ok: true });
  });
});
