import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CaseViewer } from "@/lib/access/case-access";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { isOpenForTriage } from "@/lib/reports/triage";
import type { ReportInput } from "@/lib/validation/reports";
import type { Database } from "../index";
import { cases, contentReports, users } from "../schema";
import type { Actor } from "./admin-users";
import { auditBy } from "./audit";
import { visibleReportsWhere } from "./case-access";
import { openCase } from "./case-creation";
import { nextRef } from "./refs";
import { todayIso } from "@/lib/dates";
import { notify } from "./notifications";
import { copyReportAttachmentsToCase } from "./report-attachments";

export async function submitReport(db: Database, reporter: Actor, input: ReportInput) {
  return db.transaction(async (tx) => {
    const ref = await nextRef(tx, contentReports, "report", todayIso());
    const contentSha256 = createHash("sha256")
      .update(JSON.stringify({ ref, ...input }), "utf8")
      .digest("hex");
    const [row] = await tx
      .insert(contentReports)
      .values({ ref, reporterId: reporter.id, contentSha256, ...input })
      .returning({ ref: contentReports.ref, receivedAt: contentReports.receivedAt });
    await auditBy(tx, reporter, { action: "report.submitted", entityType: "report", entityId: ref, detail: { confidential: input.confidential } });
    return row!;
  });
}

const reportColumns = {
  id: contentReports.id,
  ref: contentReports.ref,
  source: contentReports.source,
  sourceRef: contentReports.sourceRef,
  description: contentReports.description,
  platform: contentReports.platform,
  groupName: contentReports.groupName,
  seenOn: contentReports.seenOn,
  peopleInvolved: contentReports.peopleInvolved,
  confidential: contentReports.confidential,
  status: contentReports.status,
  contentSha256: contentReports.contentSha256,
  receivedAt: contentReports.receivedAt,
};

/**
 * What a reporter may read of their own report: what they sent, its status, the kind of
 * outcome and any question put to them. Never the case, the original of a duplicate, the
 * triager's reason or who triaged it.
 */
const ownReportColumns = {
  ...reportColumns,
  outcome: contentReports.outcome,
  question: contentReports.question,
  answer: contentReports.answer,
};

/** A reporter's own reports: their status, never the case they became. */
export async function listOwnReports(db: Database, reporterId: number) {
  return db.select(ownReportColumns).from(contentReports).where(eq(contentReports.reporterId, reporterId)).orderBy(desc(contentReports.receivedAt));
}

export async function getOwnReport(db: Database, reporterId: number, ref: string) {
  const [row] = await db
    .select(ownReportColumns)
    .from(contentReports)
    .where(and(eq(contentReports.ref, ref), eq(contentReports.reporterId, reporterId)));
  return row ?? null;
}

/**
 * The PSD triage queue. A confidential reporter's identity is left out in the query
 * itself for anyone who may not identify reporters, so it never leaves the database. A
 * report that became a case follows that case's need-to-know: someone who may not see
 * the case does not see the report either.
 */
export async function listReportQueue(db: Database, viewer: CaseViewer) {
  return queueQuery(db, viewer).orderBy(desc(contentReports.receivedAt));
}

/** One report as the queue shows it, for its triage page: null when the viewer may not see it. */
export async function getReportForTriage(db: Database, viewer: CaseViewer, ref: string) {
  const [row] = await queueQuery(db, viewer, eq(contentReports.ref, ref));
  return row ?? null;
}

const original = alias(contentReports, "original");

function queueQuery(db: Database, viewer: CaseViewer, where?: SQL) {
  const identify = can(viewer.role, "reports:identify");
  return (
    db
      .select({
        ...reportColumns,
        reporter: identify ? users.email : sql<string | null>`case when ${contentReports.confidential} then null else ${users.email} end`,
        caseRef: cases.ref,
        version: contentReports.version,
        outcome: contentReports.outcome,
        outcomeReason: contentReports.outcomeReason,
        duplicateOf: original.ref,
        question: contentReports.question,
        answer: contentReports.answer,
      })
      .from(contentReports)
      // A protective-monitoring alert has no reporter.
      .leftJoin(users, eq(users.id, contentReports.reporterId))
      .leftJoin(cases, eq(cases.id, contentReports.caseId))
      .leftJoin(original, eq(original.id, contentReports.duplicateOfId))
      .where(and(visibleReportsWhere(db, viewer), where))
  );
}

/** Opens a case from a report in one step, pre-filled from it, and marks the report converted. */
export async function convertReportToCase(db: Database, actor: Actor, ref: string, today: string) {
  return db.transaction(async (tx) => {
    const [report] = await tx.select().from(contentReports).where(eq(contentReports.ref, ref)).for("update");
    if (!report) throw new AppError("not_found", `There is no report ${ref}.`);
    if (report.status === "converted") throw new AppError("conflict", `${ref} has already been turned into a case.`);
    if (!isOpenForTriage(report.status)) throw new AppError("conflict", `${ref} has already been dealt with. Reload the queue to see its outcome.`);
    const created = await openCase(
      tx,
      actor,
      {
        summary: report.description.slice(0, 500),
        // Protective monitoring is counter-corruption intelligence; the case vocabulary has no value of its own for it.
        source: report.source === "protective_monitoring" ? "intelligence" : "colleague_report",
        platform: report.platform,
        channel: report.groupName ? "group_chat" : "direct_message",
        contentType: "other",
        device: "not_known",
        incidentOn: report.seenOn,
        // Reported from inside the force, not a public complaint (Police Reform Act 2002 s 12 and Sch 3 Part 2).
        matterType: "conduct_matter",
      },
      today,
      { action: "case.created_from_report", detail: { report: ref } },
    );
    await tx
      .update(contentReports)
      .set({
        status: "converted",
        outcome: "passed_for_investigation",
        caseId: created.id,
        version: report.version + 1,
        triagedBy: actor.id,
        triagedAt: sql`now()`,
      })
      .where(eq(contentReports.id, report.id));
    await copyReportAttachmentsToCase(tx, actor, report, created);
    if (report.reporterId !== null) await notify(tx, [{ userId: report.reporterId, kind: "report_status_changed", reference: ref }]);
    await auditBy(tx, actor, { action: "report.converted", entityType: "report", entityId: ref, detail: { case: created.ref } });
    return created.ref;
  });
}
