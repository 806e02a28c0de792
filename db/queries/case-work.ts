import "server-only";
import { and, asc, count, eq, inArray, isNotNull, isNull, ne, notInArray, or, sql } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import { AppError } from "@/lib/errors";
import { nextPolicingBodyReportDue } from "@/lib/conduct/clock-tasks";
import type { Role } from "@/lib/vocabulary";
import type { Database, Transaction } from "../index";
import { auditEvents, caseLinks, caseNotes, cases, subjects, tasks, users } from "../schema";
import { aboutCase, auditBy, auditEntryColumns } from "./audit";
import { visibleCasesWhere } from "./case-access";
import { notify } from "./notifications";

export type CaseActor = CaseViewer & { role: Role };
type Actor = CaseActor;

/**
 * Reads and downloads are in the audit trail, not in the case's story; so is every
 * refusal, which may be by someone the case's team may not know tried.
 */
const notTimeline = [
  "case.viewed",
  "case.view_undelivered",
  "case.audit_viewed",
  "case.audit_exported",
  "case.file_exported",
  "evidence.downloaded",
  "chat_export.read",
  "chat_group.viewed",
];

/**
 * Everything that happened to a case, oldest first, with who did it. A reference to
 * another case in an entry (a link) is blanked when the viewer may not see that case.
 */
export async function listCaseTimeline(db: Database, viewer: CaseViewer, ref: string) {
  const events = await db
    .select({ ...auditEntryColumns, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(aboutCase(ref, notInArray(auditEvents.action, notTimeline), sql`${auditEvents.action} not like '%refused'`))
    .orderBy(asc(auditEvents.id));
  const otherRefs = [...new Set(events.flatMap((e) => otherCaseOf(e.detail)))];
  const visible = new Set(
    otherRefs.length === 0
      ? []
      : (
          await db
            .select({ ref: cases.ref })
            .from(cases)
            .where(and(inArray(cases.ref, otherRefs), visibleCasesWhere(db, viewer)))
        ).map((c) => c.ref),
  );
  return events.map((e) => {
    const other = otherCaseOf(e.detail)[0];
    return other && !visible.has(other) ? { ...e, detail: { ...e.detail, with: null } } : e;
  });
}

/** The other case an audit entry names, if any (links name it as `with`). */
function otherCaseOf(detail: unknown): string[] {
  const other = (detail as Record<string, unknown> | null)?.with;
  return typeof other === "string" ? [other] : [];
}

/** The case, locked for a change, if the actor may see it; a case they may not see is "not found". */
export async function visibleCaseForChange(tx: Transaction, actor: Actor, ref: string) {
  const [found] = await tx
    .select({ id: cases.id, version: cases.version, assignedTo: cases.assignedTo, recordedOn: cases.recordedOn, status: cases.status })
    .from(cases)
    .where(and(eq(cases.ref, ref), visibleCasesWhere(tx, actor)))
    .for("update");
  if (!found) throw new AppError("not_found", "That case does not exist or is not yours to see.");
  return found;
}

export async function listCaseNotes(db: Database, caseId: number) {
  return db
    .select({ id: caseNotes.id, body: caseNotes.body, createdAt: caseNotes.createdAt, authorName: users.name })
    .from(caseNotes)
    .innerJoin(users, eq(users.id, caseNotes.authorId))
    .where(eq(caseNotes.caseId, caseId))
    .orderBy(asc(caseNotes.id));
}

export async function addCaseNote(db: Database, actor: Actor, input: { ref: string; body: string }) {
  return db.transaction(async (tx) => {
    const found = await visibleCaseForChange(tx, actor, input.ref);
    const [note] = await tx.insert(caseNotes).values({ caseId: found.id, authorId: actor.id, body: input.body }).returning({ id: caseNotes.id });
    await auditBy(tx, actor, { action: "case.note_added", entityType: "case", entityId: input.ref, detail: { noteId: note!.id } });
  });
}

/**
 * Linked cases in either direction that the viewer may see, by reference and status,
 * and how many others there are: the number is for the caller to show or not, by role.
 */
export async function listLinkedCases(db: Database, viewer: CaseViewer, caseId: number) {
  const other = sql<number>`case when ${caseLinks.caseId} = ${caseId} then ${caseLinks.linkedCaseId} else ${caseLinks.caseId} end`;
  const rows = await db
    .select({ id: caseLinks.id, ref: cases.ref, status: cases.status, reason: caseLinks.reason, visible: sql<boolean>`(${visibleCasesWhere(db, viewer)})` })
    .from(caseLinks)
    .innerJoin(cases, eq(cases.id, other))
    .where(or(eq(caseLinks.caseId, caseId), eq(caseLinks.linkedCaseId, caseId)))
    .orderBy(asc(cases.ref));
  const visible = rows.filter((r) => r.visible).map(({ visible: _, ...link }) => link);
  return { visible, unseen: rows.length - visible.length };
}

export async function linkCases(db: Database, actor: Actor, input: { ref: string; otherRef: string; reason: string }) {
  if (input.ref === input.otherRef) throw new AppError("bad_request", "A case cannot be linked to itself.");
  return db.transaction(async (tx) => {
    const found = await visibleCaseForChange(tx, actor, input.ref);
    const [other] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.ref, input.otherRef), visibleCasesWhere(tx, actor)));
    if (!other) throw new AppError("bad_request", `There is no case ${input.otherRef} that you can see. Check the reference.`);
    const [low, high] = found.id < other.id ? [found.id, other.id] : [other.id, found.id];
    const inserted = await tx
      .insert(caseLinks)
      .values({ caseId: low, linkedCaseId: high, reason: input.reason, createdBy: actor.id })
      .onConflictDoNothing()
      .returning({ id: caseLinks.id });
    if (inserted.length === 0) throw new AppError("conflict", `${input.ref} and ${input.otherRef} are already linked.`);
    for (const ref of [input.ref, input.otherRef]) {
      await auditBy(tx, actor, {
        action: "case.linked",
        entityType: "case",
        entityId: ref,
        detail: { with: ref === input.ref ? input.otherRef : input.ref, reason: input.reason },
      });
    }
  });
}

