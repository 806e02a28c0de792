import "server-only";
import { and, asc, count, eq, inArray, ne, sql } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import type { ExportReading, SuggestedPerson } from "@/lib/chats/export-reading";
import { groupCreatedOn, groupNameFromFileName, membersFromExport } from "@/lib/chats/group-members";
import { nameTokens, suggestPeople } from "@/lib/chats/suggest-people";
import { parseWhatsAppExport } from "@/lib/chats/whatsapp-export";
import { AppError } from "@/lib/errors";
import type { CreateChatGroupInput, MemberMatch, SetMemberPartInput, SetMemberPersonInput } from "@/lib/validation/chat-groups";
import type { Database, Transaction } from "../index";
import { cases, chatGroupCases, chatGroupMembers, chatGroups, evidence, people, subjects, users } from "../schema";
import { auditBy } from "./audit";
import { visibleCasesWhere } from "./case-access";

/**
 * Chat groups (issue 18): read from an export in a case's evidence register, linked to
 * cases, their members matched to people on record. A group is anyone's to read or
 * change only through a case of theirs: whoever may see one of its linked cases may see
 * it, and nobody else learns that it exists. Every change is audited on each case the
 * group is linked to, in the same transaction.
 */

type Actor = CaseViewer;

/** A case of the viewer's by reference, or null when it is not theirs to see. */
async function visibleCase(db: Pick<Database, "select">, viewer: CaseViewer, ref: string) {
  const [found] = await db
    .select({ id: cases.id, ref: cases.ref })
    .from(cases)
    .where(and(eq(cases.ref, ref), visibleCasesWhere(db, viewer)));
  return found ?? null;
}

/** The export's text: WhatsApp writes UTF-8, and the register accepted it only as such. */
async function exportOnCase(db: Pick<Database, "select">, caseId: number, evidenceId: number) {
  const [file] = await db
    .select({
      id: evidence.id,
      fileName: evidence.fileName,
      mediaType: evidence.mediaType,
      sizeBytes: evidence.sizeBytes,
      sha256: evidence.sha256,
      content: evidence.content,
    })
    .from(evidence)
    .where(and(eq(evidence.id, evidenceId), eq(evidence.caseId, caseId)));
  if (!file) return null;
  if (!file.mediaType.startsWith("text/plain")) {
    throw new AppError("bad_request", `${file.fileName} is not a text file: choose the .txt file WhatsApp's "Export chat" made.`);
  }
  const bytes = new Uint8Array(file.content.buffer, file.content.byteOffset, file.content.byteLength);
  const parsed = parseWhatsAppExport(new TextDecoder("utf-8").decode(bytes));
  return { file: { id: file.id, fileName: file.fileName, sizeBytes: file.sizeBytes, sha256: file.sha256 }, parsed };
}

/**
 * An export in a case's evidence register, read into its members with the people each
 * may be. The read is audited on the case; null (and the refusal audited) when the case
 * is not the viewer's to see or the file is not in its register.
 */
export async function readExportForCase(db: Database, viewer: Actor, ref: string, evidenceId: number): Promise<ExportReading | null> {
  const found = await visibleCase(db, viewer, ref);
  const read = found ? await exportOnCase(db, found.id, evidenceId) : null;
  await auditBy(db, viewer, {
    action: read ? "chat_export.read" : "chat_export.read_refused",
    entityType: "case",
    entityId: ref.slice(0, 80),
    detail: read ? { evidenceId, sha256: read.file.sha256 } : { evidenceId },
  });
  if (!found || !read) return null;
  const members = membersFromExport(read.parsed);
  const [suggestions, [existing]] = await Promise.all([
    suggestPeopleFor(
      db,
      found.id,
      members.map((m) => m.name),
    ),
    db.select({ id: chatGroups.id }).from(chatGroups).where(eq(chatGroups.exportEvidenceId, evidenceId)),
  ]);
  return {
    caseRef: found.ref,
    file: read.file,
    messages: read.parsed.messages,
    members: members.map((m, i) => ({ ...m, suggestions: suggestions[i]! })),
    suggestedName: groupNameFromFileName(read.file.fileName),
    createdOn: groupCreatedOn(read.parsed),
    existingGroupId: existing?.id ?? null,
  };
}

