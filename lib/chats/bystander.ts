import type { GroupPart } from "@/lib/vocabulary";

/**
 * The bystander duty (issue 18): a member who was present and silent, or challenged the
 * content only inside the group, may have broken the Standard of Professional Behaviour
 * "Challenging and reporting improper conduct" (Police (Conduct) Regulations 2020, Schedule 2),
 * which asks officers to report, challenge or take action against the conduct of colleagues
 * that has fallen below the Standards. The investigator decides, per member: a subject with
 * that allegation, or no action with a reason.
 */
export function needsBystanderDecision(part: GroupPart | null): boolean {
  return part === "silent" || part === "challenged";
}

export const bystanderStandard = "challenging_and_reporting_improper_conduct" as const;

/** The allegation a bystander subject is added with, in words. */
export function bystanderAllegation(groupName: string, part: GroupPart): string {
  return part === "challenged"
    ? `Challenged the content inside the group chat "${groupName}" but did not report it (Standard: challenging and reporting improper conduct).`
    : `Was present in the group chat "${groupName}" and neither challenged nor reported the content (Standard: challenging and reporting improper conduct).`;
}

/** Why a bystander decision cannot be recorded as given, in words; null when it can. */
export function bystanderRefusal(input: {
  part: GroupPart | null;
  decision: "subject" | "no_action";
  reason: string;
  matchedToPerson: boolean;
  alreadySubject: boolean;
}): string | null {
  if (!needsBystanderDecision(input.part)) {
    return "Only a member who was present and silent, or challenged only inside the group, needs a bystander decision. Record their part first.";
  }
  if (input.reason.trim().length < 10) return "Give the reason for the decision (at least 10 characters).";
  if (input.decision === "subject" && !input.matchedToPerson) {
    return "Match the member to a person on record on the group's page first: only someone on record can be a subject.";
  }
  if (input.decision === "subject" && input.alreadySubject)
    return "They are already a subject on this case: record no action, or add the Standard at their assessment.";
  return null;
}