/**
 * Each subject officer's allegations on other cases. Those on cases the viewer may see
 * come with their reference; with `countUnseen` the others come too, with no reference,
 * finding or outcome (only the date, which the early-intervention window needs and the
 * page never shows); without it they are left out in the query itself.
 */
export async function listEarlierAllegations(db: Database, viewer: CaseViewer, personIds: number[], caseId: number, options: { countUnseen: boolean }) {
  if (personIds.length === 0) return [];
  const visible = visibleCasesWhere(db, viewer);
  const rows = await db
    .select({
      personId: subjects.personId,
      ref: cases.ref,
      recordedOn: cases.recordedOn,
      stage: subjects.stage,
      finding: subjects.finding,
      outcome: subjects.outcome,
      visible: sql<boolean>`(${visible})`,
    })
    .from(subjects)
    .innerJoin(cases, eq(cases.id, subjects.caseId))
    .where(and(inArray(subjects.personId, personIds), ne(subjects.caseId, caseId), options.countUnseen ? undefined : visible))
    .orderBy(asc(cases.recordedOn));
  return rows.map(({ visible: seen, ...row }) =>
    seen ? row : { personId: row.personId, ref: null, recordedOn: row.recordedOn, stage: null, finding: null, outcome: null },
  );
}

export async function listCaseTasks(db: Database, caseId: number) {
  return db
    .select({ id: tasks.id, kind: tasks.kind, subjectId: tasks.subjectId, dueOn: tasks.dueOn, completedAt: tasks.completedAt })
    .from(tasks)
    .where(eq(tasks.caseId, caseId))
    .orderBy(asc(tasks.dueOn));
}

export async function completeTask(db: Database, actor: Actor, input: { ref: string; taskId: number }) {
  return db.transaction(async (tx) => {
    const found = await visibleCaseForChange(tx, actor, input.ref);
    const done = await tx
      .update(tasks)
      .set({ completedAt: sql`now()`, completedBy: actor.id })
      .where(and(eq(tasks.id, input.taskId), eq(tasks.caseId, found.id), isNull(tasks.completedAt)))
      .returning({ kind: tasks.kind, subjectId: tasks.subjectId });
    if (done.length === 0) throw new AppError("conflict", "That task is already done or is not on this case.");
    if (done[0]!.kind === "policing_body_report") await openNextPolicingBodyReport(tx, found.id, done[0]!.subjectId);
    await auditBy(tx, actor, { action: "case.task_completed", entityType: "case", entityId: input.ref, detail: { taskId: input.taskId, kind: done[0]!.kind } });
  });
}

/**
 * 2020 reg 19(2): while the investigation goes on, a further report falls due at the end of
 * each 6-month period after the first 12 months.
 */
async function openNextPolicingBodyReport(tx: Transaction, caseId: number, subjectId: number) {
  const [subject] = await tx
    .select({ stage: subjects.stage, recordedOn: cases.recordedOn })
    .from(subjects)
    .innerJoin(cases, eq(cases.id, subjects.caseId))
    .where(eq(subjects.id, subjectId));
  if (subject?.stage !== "investigation") return;
  const [made] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(tasks)
    .where(and(eq(tasks.subjectId, subjectId), eq(tasks.kind, "policing_body_report"), isNotNull(tasks.completedAt)));
  await tx
    .insert(tasks)
    .values({ kind: "policing_body_report", caseId, subjectId, dueOn: nextPolicingBodyReportDue(subject.recordedOn, made?.n ?? 1) })
    .onConflictDoNothing();
}

