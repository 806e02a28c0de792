import { workingDayDue } from "@/lib/calendar/working-days";

export { workingDayDue } from "@/lib/calendar/working-days";

/**
 * The outcomes the conduct regulations allow at the end of misconduct proceedings, read
 * from the text of the statutory instruments on legislation.gov.uk:
 *
 * - "2020": the Police (Conduct) Regulations 2020 (SI 2020/4), regs 42 (misconduct meeting
 *   and hearing) and 62 (accelerated misconduct hearing), and Schedule 1 for former officers
 *   (reg 4(2)).
 * - "2012": the Police (Conduct) Regulations 2012 (SI 2012/2632), regs 35 (misconduct
 *   meeting and hearing) and 55 (special case hearing), and Schedule 3 for former officers
 *   (reg 5(2)-(6), inserted by SI 2017/1134 from 15 December 2017).
 *
 * What was read, and what could not be verified, is in lib/conduct/SOURCES.md.
 */

export const outcomeKeys = [
  "written_warning",
  "final_written_warning",
  "extension_of_final_written_warning",
  "reduction_in_rank",
  "dismissal_with_notice",
  "dismissal_without_notice",
  "would_have_been_dismissed",
  "management_advice",
  "referred_to_rprp",
  "no_further_action",
] as const;

export type OutcomeKey = (typeof outcomeKeys)[number];

export type ConductRegime = "2020" | "2012";
export type ConductForum = "misconduct_meeting" | "misconduct_hearing" | "accelerated_misconduct_hearing" | "special_case_hearing";
export type ProceedingsFinding = "misconduct" | "gross_misconduct" | "neither";

export interface LawfulOutcomesInput {
  regime: ConductRegime;
  forum: ConductForum;
  proceedingsFinding: ProceedingsFinding;
  officer: "serving" | "former";
  /** In force on the date of the severity assessment (2020 reg 14(1); 2012 reg 12(1)). */
  writtenWarningInForce: boolean;
  /** In force on the date of the severity assessment (2020 reg 42(5); 2012 reg 35(5)). */
  finalWrittenWarningInForce: boolean;
  /** The misconduct arises from more than one incident, not closely factually connected (2020 reg 42(6)). */
  severalUnconnectedIncidents: boolean;
}

/** The first day a matter that came to notice is handled under the 2020 regulations (SI 2020/4 reg 1). */
export const regime2020From = "2020-02-01";

/** Which regulations govern a matter, by the date it came to the appropriate authority's notice. */
export function regimeFor(cameToNoticeOn: string): ConductRegime {
  return cameToNoticeOn >= regime2020From ? "2020" : "2012";
}

/**
 * Former officers could be brought to proceedings under the 2012 regulations only from
 * this date, when SI 2017/1134 inserted reg 5(2)-(6) and Schedule 3.
 */
export const formerOfficerProceedingsFrom = "2017-12-15";

type Outcomes = Set<OutcomeKey>;

/** 2020, reg 42 (meeting and hearing) for a serving officer. */
function meetingOrHearing2020(input: LawfulOutcomesInput): Outcomes {
  const { forum, proceedingsFinding: finding } = input;
  const open: Outcomes = new Set();
  if (finding === "neither") {
    // reg 42(1)(b): the matter may be referred to the reflective practice review process
    // (Part 6); the power is a "may", so the proceedings may also end there.
    open.add("referred_to_rprp").add("no_further_action");
    return open;
  }
  if (forum === "misconduct_meeting") {
    // A meeting is for misconduct only (reg 23); reg 42(2) gives it no action for gross misconduct.
    if (finding === "gross_misconduct") return open;
    // reg 42(2): written warning, final written warning.
    open.add("written_warning").add("final_written_warning");
  } else if (finding === "misconduct") {
    // reg 42(3)(a): written warning, final written warning; reduction in rank and dismissal
    // without notice only where (5) a final written warning was in force on the date of the
    // severity assessment or (6) several incidents not closely factually connected.
    open.add("written_warning").add("final_written_warning");
    if (input.finalWrittenWarningInForce || input.severalUnconnectedIncidents) {
      open.add("reduction_in_rank").add("dismissal_without_notice");
    }
  } else {
    // reg 42(3)(b): gross misconduct at a hearing: final written warning, reduction in rank,
    // dismissal without notice; no written warning.
    open.add("final_written_warning").add("reduction_in_rank").add("dismissal_without_notice");
  }
  // reg 42(7): a written warning is not given where a written or final written warning was
  // in force on the date of the severity assessment; and, as reg 62(3) says in terms for the
  // accelerated misconduct hearing, no further final written warning over one in force.
  if (input.writtenWarningInForce || input.finalWrittenWarningInForce) open.delete("written_warning");
  if (input.finalWrittenWarningInForce) open.delete("final_written_warning");
  // reg 42(1) makes disciplinary action a power ("may"), so a finding of misconduct may end
  // without it. Gross misconduct is conduct "so serious as to justify dismissal" (reg 2) and,
  // since SI 2025/558, dismissal is presumed: it is not treated as ending without action.
  if (finding === "misconduct") open.add("no_further_action");
  return open;
}

/** 2020, reg 62: accelerated misconduct hearing for a serving officer. */
function accelerated2020(input: LawfulOutcomesInput): Outcomes {
  if (input.proceedingsFinding !== "gross_misconduct") {
    // reg 62(8): not gross misconduct: the case is dismissed or returned to the appropriate
    // authority; this hearing imposes nothing.
    return new Set(["no_further_action"]);
  }
  // reg 62(1): the hearing "must impose" a final written warning, reduction in rank or
  // dismissal without notice; reg 62(3): no final written warning over one already in force.
  const open: Outcomes = new Set(["final_written_warning", "reduction_in_rank", "dismissal_without_notice"]);
  if (input.finalWrittenWarningInForce) open.delete("final_written_warning");
  return open;
}