const personColumns = { id: people.id, name: people.name, serviceNumber: people.serviceNumber, rank: people.rank, unit: people.unit };

/**
 * For each chat name, the people on record it may be, best first (lib/chats/suggest-people.ts
 * ranks them). The candidates are the case's subject officers and the people whose name
 * has a word beginning like one of the chat name's (full-text index), so that a force of
 * any size is not read whole.
 */
export async function suggestPeopleFor(db: Pick<Database, "select">, caseId: number, names: string[], limit = 5): Promise<SuggestedPerson[][]> {
  const caseSubjects = await db.select(personColumns).from(subjects).innerJoin(people, eq(people.id, subjects.personId)).where(eq(subjects.caseId, caseId));
  return Promise.all(
    names.map(async (name) => {
      // Words of two letters or more: an initial or a number would match half the force.
      const words = nameTokens(name).filter((w) => w.length >= 2 && !/^\d+$/.test(w));
      const candidates = new Map(caseSubjects.map((p) => [p.id, p]));
      if (words.length > 0) {
        const anyWord = words.map((w) => `${w.slice(0, 40)}:*`).join(" | ");
        const found = await db
          .select(personColumns)
          .from(people)
          .where(sql`to_tsvector('simple', ${people.name}) @@ to_tsquery('simple', ${anyWord})`)
          // Those with more of the words first, so that a common surname does not crowd out the full name.
          .orderBy(sql`ts_rank(to_tsvector('simple', ${people.name}), to_tsquery('simple', ${anyWord})) desc`, asc(people.name))
          .limit(200);
        for (const p of found) candidates.set(p.id, p);
      }
      return suggestPeople(name, [...candidates.values()], limit).map((s) => ({ ...s.person, score: s.score, reason: s.reason }));
    }),
  );
}

/** The person ids the answers name, each checked to be on record; a refusal names the member it is about. */
async function resolveMatches(tx: Pick<Database, "select">, answers: { name: string; match: MemberMatch }[]) {
  const ids = answers.flatMap((a) => (a.match.kind === "person" ? [a.match.personId] : []));
  const numbers = answers.flatMap((a) => (a.match.kind === "service_number" ? [a.match.serviceNumber] : []));
  const byId = new Map(
    (ids.length > 0 ? await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids)) : []).map((p) => [p.id, p]),
  );
  const byNumber = new Map(
    (numbers.length > 0
      ? await tx.select({ id: people.id, name: people.name, serviceNumber: people.serviceNumber }).from(people).where(inArray(people.serviceNumber, numbers))
      : []
    ).map((p) => [p.serviceNumber, p]),
  );
  const resolved = answers.map(({ name, match }) => {
    if (match.kind === "person") {
      const person = byId.get(match.personId);
      if (!person) throw new AppError("bad_request", `The person chosen for “${name}” is no longer on record. Read the export again and choose again.`);
      return { personId: person.id, personName: person.name, outsideDescription: null };
    }
    if (match.kind === "service_number") {
      const person = byNumber.get(match.serviceNumber);
      if (!person) throw new AppError("bad_request", `Nobody on record has service number ${match.serviceNumber} (given for “${name}”). Check the number.`);
      return { personId: person.id, personName: person.name, outsideDescription: null };
    }
    return { personId: null, personName: null, outsideDescription: match.kind === "outside" ? match.description : null };
  });
  const seen = new Map<number, string>();
  resolved.forEach((r, i) => {
    if (r.personId === null) return;
    const earlier = seen.get(r.personId);
    if (earlier !== undefined) {
      throw new AppError(
        "bad_request",
        `“${earlier}” and “${answers[i]!.name}” are both matched to ${r.personName}: a person is one member of a group. Match one of them to someone else, or mark them not identified.`,
      );
    }
    seen.set(r.personId, answers[i]!.name);
  });
  return resolved;
}

