import type { Finding, Outcome } from "@/lib/vocabulary";
import { outcomes, proceedings, type regimes } from "@/lib/vocabulary";

export type Regime = (typeof regimes.keys)[number];
export type Proceedings = (typeof proceedings.keys)[number];

/**
 * The 2020 regulations apply to allegations that came to notice on or after
 * 1 February 2020; older allegations stay under the 2012 regulations.
 */
export const regime2020From = "2020-02-01";

export function regimeFor(recordedOn: string): Regime {
  return recordedOn >= regime2020From ? "2020" : "2012";
}

const dismissals: readonly Outcome[] = ["dismissal_with_notice", "dismissal_without_notice"];

/**
 * What each forum may impose, by regime. 2020: a meeting gives a written or final
 * written warning; a hearing adds reduction in rank and dismissal without notice;
 * reflective practice (RPRP) exists only under 2020. 2012 keeps management advice and
 * dismissal with notice. "No further action" stays open where misconduct is not proven.
 */
const byForum: Record<Regime, Record<Proceedings, readonly Outcome[]>> = {
  "2020": {
    misconduct_meeting: ["no_further_action", "reflective_practice", "written_warning", "final_written_warning"],
    misconduct_hearing: [
      "no_further_action",
      "reflective_practice",
      "written_warning",
      "final_written_warning",
      "reduction_in_rank",
      "dismissal_without_notice",
    ],
    accelerated_hearing: ["no_further_action", "final_written_warning", "reduction_in_rank", "dismissal_without_notice"],
    reflective_practice_review: ["reflective_practice"],
  },
  "2012": {
    misconduct_meeting: ["no_further_action", "management_advice", "written_warning", "final_written_warning"],
    misconduct_hearing: [
      "no_further_action",
      "management_advice",
      "written_warning",
      "final_written_warning",
      "dismissal_with_notice",
      "dismissal_without_notice",
    ],
    accelerated_hearing: ["no_further_action", "final_written_warning", "dismissal_without_notice"],
    reflective_practice_review: [],
  },
};

/** Where there is no case to answer, no sanction is possible: at most learning. */
const afterNoCaseToAnswer: Record<Regime, readonly Outcome[]> = {
  "2020": ["no_further_action", "reflective_practice"],
  "2012": ["no_further_action", "management_advice"],
};

/** The forums open under a regime (RPRP did not exist under 2012). */
export function forumsFor(regime: Regime): Proceedings[] {
  return proceedings.keys.filter((forum) => byForum[regime][forum].length > 0);
}

export interface OutcomeContext {
  regime: Regime;
  finding: Finding | null;
  proceedings: Proceedings | null;
  /** The officer left the service before the outcome. */
  hasLeft: boolean;
}

/**
 * The outcomes that may lawfully be recorded, in the vocabulary's order. An officer who
 * has left cannot be dismissed; where dismissal was open they get "would have been
 * dismissed" instead.
 */
export function lawfulOutcomes(context: OutcomeContext): Outcome[] {
  let open: readonly Outcome[];
  if (context.finding === "no_case_to_answer") open = afterNoCaseToAnswer[context.regime];
  else if (context.finding === "case_to_answer" && context.proceedings) open = byForum[context.regime][context.proceedings];
  else open = [];
  const dismissalOpen = open.some((outcome) => dismissals.includes(outcome));
  const allowed = new Set<Outcome>(context.hasLeft ? open.filter((outcome) => !dismissals.includes(outcome)) : open);
  if (context.hasLeft && dismissalOpen) allowed.add("would_have_been_dismissed");
  return outcomes.keys.filter((outcome) => allowed.has(outcome));
}

/** Why an outcome is refused, in words for the person choosing it; null when it is lawful. */
export function outcomeRefusal(context: OutcomeContext, outcome: Outcome): string | null {
  if (lawfulOutcomes(context).includes(outcome)) return null;
  const label = outcomes.labels[outcome];
  if (outcome === "would_have_been_dismissed" && !context.hasLeft) return `${label} is only for an officer who has left the service; this officer is still serving.`;
  if (dismissals.includes(outcome) && context.hasLeft) return `${label} is not possible: the officer has left the service. Record "Would have been dismissed" instead.`;
  if (context.finding === "no_case_to_answer") return `${label} cannot follow a finding of no case to answer.`;
  if (!context.proceedings) return `${label} needs proceedings first: choose a misconduct meeting, hearing or reflective practice.`;
  const forum = proceedings.labels[context.proceedings].toLowerCase();
  const lawful = lawfulOutcomes(context).map((o) => outcomes.labels[o].toLowerCase());
  return `${label} is not open to a ${forum} under the ${context.regime} regulations. It may give: ${lawful.join(", ") || "nothing under this regime"}.`;
}

/** Outcomes that put the officer on the College of Policing barred list, so a notification is due. */
export function needsBarredListNotification(outcome: Outcome): boolean {
  return outcome === "would_have_been_dismissed" || dismissals.includes(outcome);
}
