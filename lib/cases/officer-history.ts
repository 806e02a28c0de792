import { formatDate } from "@/lib/format";
import { findings, groupParts, outcomes, stages, type Finding, type GroupPart, type Outcome, type Stage } from "@/lib/vocabulary";
import { isOpenStage } from "./workflow";

/** Another allegation against the officer; reference and result only where the viewer may see its case. */
export interface AllegationOnRecord {
  ref: string | null;
  recordedOn: string;
  stage: Stage | null;
  finding: Finding | null;
  outcome: Outcome | null;
}

/** The officer's membership of a group chat recorded on another case; named only where the viewer may see that case. */
export interface MembershipOnRecord {
  groupName: string | null;
  ref: string | null;
  stage: Stage | null;
  part: GroupPart | null;
}

/** An allegation and where it ended (or stands), in words: "PSD-2021-0035 (12 March 2021): case to answer; final written warning". */
export function describeAllegation(a: AllegationOnRecord & { ref: string }): string {
  const result =
    a.stage && isOpenStage(a.stage)
      ? `open, at ${stages.labels[a.stage].toLowerCase()}`
      : [a.finding ? findings.labels[a.finding].toLowerCase() : null, a.outcome ? outcomes.labels[a.outcome].toLowerCase() : null].filter(Boolean).join("; ") ||
        (a.stage ? stages.labels[a.stage].toLowerCase() : "not recorded");
  return `${a.ref} (${formatDate(a.recordedOn)}): ${result}`;
}

export function describeMembership(m: MembershipOnRecord & { ref: string }): string {
  const open = m.stage && isOpenStage(m.stage) ? "under investigation" : "closed";
  return `“${m.groupName ?? "a group chat"}” on ${m.ref} (${open}): ${m.part ? groupParts.labels[m.part].toLowerCase() : "part not recorded"}`;
}

/**
 * The prompt to consider joint misconduct proceedings (Police (Conduct) Regulations 2020,
 * reg 25; its text was not read here, only its heading): where other officers face
 * allegations about the same matter, on this case or about the same group chat on
 * another case, while this officer's matter is still before a decision on proceedings.
 */
export function jointProceedingsPrompt(input: { stage: Stage; othersOnCase: { name: string; stage: Stage }[]; groupCasesOpen: string[] }): string | null {
  if (!["assessment", "investigation", "decision", "proceedings"].includes(input.stage)) return null;
  const others = input.othersOnCase.filter((o) => isOpenStage(o.stage)).map((o) => o.name);
  const parts: string[] = [];
  if (others.length > 0) parts.push(`${others.join(", ")} on this case`);
  if (input.groupCasesOpen.length > 0) parts.push(`members of the same group chat on ${input.groupCasesOpen.join(", ")}`);
  if (parts.length === 0) return null;
  return `Other officers face allegations about the same matter (${parts.join("; ")}): consider whether they should be dealt with in joint misconduct proceedings (2020 reg 25).`;
}