/**
 * Creates a group from an export in the case's evidence register: the group (naming the
 * export, its SHA-256 and size), every member the export shows with their messages and
 * dates and the investigator's answer for who they are, and its link to the case, in one
 * transaction with its audit entry. The export is read again here, so that what is
 * stored is what the file says, and the form must be for that very file.
 */
export async function createChatGroupFromExport(db: Database, actor: Actor, input: CreateChatGroupInput): Promise<{ id: number; ref: string }> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: cases.id, ref: cases.ref })
      .from(cases)
      .where(and(eq(cases.ref, input.caseRef), visibleCasesWhere(tx, actor)))
      .for("update");
    if (!found) throw new AppError("not_found", "That case does not exist or is not yours to see.");
    const read = await exportOnCase(tx, found.id, input.evidenceId);
    if (!read) throw new AppError("bad_request", `That export is not in the evidence register of ${found.ref}. Upload it to the case first.`);
    if (read.file.sha256 !== input.sha256) throw new AppError("conflict", "The form was for another file. Read the export again; nothing was saved.");
    const members = membersFromExport(read.parsed);
    if (members.length !== input.members.length || members.some((m, i) => m.name !== input.members[i]!.name)) {
      throw new AppError("conflict", "The members in the form are not the export's. Read the export again; nothing was saved.");
    }
    const [existing] = await tx.select({ id: chatGroups.id }).from(chatGroups).where(eq(chatGroups.exportEvidenceId, read.file.id));
    if (existing) throw new AppError("conflict", `A group was already made from ${read.file.fileName}: open it from the case. Nothing was saved.`);
    const resolved = await resolveMatches(tx, input.members);

    const [group] = await tx
      .insert(chatGroups)
      .values({
        platform: "whatsapp",
        name: input.name,
        createdOn: input.createdOn,
        exportEvidenceId: read.file.id,
        exportFileName: read.file.fileName,
        exportSha256: read.file.sha256,
        exportSizeBytes: read.file.sizeBytes,
        createdBy: actor.id,
      })
      .returning({ id: chatGroups.id });
    const groupId = group!.id;
    await tx.insert(chatGroupMembers).values(
      members.map((m, i) => ({
        groupId,
        displayName: m.name,
        personId: resolved[i]!.personId,
        outsideForce: input.members[i]!.match.kind === "outside",
        outsideDescription: resolved[i]!.outsideDescription,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
        removedOn: m.removedOn,
        addedBy: m.addedBy,
        messageCount: m.messages,
        firstMessageAt: m.firstAt,
        lastMessageAt: m.lastAt,
      })),
    );
    await tx.insert(chatGroupCases).values({ groupId, caseId: found.id, linkedBy: actor.id });
    await auditBy(tx, actor, {
      action: "chat_group.created",
      entityType: "case",
      entityId: found.ref,
      detail: {
        groupId,
        name: input.name,
        members: members.length,
        onRecord: resolved.filter((r) => r.personId !== null).length,
        outsideForce: input.members.filter((m) => m.match.kind === "outside").length,
        evidenceId: read.file.id,
        sha256: read.file.sha256,
      },
    });
    return { id: groupId, ref: found.ref };
  });
}

/** The group's linked cases with whether the viewer may see each. */
export async function linkedCases(db: Pick<Database, "select">, viewer: CaseViewer, groupId: number) {
  return db
    .select({ id: cases.id, ref: cases.ref, status: cases.status, visible: sql<boolean>`(${visibleCasesWhere(db, viewer)})` })
    .from(chatGroupCases)
    .innerJoin(cases, eq(cases.id, chatGroupCases.caseId))
    .where(eq(chatGroupCases.groupId, groupId))
    .orderBy(asc(cases.ref));
}

