import "server-only";
import { and, desc, eq, gte, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import { applyAction, type WorkflowAction } from "@/lib/cases/workflow";
import { warningsInForce } from "@/lib/conduct/warnings";
import { barredListReportDue } from "@/lib/conduct/rules";
import { advisoryListFurtherReport, clockTaskChanges } from "@/lib/conduct/clock-tasks";
import { isPoliceStaff } from "@/lib/conduct/staff-policy";
import { needsVettingReview } from "@/lib/conduct/vetting";
import { isGrossMisconductByConviction } from "./subject-records";
import { AppError } from "@/lib/errors";
import { findings, outcomes, proceedings, stages, type Role } from "@/lib/vocabulary";
import type { Database, Transaction } from "../index";
import { auditEvents, cases, notifications, people, subjects, tasks, users } from "../schema";
import { aboutCase, auditBy } from "./audit";
import { refreshCaseStatus } from "./case-status";
import { visibleCasesWhere } from "./case-access";
import { notify } from "./notifications";
import { subjectStateColumns } from "./subject-state";

/** Words for where a subject stands now, for the message a stale edit gets. */
function describeSubject(row: { stage: string; finding: string | null; proceedings: string | null; outcome: string | null }): string {
  const parts = [`at the ${stages.labels[row.stage as keyof typeof stages.labels].toLowerCase()} stage`];
  if (row.finding) parts.push(`finding: ${findings.labels[row.finding as keyof typeof findings.labels].toLowerCase()}`);
  if (row.proceedings) parts.push(`proceedings: ${proceedings.labels[row.proceedings as keyof typeof proceedings.labels].toLowerCase()}`);
  if (row.outcome) parts.push(`outcome: ${outcomes.labels[row.outcome as keyof typeof outcomes.labels].toLowerCase()}`);
  return parts.join(", ");
}

/** Who last changed a subject and when, from the audit trail, for the conflict message. */
async function lastChange(tx: Transaction, ref: string, subjectId: number) {
  const [row] = await tx
    .select({ at: auditEvents.occurredAt, email: users.email })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(aboutCase(ref, sql`${auditEvents.action} like 'case.subject_%'`, sql`(${auditEvents.detail}->>'subjectId')::int = ${subjectId}`))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row ?? null;
}

/**
 * The outcomes on the officer's other allegations, from which the warnings in force at the
 * severity assessment are worked out (2020 reg 42(5) and (7)). Read whatever the viewer may
 * see of other cases: the rule needs the record, and only the answer is shown.
 */
export async function listOfficerOutcomes(db: Database | Transaction, personId: number, exceptSubjectId: number) {
  const rows = await db
    .select({ outcome: subjects.outcome, outcomeOn: subjects.outcomeOn })
    .from(subjects)
    .where(and(eq(subjects.personId, personId), ne(subjects.id, exceptSubjectId), isNotNull(subjects.outcome)));
  return rows.flatMap((row) => (row.outcome ? [{ outcome: row.outcome, outcomeOn: row.outcomeOn }] : []));
}

/**
 * Takes one workflow step on one subject, if the subject is still at the version the
 * person started from: a stale edit is refused with what changed, and nothing is
 * overwritten. The subject, the case's status and deadline, any barred-list task and
 * the audit entry land together or not at all.
 */
export async function applySubjectAction(
  db: Database,
  actor: CaseViewer & { role: Role },
  input: { ref: string; subjectId: number; version: number; action: WorkflowAction; today: string },
) {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({
        caseId: cases.id,
        caseStatus: cases.status,
        recordedOn: cases.recordedOn,
        ...subjectStateColumns,
        rank: subjects.rank,
        severityOn: subjects.severityOn,
        personId: subjects.personId,
        version: subjects.version,
        personStatus: people.status,
        personName: people.name,
      })
      .from(subjects)
      .innerJoin(cases, eq(cases.id, subjects.caseId))
      .innerJoin(people, eq(people.id, subjects.personId))
      .where(and(eq(subjects.id, input.subjectId), eq(cases.ref, input.ref), visibleCasesWhere(tx, actor)));
    if (!target) throw new AppError("not_found", "That subject is not on a case you can see.");
    // Lock the case row so two subjects moving at once agree on the case's status.
    await tx.execute(sql`select 1 from ${cases} where ${cases.id} = ${target.caseId} for update`);

    if (target.version !== input.version) {
      const last = await lastChange(tx, input.ref, input.subjectId);
      const by = last ? ` ${last.email ?? "Someone"} changed it at ${last.at.toISOString().slice(11, 16)} UTC on ${last.at.toISOString().slice(0, 10)}.` : "";
      throw new AppError(
        "conflict",
        `${target.personName}'s record changed after you opened it: it is now ${describeSubject(target)}.${by} Your change was not saved; reload the case to see theirs, then decide again.`,
      );
    }

    const record = await listOfficerOutcomes(tx, target.personId, input.subjectId);
    const result = applyAction(target, input.action, {
      role: actor.role,
      today: input.today,
      officer: target.personStatus === "left" ? "former" : "serving",
      employee: isPoliceStaff(target.rank) ? "staff" : "officer",
      grossMisconductByConviction: input.action.kind === "assess" && (await isGrossMisconductByConviction(tx, input.subjectId)),
      warningsOnRecord: warningsInForce(record, target.severityOn ?? input.today),
    });
    if (!result.ok) throw new AppError("bad_request", result.error);

    const [updated] = await tx
      .update(subjects)
      .set({ ...result.changes, version: sql`${subjects.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(subjects.id, input.subjectId), eq(subjects.version, input.version)))
      .returning({ version: subjects.version, stage: subjects.stage });
    if (!updated) throw new AppError("conflict", "Someone else changed this record at the same moment. Reload the case; your change was not saved.");

    if (updated.stage === "decision" && target.stage !== "decision") await notifyDecisionNeeded(tx, target.caseId, input.ref, actor.id);

    const status = await refreshCaseStatus(tx, target.caseId, target.caseStatus, input.today);
    if (result.leaving) {
      // The person, not only this allegation: they have left the service (2020 reg 4 and Schedule 1 apply from now).
      await tx.update(people).set({ status: "left", leftOn: result.leaving.leftOn }).where(eq(people.id, target.personId));
      if (result.leaving.advisoryListDueOn) {
        await tx
          .insert(tasks)
          .values({ kind: "advisory_list_notification", caseId: target.caseId, subjectId: input.subjectId, dueOn: result.leaving.advisoryListDueOn })
          .onConflictDoNothing();
      }
    }
    // The reg 19 and reg 31 clocks are the conduct regulations': not for police staff.
    const clocks = clockTaskChanges(target.stage, updated.stage, {
      recordedOn: target.recordedOn,
      documentsSuppliedOn: input.action.kind === "refer" ? input.action.documentsSuppliedOn : null,
    });
    if (clocks.open.length > 0 && !isPoliceStaff(target.rank)) {
      await tx
        .insert(tasks)
        .values(clocks.open.map((task) => ({ kind: task.kind, caseId: target.caseId, subjectId: input.subjectId, dueOn: task.dueOn })))
        .onConflictDoNothing();
    }
    if (clocks.closeIfNotDue.length > 0) {
      // No longer needed; one already overdue stays open for a person to close, so a missed clock is not hidden.
      await tx
        .update(tasks)
        .set({ completedAt: sql`now()`, completedBy: actor.id })
        .where(and(eq(tasks.subjectId, input.subjectId), inArray(tasks.kind, clocks.closeIfNotDue), isNull(tasks.completedAt), gte(tasks.dueOn, input.today)));
    }
    const furtherReport = advisoryListFurtherReport(input.action, input.today);
    if (furtherReport) {
      const [reported] = await tx
        .select({ id: tasks.id })
        .from(tasks)
        .where(and(eq(tasks.subjectId, input.subjectId), eq(tasks.kind, "advisory_list_notification")))
        .limit(1);
      if (reported) {
        await tx
          .insert(tasks)
          .values({ kind: furtherReport.kind, caseId: target.caseId, subjectId: input.subjectId, dueOn: furtherReport.dueOn })
          .onConflictDoNothing();
      }
    }
    // SI 2017/1135 reg 3(1): the report is due before the end of 5 working days beginning
    // with the date of the dismissal or finding, which is the day the outcome is recorded.
    if (result.barredListTask) {
      await tx
        .insert(tasks)
        .values({
          kind: "barred_list_notification",
          caseId: target.caseId,
          subjectId: input.subjectId,
          dueOn: barredListReportDue(result.changes.outcomeOn ?? input.today),
        })
        .onConflictDoNothing();
    }
    // Misconduct found and the person stays: the vetting unit reviews their clearance at once (lib/conduct/vetting.ts).
    const vettingReviewTask = input.action.kind === "record_outcome" && needsVettingReview(input.action.outcome);
    if (vettingReviewTask) {
      await tx
        .insert(tasks)
        .values({ kind: "vetting_review", caseId: target.caseId, subjectId: input.subjectId, dueOn: result.changes.outcomeOn ?? input.today })
        .onConflictDoNothing();
    }
    await auditBy(tx, actor, {
      action: `case.subject_${input.action.kind}`,
      entityType: "case",
      entityId: input.ref,
      detail: { subjectId: input.subjectId, summary: result.summary, from: target.stage, to: updated.stage, ...result.changes },
    });
    return {
      version: updated.version,
      stage: updated.stage,
      caseStatus: status,
      summary: result.summary,
      barredListTask: result.barredListTask,
      vettingReviewTask,
    };
  });
}

/**
 * Starts the severity assessment of several subjects of one case together, all or none:
 * each through the same step as on its own card, so each is version-checked and audited.
 */
export async function startAssessments(
  db: Database,
  actor: CaseViewer & { role: Role },
  input: { ref: string; subjects: { subjectId: number; version: number }[]; today: string },
) {
  return db.transaction(async (tx) => {
    for (const subject of input.subjects) {
      await applySubjectAction(tx as unknown as Database, actor, { ref: input.ref, ...subject, action: { kind: "start_assessment" }, today: input.today });
    }
    return { started: input.subjects.length };
  });
}

/**
 * A subject's investigation is done: the appropriate authority's decision (2020 reg 23)
 * is needed, so the supervisors are told. Not for a restricted case, whose reference
 * only the people on its access list may be shown.
 */
async function notifyDecisionNeeded(tx: Transaction, caseId: number, ref: string, actorId: number) {
  const [found] = await tx.select({ restricted: cases.restricted }).from(cases).where(eq(cases.id, caseId));
  if (found?.restricted) return;
  const supervisors = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "supervisor"), eq(users.disabled, false)));
  // One unread notice per case is enough: a second subject reaching the decision adds none.
  const unread = await tx
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(eq(notifications.kind, "decision_needed"), eq(notifications.reference, ref), isNull(notifications.readAt)));
  const told = new Set(unread.map((n) => n.userId));
  await notify(
    tx,
    supervisors.filter((s) => s.id !== actorId && !told.has(s.id)).map((s) => ({ userId: s.id, kind: "decision_needed" as const, reference: ref })),
  );
}
