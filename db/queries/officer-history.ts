import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import type { Database } from "../index";
import { cases, chatGroupCases, chatGroupMembers, chatGroups } from "../schema";
import { visibleCasesWhere } from "./case-access";

/**
 * The officers' memberships of group chats recorded on other cases (issue 18, item 5):
 * the group and its case named where the viewer may see that case, only counted where
 * `countUnseen` allows, and otherwise left out, as the other allegations are.
 */
export async function listOtherGroupMemberships(db: Database, viewer: CaseViewer, personIds: number[], caseId: number, options: { countUnseen: boolean }) {
  if (personIds.length === 0) return [];
  const visible = visibleCasesWhere(db, viewer);
  const rows = await db
    .select({
      personId: sql<number>`${chatGroupMembers.personId}`,
      groupName: chatGroups.name,
      ref: cases.ref,
      stage: cases.status,
      part: chatGroupMembers.part,
      visible: sql<boolean>`(${visible})`,
    })
    .from(chatGroupMembers)
    .innerJoin(chatGroups, eq(chatGroups.id, chatGroupMembers.groupId))
    .innerJoin(chatGroupCases, eq(chatGroupCases.groupId, chatGroups.id))
    .innerJoin(cases, eq(cases.id, chatGroupCases.caseId))
    .where(and(inArray(chatGroupMembers.personId, personIds), ne(cases.id, caseId), options.countUnseen ? undefined : visible))
    .orderBy(asc(cases.recordedOn), asc(chatGroups.id));
  return rows.map(({ visible: seen, ...row }) => (seen ? row : { personId: row.personId, groupName: null, ref: null, stage: null, part: null }));
}