/** What names a group in a list: the listing of a case's groups shows these, and a group's own page more. */
const groupColumns = {
  id: chatGroups.id,
  name: chatGroups.name,
  platform: chatGroups.platform,
  createdOn: chatGroups.createdOn,
  exportFileName: chatGroups.exportFileName,
};

/** Each group linked to a case of the viewer's, with how many members it has and how many have each part; null when the case is not theirs. */
export async function listCaseChatGroups(db: Database, viewer: Actor, ref: string) {
  const found = await visibleCase(db, viewer, ref);
  if (!found) return null;
  const groups = await db
    .select(groupColumns)
    .from(chatGroupCases)
    .innerJoin(chatGroups, eq(chatGroups.id, chatGroupCases.groupId))
    .where(eq(chatGroupCases.caseId, found.id))
    .orderBy(asc(chatGroups.name), asc(chatGroups.id));
  if (groups.length === 0) return [];
  const parts = await db
    .select({ groupId: chatGroupMembers.groupId, part: chatGroupMembers.part, n: count() })
    .from(chatGroupMembers)
    .where(
      inArray(
        chatGroupMembers.groupId,
        groups.map((g) => g.id),
      ),
    )
    .groupBy(chatGroupMembers.groupId, chatGroupMembers.part);
  return groups.map((g) => {
    const mine = parts.filter((p) => p.groupId === g.id);
    return {
      ...g,
      members: mine.reduce((sum, p) => sum + Number(p.n), 0),
      parts: Object.fromEntries(mine.map((p) => [p.part ?? "none", Number(p.n)])) as Record<string, number>,
    };
  });
}

/**
 * A group with its members, for a viewer who may see one of its cases; null otherwise
 * (whether it does not exist or is not theirs looks the same). Only the linked cases the
 * viewer may see are named; the others are counted.
 */
export async function getChatGroup(db: Database, viewer: Actor, groupId: number) {
  const linked = await linkedCases(db, viewer, groupId);
  const visible = linked.filter((c) => c.visible);
  if (visible.length === 0) return null;
  const [group] = await db
    .select({
      ...groupColumns,
      exportEvidenceId: chatGroups.exportEvidenceId,
      exportSha256: chatGroups.exportSha256,
      exportSizeBytes: chatGroups.exportSizeBytes,
      createdByName: users.name,
      createdAt: chatGroups.createdAt,
    })
    .from(chatGroups)
    .innerJoin(users, eq(users.id, chatGroups.createdBy))
    .where(eq(chatGroups.id, groupId));
  const members = await db
    .select({
      id: chatGroupMembers.id,
      displayName: chatGroupMembers.displayName,
      personId: chatGroupMembers.personId,
      personName: people.name,
      serviceNumber: people.serviceNumber,
      rank: people.rank,
      outsideForce: chatGroupMembers.outsideForce,
      outsideDescription: chatGroupMembers.outsideDescription,
      joinedOn: chatGroupMembers.joinedOn,
      leftOn: chatGroupMembers.leftOn,
      removedOn: chatGroupMembers.removedOn,
      addedBy: chatGroupMembers.addedBy,
      messageCount: chatGroupMembers.messageCount,
      firstMessageAt: chatGroupMembers.firstMessageAt,
      lastMessageAt: chatGroupMembers.lastMessageAt,
      part: chatGroupMembers.part,
      reportedOn: chatGroupMembers.reportedOn,
      reportedTo: chatGroupMembers.reportedTo,
      note: chatGroupMembers.note,
      version: chatGroupMembers.version,
    })
    .from(chatGroupMembers)
    .leftJoin(people, eq(people.id, chatGroupMembers.personId))
    .where(eq(chatGroupMembers.groupId, groupId))
    // Members over time: in the order they joined, those the export does not date last.
    .orderBy(sql`${chatGroupMembers.joinedOn} asc nulls last`, asc(chatGroupMembers.id));
  // The export is downloaded from the register of the case it was read for, where the viewer may see that case.
  const [exportCase] = group!.exportEvidenceId ? await db.select({ id: evidence.caseId }).from(evidence).where(eq(evidence.id, group!.exportEvidenceId)) : [];
  return {
    ...group!,
    exportCaseRef: visible.find((c) => c.id === exportCase?.id)?.ref ?? null,
    cases: visible.map(({ visible: _, ...c }) => c),
    unseenCases: linked.length - visible.length,
    members,
  };
}