const closedStatuses = ["finalised", "withdrawn"] as const;

/** Investigators with the number of open cases each holds, for choosing whom to assign. */
export async function listInvestigatorCaseloads(db: Database) {
  return db
    .select({ id: users.id, name: users.name, team: users.team, open: count(cases.id) })
    .from(users)
    .leftJoin(cases, and(eq(cases.assignedTo, users.id), notInArray(cases.status, [...closedStatuses])))
    .where(and(eq(users.role, "investigator"), eq(users.disabled, false)))
    .groupBy(users.id, users.name, users.team)
    .orderBy(asc(users.name));
}

/** An active investigator to assign work to, or a refusal the supervisor can act on. */
async function activeInvestigator(tx: Transaction, userId: number) {
  const [assignee] = await tx
    .select({ id: users.id, name: users.name, team: users.team })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.role, "investigator"), eq(users.disabled, false)));
  if (!assignee) throw new AppError("bad_request", "Choose an active investigator.");
  return assignee;
}

/** The assignment itself, on a case already locked and checked: audited, and the assignee told. */
async function applyAssignment(
  tx: Transaction,
  actor: Actor,
  ref: string,
  found: { id: number; assignedTo: number | null },
  assignee: { id: number; team: string | null },
  detail: Record<string, unknown> = {},
) {
  const [updated] = await tx
    .update(cases)
    .set({ assignedTo: assignee.id, team: assignee.team, version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
    .where(eq(cases.id, found.id))
    .returning({ version: cases.version });
  await auditBy(tx, actor, {
    action: "case.assigned",
    entityType: "case",
    entityId: ref,
    detail: { from: found.assignedTo, to: assignee.id, team: assignee.team, ...detail },
  });
  if (assignee.id !== actor.id) await notify(tx, [{ userId: assignee.id, kind: "case_assigned", reference: ref }]);
  return updated!.version;
}

/** Assigns a case to an investigator (and so to their team), if the case is still at the version the supervisor saw. */
export async function assignCase(db: Database, actor: Actor, input: { ref: string; version: number; userId: number }) {
  return db.transaction(async (tx) => {
    const found = await visibleCaseForChange(tx, actor, input.ref);
    const assignee = await activeInvestigator(tx, input.userId);
    if (found.version !== input.version) {
      const [now] = await tx.select({ name: users.name }).from(cases).leftJoin(users, eq(users.id, cases.assignedTo)).where(eq(cases.id, found.id));
      throw new AppError(
        "conflict",
        `This case changed after you opened it: it is now assigned to ${now?.name ?? "nobody"}. Nothing was changed; reload and choose again.`,
      );
    }
    const version = await applyAssignment(tx, actor, input.ref, found, assignee);
    return { version, name: assignee.name };
  });
}

/**
 * Assigns several cases from the case list to one investigator (issue 17, item 9), all
 * or none: a case changed since the list was drawn, or not the supervisor's to see,
 * refuses the lot, naming which, so nobody's assignment is overwritten unseen.
 */
export async function assignCases(db: Database, actor: Actor, input: { cases: { ref: string; version: number }[]; userId: number }) {
  return db.transaction(async (tx) => {
    const assignee = await activeInvestigator(tx, input.userId);
    // One read, locked in reference order, so two supervisors assigning overlapping lists cannot deadlock.
    const found = await tx
      .select({ id: cases.id, ref: cases.ref, version: cases.version, assignedTo: cases.assignedTo })
      .from(cases)
      .where(
        and(
          inArray(
            cases.ref,
            input.cases.map((c) => c.ref),
          ),
          visibleCasesWhere(tx, actor),
        ),
      )
      .orderBy(asc(cases.ref))
      .for("update");
    const byRef = new Map(found.map((c) => [c.ref, c]));
    const missing = input.cases.find((c) => !byRef.has(c.ref));
    if (missing) throw new AppError("not_found", `${missing.ref} does not exist or is not yours to see. Nothing was assigned.`);
    const locked = input.cases.map((item) => ({ ...item, found: byRef.get(item.ref)! })).sort((a, b) => a.ref.localeCompare(b.ref));
    const changed = locked.filter((item) => item.found.version !== item.version).map((item) => item.ref);
    if (changed.length > 0) {
      throw new AppError(
        "conflict",
        `${changed.join(", ")} changed after the list was drawn. Nothing was assigned: reload the list, check ${changed.length === 1 ? "it" : "them"} and choose again.`,
      );
    }
    for (const item of locked) await applyAssignment(tx, actor, item.ref, item.found, assignee, { together: locked.length });
    return { count: locked.length, name: assignee.name };
  });
}