/** 2012, reg 35: misconduct meeting and hearing for a serving officer. */
function meetingOrHearing2012(input: LawfulOutcomesInput): Outcomes {
  const { forum, proceedingsFinding: finding } = input;
  // No conduct amounting to misconduct: nothing to impose (reg 35 acts on findings of
  // misconduct or gross misconduct; there is no reflective practice under 2012).
  if (finding === "neither") return new Set(["no_further_action"]);
  // A meeting deals with misconduct only (reg 35(3)(a) is the meeting's list).
  if (forum === "misconduct_meeting" && finding === "gross_misconduct") return new Set();
  // reg 35(3)(a) meeting: management advice, written warning, final written warning;
  // reg 35(3)(b) hearing adds dismissal with notice and dismissal without notice.
  const open: Outcomes = new Set(["management_advice", "written_warning", "final_written_warning"]);
  if (forum === "misconduct_hearing") {
    open.add("dismissal_with_notice").add("dismissal_without_notice");
    // reg 35(5): for misconduct short of gross misconduct, no dismissal (with or without
    // notice) unless a final written warning was in force on the date of the assessment of
    // conduct; unlike 2020 there is no exception for several unconnected incidents.
    if (finding === "misconduct" && !input.finalWrittenWarningInForce) {
      open.delete("dismissal_with_notice");
      open.delete("dismissal_without_notice");
    }
  }
  if (input.finalWrittenWarningInForce) {
    // reg 35(1)(a) with (7)(b), as reg 55(3)-(5) words it for special case hearings: with a
    // final written warning in force no new one is given, but in exceptional circumstances
    // it may be extended (by 18 months, once only).
    open.delete("final_written_warning");
    open.add("extension_of_final_written_warning");
  }
  // reg 35(1)(b): a finding of misconduct but not gross misconduct may be recorded with no
  // further action.
  if (finding === "misconduct") open.add("no_further_action");
  return open;
}

/** 2012, reg 55: special case hearing for a serving officer. */
function specialCase2012(input: LawfulOutcomesInput): Outcomes {
  if (input.proceedingsFinding !== "gross_misconduct") {
    // reg 55(6): not gross misconduct: the case is dismissed or returned to the appropriate
    // authority; the special case hearing gives nothing for misconduct short of gross.
    return new Set(["no_further_action"]);
  }
  // reg 55(1): "shall impose" a final written warning (subject to (3) and (4)), extension of
  // a final written warning in accordance with (3), or dismissal without notice.
  const open: Outcomes = new Set(["dismissal_without_notice"]);
  if (input.finalWrittenWarningInForce) {
    // reg 55(3): no final written warning over one in force; it may be extended in
    // exceptional circumstances, on one occasion only (55(5)).
    open.add("extension_of_final_written_warning");
  } else {
    open.add("final_written_warning");
  }
  return open;
}

/**
 * Former officers (2020 reg 4(2) and Schedule 1; 2012 reg 5(2)-(6) and Schedule 3): only
 * gross misconduct is pursued, at a misconduct hearing or the fast-track hearing, never a
 * meeting; "disciplinary action" means only a finding that they would have been dismissed
 * had they not ceased to be officers (Sch 1 para 1; Sch 3 para 1). A finding of misconduct
 * short of gross misconduct is recorded with no further action (Sch 1 para 39, modified
 * reg 62(1)(b)); reflective practice does not apply (Sch 1 para 1 omits its definition).
 */
function formerOfficer(input: LawfulOutcomesInput): Outcomes {
  const fastTrack: ConductForum = input.regime === "2020" ? "accelerated_misconduct_hearing" : "special_case_hearing";
  if (input.forum !== "misconduct_hearing" && input.forum !== fastTrack) return new Set();
  return new Set([input.proceedingsFinding === "gross_misconduct" ? "would_have_been_dismissed" : "no_further_action"]);
}

/**
 * The outcome keys lawful at the end of proceedings in this situation, in the order of
 * `outcomeKeys`; an impossible situation (a former officer at a meeting, a 2012 accelerated
 * misconduct hearing, gross misconduct at a meeting) gives [].
 */
export function lawfulOutcomes(input: LawfulOutcomesInput): string[] {
  let open: Outcomes;
  const forumExists =
    input.forum === "misconduct_meeting" ||
    input.forum === "misconduct_hearing" ||
    // The accelerated misconduct hearing is Part 5 of the 2020 regulations; the special
    // case hearing was Part 5 of the 2012 ones. Neither exists under the other regime.
    (input.regime === "2020" && input.forum === "accelerated_misconduct_hearing") ||
    (input.regime === "2012" && input.forum === "special_case_hearing");
  if (!forumExists) open = new Set();
  else if (input.officer === "former") open = formerOfficer(input);
  else if (input.regime === "2020") open = input.forum === "accelerated_misconduct_hearing" ? accelerated2020(input) : meetingOrHearing2020(input);
  else open = input.forum === "special_case_hearing" ? specialCase2012(input) : meetingOrHearing2012(input);
  return outcomeKeys.filter((key) => open.has(key));
}

/**
 * The College of Policing barred-list report is due "before the end of 5 working days
 * beginning with" the date of the dismissal or finding (Police Barred List and Police
 * Advisory List Regulations 2017, SI 2017/1135, reg 3(1)).
 */
export function barredListReportDue(decidedOn: string): string {
  return workingDayDue(decidedOn, 5);
}