export type ChatGroupDetail = NonNullable<Awaited<ReturnType<typeof getChatGroup>>>;

/**
 * Reads a group for its page with the read audited, as a case view is, on each of its
 * cases the viewer may see (`noteView` gives the request the view belongs to); a refused
 * read is audited too. Null when the group is not the viewer's to see.
 */
export async function viewChatGroup(db: Database, viewer: Actor, groupId: number, noteView: (ref: string) => string | undefined = () => undefined) {
  const group = await getChatGroup(db, viewer, groupId);
  if (!group) {
    await auditBy(db, viewer, { action: "chat_group.view_refused", entityType: "chat_group", entityId: String(groupId) });
    return null;
  }
  for (const linked of group.cases) {
    await auditBy(db, viewer, {
      action: "chat_group.viewed",
      entityType: "case",
      entityId: linked.ref,
      detail: { groupId, request: noteView(linked.ref) ?? null },
    });
  }
  return group;
}

/**
 * A member locked for a change, with the group locked too (so that two changes to one
 * group's members are made one after the other), for an actor who may see one of its
 * cases. Returns every linked case's reference: the change is audited on each.
 */
async function memberForChange(tx: Transaction, actor: Actor, input: { groupId: number; memberId: number; version: number }) {
  const [group] = await tx.select({ id: chatGroups.id }).from(chatGroups).where(eq(chatGroups.id, input.groupId)).for("update");
  const linked = group ? await linkedCases(tx, actor, group.id) : [];
  if (!linked.some((c) => c.visible)) throw new AppError("not_found", "That group is not on a case you can see.");
  const [member] = await tx
    .select({
      id: chatGroupMembers.id,
      displayName: chatGroupMembers.displayName,
      personId: chatGroupMembers.personId,
      outsideForce: chatGroupMembers.outsideForce,
      part: chatGroupMembers.part,
      reportedOn: chatGroupMembers.reportedOn,
      reportedTo: chatGroupMembers.reportedTo,
      version: chatGroupMembers.version,
    })
    .from(chatGroupMembers)
    .where(and(eq(chatGroupMembers.id, input.memberId), eq(chatGroupMembers.groupId, input.groupId)))
    .for("update");
  if (!member) throw new AppError("not_found", "That member is not in this group.");
  if (member.version !== input.version) {
    throw new AppError(
      "conflict",
      `Someone else changed ${member.displayName}'s record after you opened the group. Reload the page to see their change; yours was not saved.`,
    );
  }
  return { member, refs: linked.map((c) => c.ref) };
}

/** Changes a locked group member, moving its version on (so an open form sees the change); returns the new version. */
export async function updateMember(tx: Transaction, memberId: number, changes: Partial<typeof chatGroupMembers.$inferInsert>) {
  const [updated] = await tx
    .update(chatGroupMembers)
    .set({ ...changes, version: sql`${chatGroupMembers.version} + 1`, updatedAt: sql`now()` })
    .where(eq(chatGroupMembers.id, memberId))
    .returning({ version: chatGroupMembers.version });
  return updated!.version;
}

async function auditOnEachCase(tx: Transaction, actor: Actor, refs: string[], action: string, detail: Record<string, unknown>) {
  for (const ref of refs) await auditBy(tx, actor, { action, entityType: "case", entityId: ref, detail });
}

