import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { bystanderAllegation, bystanderRefusal, bystanderStandard } from "@/lib/chats/bystander";
import { AppError } from "@/lib/errors";
import type { BystanderDecisionInput } from "@/lib/validation/chat-groups";
import type { Database } from "../index";
import { cases, chatGroupCases, chatGroupMembers, chatGroups, people, subjects } from "../schema";
import { auditBy } from "./audit";
import { visibleCasesWhere } from "./case-access";
import { updateMember } from "./chat-groups";
import { type CaseActor, visibleCaseForChange } from "./case-work";
import { insertSubject } from "./subject-changes";

/**
 * The members of the case's groups who were present and silent or challenged only inside the
 * group (issue 18): each needs a decision on the Standard "Challenging and reporting improper
 * conduct". For a viewer who may see the case; empty otherwise.
 */
export async function listBystanders(db: Database, viewer: CaseActor, ref: string) {
  const [found] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.ref, ref), visibleCasesWhere(db, viewer)));
  if (!found) return [];
  return db
    .select({
      memberId: chatGroupMembers.id,
      version: chatGroupMembers.version,
      groupId: chatGroups.id,
      groupName: chatGroups.name,
      displayName: chatGroupMembers.displayName,
      part: chatGroupMembers.part,
      personId: chatGroupMembers.personId,
      personName: people.name,
      decision: chatGroupMembers.bystanderDecision,
      reason: chatGroupMembers.bystanderReason,
      decidedOn: chatGroupMembers.bystanderDecidedOn,
      isSubject: sql<boolean>`exists (select 1 from ${subjects} where ${subjects.caseId} = ${found.id} and ${subjects.personId} = ${chatGroupMembers.personId})`,
    })
    .from(chatGroupCases)
    .innerJoin(chatGroups, eq(chatGroups.id, chatGroupCases.groupId))
    .innerJoin(chatGroupMembers, eq(chatGroupMembers.groupId, chatGroups.id))
    .leftJoin(people, eq(people.id, chatGroupMembers.personId))
    .where(and(eq(chatGroupCases.caseId, found.id), inArray(chatGroupMembers.part, ["silent", "challenged"])))
    .orderBy(asc(chatGroups.name), asc(chatGroupMembers.displayName));
}

/**
 * Records the bystander decision on one member: a subject on this case with the Standard
 * "Challenging and reporting improper conduct", or no action; with the reason, audited.
 * Refused when the member changed since the form was opened.
 */
export async function decideBystander(db: Database, actor: CaseActor, input: BystanderDecisionInput, today: string) {
  return db.transaction(async (tx) => {
    const found = await visibleCaseForChange(tx, actor, input.ref);
    const [member] = await tx
      .select({
        id: chatGroupMembers.id,
        version: chatGroupMembers.version,
        part: chatGroupMembers.part,
        personId: chatGroupMembers.personId,
        displayName: chatGroupMembers.displayName,
        groupName: chatGroups.name,
        rank: people.rank,
      })
      .from(chatGroupMembers)
      .innerJoin(chatGroups, eq(chatGroups.id, chatGroupMembers.groupId))
      .innerJoin(chatGroupCases, and(eq(chatGroupCases.groupId, chatGroups.id), eq(chatGroupCases.caseId, found.id)))
      .leftJoin(people, eq(people.id, chatGroupMembers.personId))
      .where(eq(chatGroupMembers.id, input.memberId))
      .for("update", { of: chatGroupMembers });
    if (!member) throw new AppError("not_found", "That member is not in a group linked to this case.");
    if (member.version !== input.version)
      throw new AppError("conflict", `${member.displayName}'s record changed after you opened it. Reload the case; nothing was saved.`);
    const [already] = member.personId
      ? await tx
          .select({ id: subjects.id })
          .from(subjects)
          .where(and(eq(subjects.caseId, found.id), eq(subjects.personId, member.personId)))
      : [];
    const refusal = bystanderRefusal({
      part: member.part,
      decision: input.decision,
      reason: input.reason,
      matchedToPerson: member.personId !== null,
      alreadySubject: already !== undefined,
    });
    if (refusal) throw new AppError("bad_request", refusal);
    const subject =
      input.decision === "subject"
        ? await insertSubject(
            tx,
            found,
            { personId: member.personId!, rank: member.rank!, allegation: bystanderAllegation(member.groupName, member.part!), standards: [bystanderStandard] },
            today,
          )
        : null;
    await updateMember(tx, member.id, {
      bystanderDecision: input.decision,
      bystanderReason: input.reason,
      bystanderDecidedOn: today,
      bystanderDecidedBy: actor.id,
    });
    await auditBy(tx, actor, {
      action: "case.bystander_decided",
      entityType: "case",
      entityId: input.ref,
      detail: {
        memberId: member.id,
        member: member.displayName,
        part: member.part,
        decision: input.decision,
        reason: input.reason,
        subjectId: subject?.id ?? null,
      },
    });
    return { displayName: member.displayName, subject: subject !== null };
  });
}
