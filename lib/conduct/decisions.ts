import { outcomes } from "@/lib/vocabulary";
import { type ConductForum, type ConductRegime, type LawfulOutcomesInput, lawfulOutcomes, type OutcomeKey, type ProceedingsFinding } from "./rules";

/**
 * The checks a step of the workflow makes against the conduct regulations, with the
 * reason in words when a choice is refused. The rule itself is `lawfulOutcomes`; this
 * module names the regulation that refuses, for the person choosing.
 */

export type OfficerStatus = LawfulOutcomesInput["officer"];

const forumNames: Record<ConductForum, string> = {
  misconduct_meeting: "a misconduct meeting",
  misconduct_hearing: "a misconduct hearing",
  accelerated_misconduct_hearing: "an accelerated misconduct hearing",
  special_case_hearing: "a special case hearing",
};

const outcomeNames: Record<OutcomeKey, string> = {
  written_warning: "A written warning",
  final_written_warning: "A final written warning",
  extension_of_final_written_warning: "Extending the final written warning",
  reduction_in_rank: "Reduction in rank",
  dismissal_with_notice: "Dismissal with notice",
  dismissal_without_notice: "Dismissal without notice",
  would_have_been_dismissed: "A finding that the officer would have been dismissed",
  management_advice: "Management advice",
  referred_to_rprp: "Referral to the reflective practice review process",
  no_further_action: "No further action",
};

/**
 * The proceedings a case to answer may be referred to. Former officers: a misconduct
 * hearing or the fast-track hearing only, never a meeting (2020 reg 4(2) and Sch 1 para 1;
 * 2012 reg 5(2)-(6) and Sch 3 para 1). The accelerated misconduct hearing is 2020 Part 5;
 * the special case hearing 2012 Part 5 (reg 55).
 */
export function forumsOpen(regime: ConductRegime, officer: OfficerStatus): ConductForum[] {
  const fastTrack: ConductForum = regime === "2020" ? "accelerated_misconduct_hearing" : "special_case_hearing";
  return officer === "former" ? ["misconduct_hearing", fastTrack] : ["misconduct_meeting", "misconduct_hearing", fastTrack];
}

/** Why a forum cannot be chosen for an officer, in words; null when it can. */
export function forumRefusal(regime: ConductRegime, officer: OfficerStatus, forum: string): string | null {
  if ((forumsOpen(regime, officer) as string[]).includes(forum)) return null;
  if (forum === "staff_disciplinary_hearing") {
    return "The disciplinary hearing of the staff policy is for police staff; an officer goes to misconduct proceedings under the Police (Conduct) Regulations.";
  }
  if (officer === "former" && forum === "misconduct_meeting") {
    return "A former officer cannot be referred to a misconduct meeting: only gross misconduct is pursued after an officer has left, at a misconduct hearing or the fast-track hearing (2020 reg 4(2) and Schedule 1; 2012 reg 5 and Schedule 3).";
  }
  if (forum === "accelerated_misconduct_hearing") {
    return "The accelerated misconduct hearing is part of the 2020 regulations (Part 5, reg 49 onwards); under the 2012 regulations the fast track is the special case hearing (reg 55).";
  }
  return "The special case hearing belongs to the 2012 regulations (reg 55); under the 2020 regulations the fast track is the accelerated misconduct hearing (Part 5, reg 49 onwards).";
}

/**
 * Where the appropriate authority finds no case to answer or decides not to refer the
 * case to proceedings, the matter may go to the reflective practice review process (2020
 * reg 23(5), read in a scraped copy only; Part 6) or end with no further action. Under the
 * 2012 regulations, and for a former officer (Sch 1 para 1 omits the process), it ends.
 */
export function outcomesWithoutProceedings(regime: ConductRegime, officer: OfficerStatus): OutcomeKey[] {
  return regime === "2020" && officer === "serving" ? ["referred_to_rprp", "no_further_action"] : ["no_further_action"];
}

function list(keys: readonly string[]): string {
  const names = keys.map((key) => outcomes.labels[key as OutcomeKey].toLowerCase());
  return names.length === 0 ? "nothing" : names.join(", ");
}