/** Records a member's part (or clears it), with when and to whom for "reported"; refused when the member changed since the form was opened. */
export async function setMemberPart(db: Database, actor: Actor, input: SetMemberPartInput): Promise<{ version: number; displayName: string }> {
  return db.transaction(async (tx) => {
    const { member, refs } = await memberForChange(tx, actor, input);
    const version = await updateMember(tx, member.id, { part: input.part, reportedOn: input.reportedOn, reportedTo: input.reportedTo, note: input.note });
    await auditOnEachCase(tx, actor, refs, "chat_group.member_part_set", {
      groupId: input.groupId,
      memberId: member.id,
      member: member.displayName,
      from: member.part,
      to: input.part,
      ...(member.reportedOn ? { fromReportedOn: member.reportedOn, fromReportedTo: member.reportedTo } : {}),
      ...(input.part === "reported" ? { reportedOn: input.reportedOn, reportedTo: input.reportedTo } : {}),
    });
    return { version, displayName: member.displayName };
  });
}

/** Records who a member is: a person on record (once per group), someone outside the force, or not identified. */
export async function setMemberPerson(db: Database, actor: Actor, input: SetMemberPersonInput): Promise<{ version: number; displayName: string }> {
  return db.transaction(async (tx) => {
    const { member, refs } = await memberForChange(tx, actor, input);
    const [resolved] = await resolveMatches(tx, [{ name: member.displayName, match: input.match }]);
    if (resolved!.personId !== null) {
      const [other] = await tx
        .select({ displayName: chatGroupMembers.displayName })
        .from(chatGroupMembers)
        .where(and(eq(chatGroupMembers.groupId, input.groupId), eq(chatGroupMembers.personId, resolved!.personId), ne(chatGroupMembers.id, member.id)));
      if (other) {
        throw new AppError(
          "bad_request",
          `“${other.displayName}” is already matched to ${resolved!.personName}: a person is one member of a group. Change that member first.`,
        );
      }
    }
    const version = await updateMember(tx, member.id, {
      personId: resolved!.personId,
      outsideForce: input.match.kind === "outside",
      outsideDescription: resolved!.outsideDescription,
    });
    await auditOnEachCase(tx, actor, refs, "chat_group.member_matched", {
      groupId: input.groupId,
      memberId: member.id,
      member: member.displayName,
      fromPersonId: member.personId,
      toPersonId: resolved!.personId,
      outsideForce: input.match.kind === "outside",
    });
    return { version, displayName: member.displayName };
  });
}

/**
 * Links a group to another case the investigator may see (issue 18, item 1): a group may
 * be behind several cases. Only through a case of the group's they may see, and only to a
 * case they may see (one they may not is "not found", as if it did not exist). Audited on
 * the new case and on each case the group was already on.
 */
export async function linkGroupToCase(db: Database, actor: Actor, input: { groupId: number; caseRef: string }) {
  return db.transaction(async (tx) => {
    const [group] = await tx.select({ id: chatGroups.id, name: chatGroups.name }).from(chatGroups).where(eq(chatGroups.id, input.groupId)).for("update");
    const linked = group ? await linkedCases(tx, actor, group.id) : [];
    if (!group || !linked.some((c) => c.visible)) throw new AppError("not_found", "That group is not on a case you can see.");
    const [target] = await tx
      .select({ id: cases.id, ref: cases.ref })
      .from(cases)
      .where(and(eq(cases.ref, input.caseRef), visibleCasesWhere(tx, actor)));
    if (!target) throw new AppError("not_found", `There is no case ${input.caseRef} that you can see.`);
    if (linked.some((c) => c.id === target.id)) throw new AppError("bad_request", `“${group.name}” is already linked to ${target.ref}.`);
    await tx.insert(chatGroupCases).values({ groupId: group.id, caseId: target.id, linkedBy: actor.id });
    await auditBy(tx, actor, {
      action: "chat_group.linked",
      entityType: "case",
      entityId: target.ref,
      detail: { groupId: group.id, name: group.name, alsoOn: linked.map((c) => c.ref) },
    });
    for (const other of linked) {
      await auditBy(tx, actor, {
        action: "chat_group.linked_elsewhere",
        entityType: "case",
        entityId: other.ref,
        detail: { groupId: group.id, to: target.ref },
      });
    }
    return { name: group.name, ref: target.ref };
  });
}
