import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import { AppError } from "@/lib/errors";
import { isOpenForTriage } from "@/lib/reports/triage";
import type { ReportOutcome } from "@/lib/vocabulary";
import type { Database, Transaction } from "../index";
import { cases, contentReports, type ContentReport } from "../schema";
import { auditBy } from "./audit";
import { visibleCasesWhere, visibleReportsWhere } from "./case-access";
import { notify } from "./notifications";
import { copyReportAttachmentsToCase } from "./report-attachments";

interface Target {
  ref: string;
  version: number;
}

/**
 * The report a triager acts on, locked. A report already linked to a case follows that
 * case's need-to-know, as in the queue; one not open any more, or changed since the
 * triager's page was drawn, is refused so two triagers cannot both act on it.
 */
export async function lockReportForTriage(tx: Transaction, viewer: CaseViewer, { ref, version }: Target): Promise<ContentReport> {
  const [report] = await tx
    .select()
    .from(contentReports)
    .leftJoin(cases, eq(cases.id, contentReports.caseId))
    .where(and(eq(contentReports.ref, ref), visibleReportsWhere(tx, viewer)))
    .for("update", { of: contentReports });
  if (!report) throw new AppError("not_found", `There is no report ${ref}.`);
  const row = report.content_reports;
  if (!isOpenForTriage(row.status)) throw new AppError("conflict", `${ref} has already been dealt with. Reload the queue to see its outcome.`);
  if (row.version !== version) throw new AppError("conflict", `${ref} was changed by someone else after you opened it. Reload the queue to see what was done.`);
  return row;
}

/** Ends (or pauses) triage: the outcome recorded, the reporter told, the step audited, all in the caller's transaction. */
async function finishTriage(
  tx: Transaction,
  actor: CaseViewer,
  report: ContentReport,
  change: Partial<typeof contentReports.$inferInsert> & { outcome: ReportOutcome },
  detail: Record<string, unknown>,
) {
  await tx
    .update(contentReports)
    .set({ ...change, version: report.version + 1, triagedBy: actor.id, triagedAt: sql`now()` })
    .where(eq(contentReports.id, report.id));
  if (report.reporterId !== null) await notify(tx, [{ userId: report.reporterId, kind: "report_status_changed", reference: report.ref }]);
  await auditBy(tx, actor, { action: `report.${change.outcome}`, entityType: "report", entityId: report.ref, detail });
}

export async function closeWithNoFurtherAction(db: Database, actor: CaseViewer, input: Target & { reason: string }) {
  return db.transaction(async (tx) => {
    const report = await lockReportForTriage(tx, actor, input);
    await finishTriage(tx, actor, report, { status: "closed", outcome: "no_further_action", outcomeReason: input.reason }, { reason: input.reason });
  });
}

/**
 * Adds a report to a case already open. Only a case the triager may see: one they may
 * not is refused exactly as one that does not exist, so the answer tells them nothing.
 */
export async function linkReportToCase(db: Database, actor: CaseViewer, input: Target & { caseRef: string }) {
  return db.transaction(async (tx) => {
    const report = await lockReportForTriage(tx, actor, input);
    const [target] = await tx
      .select({ id: cases.id, ref: cases.ref })
      .from(cases)
      .where(and(eq(cases.ref, input.caseRef), visibleCasesWhere(tx, actor)));
    if (!target) throw new AppError("not_found", `There is no case ${input.caseRef}.`);
    await finishTriage(tx, actor, report, { status: "closed", outcome: "linked_to_case", caseId: target.id }, { case: target.ref });
    await auditBy(tx, actor, { action: "case.report_linked", entityType: "case", entityId: target.ref, detail: { report: report.ref } });
    await copyReportAttachmentsToCase(tx, actor, report, target);
    return target.ref;
  });
}

/** Closes a report as a repeat of an earlier one the triager may see in the queue. */
export async function markReportDuplicate(db: Database, actor: CaseViewer, input: Target & { duplicateOf: string }) {
  return db.transaction(async (tx) => {
    const report = await lockReportForTriage(tx, actor, input);
    if (input.duplicateOf === report.ref) throw new AppError("bad_request", "A report cannot be a duplicate of itself: give the earlier report's reference.");
    const [original] = await tx
      .select({ id: contentReports.id, ref: contentReports.ref })
      .from(contentReports)
      .leftJoin(cases, eq(cases.id, contentReports.caseId))
      .where(and(eq(contentReports.ref, input.duplicateOf), visibleReportsWhere(tx, actor)));
    if (!original) throw new AppError("not_found", `There is no report ${input.duplicateOf}.`);
    await finishTriage(tx, actor, report, { status: "closed", outcome: "duplicate", duplicateOfId: original.id }, { duplicateOf: original.ref });
    return original.ref;
  });
}

/** Sends the reporter a question; the report waits for their answer. A machine alert has nobody to ask. */
export async function requestMoreInformation(db: Database, actor: CaseViewer, input: Target & { question: string }) {
  return db.transaction(async (tx) => {
    const report = await lockReportForTriage(tx, actor, input);
    if (report.reporterId === null) throw new AppError("bad_request", `${report.ref} came from protective monitoring: there is no reporter to ask.`);
    await finishTriage(
      tx,
      actor,
      report,
      { status: "information_requested", outcome: "more_information_needed", question: input.question, answer: null, answeredAt: null },
      // The question and any earlier answer it replaces stay in the trail.
      { question: input.question, earlierAnswer: report.answer },
    );
  });
}

/** The reporter's answer to the question on their own report, which returns it to the queue. */
export async function answerOwnReport(db: Database, reporter: CaseViewer, input: { ref: string; answer: string }) {
  return db.transaction(async (tx) => {
    const [report] = await tx
      .select()
      .from(contentReports)
      .where(and(eq(contentReports.ref, input.ref), eq(contentReports.reporterId, reporter.id)))
      .for("update");
    if (!report) throw new AppError("not_found", `There is no report ${input.ref}.`);
    if (report.status !== "information_requested")
      throw new AppError("conflict", `${input.ref} is not waiting for an answer. Reload the page to see its status.`);
    await tx
      .update(contentReports)
      .set({ status: "triaged", outcome: null, answer: input.answer, answeredAt: sql`now()`, version: report.version + 1 })
      .where(eq(contentReports.id, report.id));
    await auditBy(tx, reporter, { action: "report.answered", entityType: "report", entityId: report.ref, detail: { answer: input.answer } });
  });
}
