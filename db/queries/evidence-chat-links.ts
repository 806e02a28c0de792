import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import { AppError } from "@/lib/errors";
import type { Database } from "../index";
import { cases, chatGroupMembers, chatGroups, evidence, evidenceChatLinks } from "../schema";
import { auditBy } from "./audit";
import { linkedCases } from "./chat-groups";

/**
 * Records that an evidence item shows a message of the group and who wrote it (issue 18,
 * item 2). The file must be in the register of one of the group's cases the investigator
 * may see, the author a member of this group; audited on the file's case.
 */
export async function linkEvidenceToMessage(
  db: Database,
  actor: CaseViewer,
  input: { groupId: number; evidenceId: number; memberId: number; messageAt: string | null; note: string | null },
) {
  return db.transaction(async (tx) => {
    const [group] = await tx.select({ id: chatGroups.id }).from(chatGroups).where(eq(chatGroups.id, input.groupId)).for("update");
    const visible = group ? (await linkedCases(tx, actor, group.id)).filter((c) => c.visible) : [];
    if (visible.length === 0) throw new AppError("not_found", "That group is not on a case you can see.");
    const [item] = await tx
      .select({ id: evidence.id, fileName: evidence.fileName, caseId: evidence.caseId })
      .from(evidence)
      .where(
        and(
          eq(evidence.id, input.evidenceId),
          inArray(
            evidence.caseId,
            visible.map((c) => c.id),
          ),
        ),
      );
    if (!item) throw new AppError("not_found", "That file is not in the evidence of this group's cases. Upload it to the case first.");
    const [member] = await tx
      .select({ id: chatGroupMembers.id, displayName: chatGroupMembers.displayName })
      .from(chatGroupMembers)
      .where(and(eq(chatGroupMembers.id, input.memberId), eq(chatGroupMembers.groupId, group!.id)));
    if (!member) throw new AppError("not_found", "That member is not in this group. Reload the page.");
    const [link] = await tx
      .insert(evidenceChatLinks)
      .values({ evidenceId: item.id, memberId: member.id, messageAt: input.messageAt, note: input.note, linkedBy: actor.id })
      .returning({ id: evidenceChatLinks.id });
    await auditBy(tx, actor, {
      action: "chat_group.evidence_linked",
      entityType: "case",
      entityId: visible.find((c) => c.id === item.caseId)!.ref,
      detail: { linkId: link!.id, groupId: group!.id, evidenceId: item.id, memberId: member.id, messageAt: input.messageAt },
    });
    return { fileName: item.fileName, displayName: member.displayName };
  });
}

/**
 * What the group's evidence shows, message by message, from the registers of the cases
 * the viewer may see (given by the caller, who has checked them): the files to choose
 * from, and the links already made, in the chat's order.
 */
export async function listGroupEvidence(db: Pick<Database, "select">, groupId: number, visibleCaseIds: number[]) {
  if (visibleCaseIds.length === 0) return { files: [], links: [] };
  const files = await db
    .select({ id: evidence.id, fileName: evidence.fileName, caseRef: cases.ref })
    .from(evidence)
    .innerJoin(cases, eq(cases.id, evidence.caseId))
    .where(inArray(evidence.caseId, visibleCaseIds))
    .orderBy(asc(evidence.uploadedAt), asc(evidence.id));
  const links = await db
    .select({
      id: evidenceChatLinks.id,
      evidenceId: evidence.id,
      fileName: evidence.fileName,
      caseRef: cases.ref,
      displayName: chatGroupMembers.displayName,
      messageAt: evidenceChatLinks.messageAt,
      note: evidenceChatLinks.note,
    })
    .from(evidenceChatLinks)
    .innerJoin(chatGroupMembers, eq(chatGroupMembers.id, evidenceChatLinks.memberId))
    .innerJoin(evidence, eq(evidence.id, evidenceChatLinks.evidenceId))
    .innerJoin(cases, eq(cases.id, evidence.caseId))
    .where(and(eq(chatGroupMembers.groupId, groupId), inArray(evidence.caseId, visibleCaseIds)))
    .orderBy(sql`${evidenceChatLinks.messageAt} asc nulls last`, asc(evidenceChatLinks.id));
  return { files, links };
}