/** Why an outcome cannot end proceedings in this situation, naming the regulation; null when it can. */
export function outcomeRefusal(input: LawfulOutcomesInput, outcome: OutcomeKey): string | null {
  const open = lawfulOutcomes(input);
  if (open.includes(outcome)) return null;
  const name = outcomeNames[outcome];
  const forum = forumNames[input.forum];
  const finding: Record<ProceedingsFinding, string> = {
    misconduct: "misconduct",
    gross_misconduct: "gross misconduct",
    neither: "neither misconduct nor gross misconduct",
  };
  const rest = ` In this situation the lawful outcomes are: ${list(open)}.`;
  if (open.length === 0) {
    if (input.officer === "former") return `A former officer cannot be dealt with at ${forum} (2020 reg 4(2) and Schedule 1; 2012 reg 5 and Schedule 3).`;
    return `${forum[0]!.toUpperCase()}${forum.slice(1)} cannot deal with a finding of ${finding[input.proceedingsFinding]} under the ${input.regime} regulations.`;
  }
  if (input.officer === "former") {
    return `${name} is not open: the officer has left, and the only disciplinary outcome for a former officer is a finding that they would have been dismissed, on gross misconduct; anything less ends with no further action (2020 Schedule 1 paras 1 and 39; 2012 Schedule 3 para 1).${rest}`;
  }
  if (outcome === "would_have_been_dismissed")
    return `${name} is only for an officer who has left the service; this officer is serving (2020 Schedule 1 para 1).${rest}`;
  if (outcome === "referred_to_rprp") {
    return input.regime === "2012"
      ? `${name} did not exist under the 2012 regulations.${rest}`
      : `${name} follows only a finding of neither misconduct nor gross misconduct (2020 reg 42(1)(b)); it is never a sanction.${rest}`;
  }
  if (input.proceedingsFinding === "neither") {
    return `${name} cannot follow a finding that the conduct was neither misconduct nor gross misconduct: no disciplinary action is open (2020 reg 42(1); 2012 reg 35(1)).${rest}`;
  }
  if (input.regime === "2020" && (outcome === "management_advice" || outcome === "dismissal_with_notice" || outcome === "extension_of_final_written_warning")) {
    return `${name} exists only under the 2012 regulations (reg 35(3)); this matter is under the 2020 regulations (reg 42).${rest}`;
  }
  if (input.regime === "2012" && outcome === "reduction_in_rank") return `${name} is not an outcome under the 2012 regulations (reg 35(3)).${rest}`;
  if (input.forum === "accelerated_misconduct_hearing" && input.proceedingsFinding !== "gross_misconduct") {
    return `An accelerated misconduct hearing that does not find gross misconduct dismisses the case or returns it to the appropriate authority; it imposes nothing (2020 reg 62(8)).${rest}`;
  }
  if (input.forum === "special_case_hearing" && input.proceedingsFinding !== "gross_misconduct") {
    return `A special case hearing that does not find gross misconduct dismisses the case or returns it to the appropriate authority; it imposes nothing (2012 reg 55(6)).${rest}`;
  }
  if (outcome === "written_warning" && input.proceedingsFinding === "gross_misconduct") {
    return `${name} cannot follow a finding of gross misconduct at a hearing (2020 reg 42(3)(b)).${rest}`;
  }
  if ((outcome === "written_warning" || outcome === "final_written_warning") && (input.writtenWarningInForce || input.finalWrittenWarningInForce)) {
    return `${name} cannot be given while ${input.finalWrittenWarningInForce ? "a final written warning" : "a written warning"} was in force on the date of the severity assessment (2020 reg 42(7), reg 62(3); 2012 reg 55(3)).${rest}`;
  }
  if (outcome === "extension_of_final_written_warning")
    return `${name} needs a final written warning in force on the date of the assessment (2012 regs 35(7)(b) and 55(3)).${rest}`;
  if (
    (outcome === "reduction_in_rank" || outcome === "dismissal_without_notice" || outcome === "dismissal_with_notice") &&
    input.proceedingsFinding === "misconduct"
  ) {
    if (input.forum === "misconduct_meeting") return `${name} is not open to a misconduct meeting (2020 reg 42(2); 2012 reg 35(3)(a)).${rest}`;
    return input.regime === "2020"
      ? `${name} for misconduct short of gross misconduct needs a final written warning in force on the date of the severity assessment (2020 reg 42(5)) or misconduct from more than one incident not closely factually connected (reg 42(6)); neither is recorded.${rest}`
      : `${name} for misconduct short of gross misconduct needs a final written warning in force on the date of the assessment of conduct (2012 reg 35(5)); the 2012 regulations have no exception for several incidents.${rest}`;
  }
  if (outcome === "no_further_action")
    return `Gross misconduct found at ${forum} is not ended without disciplinary action (2020 reg 42(3)(b), reg 62(1)).${rest}`;
  return `${name} is not open to ${forum} finding ${finding[input.proceedingsFinding]} under the ${input.regime} regulations.${rest}`;
}

/**
 * Outcomes that put a person on the College of Policing barred list (Police Act 1996 s 88A;
 * SI 2017/1135 reg 3), a member of staff dismissed under the staff policy included (s 88B,
 * not read in the text).
 */
export function needsBarredListReport(outcome: string): boolean {
  return ["dismissal_with_notice", "dismissal_without_notice", "would_have_been_dismissed", "staff_dismissal_with_notice", "staff_summary_dismissal"].includes(
    outcome,
  );
}
