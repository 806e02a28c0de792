import "server-only";
import { plainBytes } from "../bytes";
import { createHash } from "node:crypto";
import { and, asc, eq, or, sql } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { ReportAttachmentItem } from "@/lib/reports/attachment";
import { isOpenForTriage } from "@/lib/reports/triage";
import type { CheckedUpload } from "@/server/checked-upload";
import { type Database, selectRows, type Transaction } from "../index";
import { cases, contentReports, evidence, reportAttachments } from "../schema";
import type { Actor } from "./admin-users";
import { auditBy } from "./audit";
import { visibleReportsWhere } from "./case-access";

/** A report takes this many files at most: enough screenshots for any one sighting. */
export const MAX_REPORT_ATTACHMENTS = 10;

/** What a list of attachments shows: never the bytes. */
const attachmentColumns = {
  id: reportAttachments.id,
  fileName: reportAttachments.fileName,
  mediaType: reportAttachments.mediaType,
  sizeBytes: reportAttachments.sizeBytes,
  sha256: reportAttachments.sha256,
  description: reportAttachments.description,
  attachedAt: reportAttachments.attachedAt,
};

/**
 * Attaches a checked file to the reporter's own report while it is still open for
 * triage (issue 17, item 2). Null when the report is not theirs (or does not exist).
 */
export async function attachToOwnReport(db: Database, reporter: Actor, ref: string, upload: CheckedUpload): Promise<ReportAttachmentItem | null> {
  return db.transaction(async (tx) => {
    const [report] = await tx
      .select({ id: contentReports.id, status: contentReports.status })
      .from(contentReports)
      .where(and(eq(contentReports.ref, ref), eq(contentReports.reporterId, reporter.id)))
      .for("update");
    if (!report) return null;
    if (!isOpenForTriage(report.status)) {
      throw new AppError("conflict", `${ref} has already been dealt with, so files can no longer be added to it. Send a new report if there is more.`);
    }
    const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(reportAttachments).where(eq(reportAttachments.reportId, report.id))) as [
      { n: number },
    ];
    if (n >= MAX_REPORT_ATTACHMENTS) {
      throw new AppError("bad_request", `${ref} already has ${MAX_REPORT_ATTACHMENTS} files, the most a report takes. Send a new report if there is more.`, {
        field: "file",
      });
    }
    const sha256 = createHash("sha256").update(upload.content).digest("hex");
    const [item] = await tx
      .insert(reportAttachments)
      .values({ reportId: report.id, ...upload, sizeBytes: upload.content.length, sha256 })
      .returning(attachmentColumns);
    await auditBy(tx, reporter, {
      action: "report.attachment_added",
      entityType: "report",
      entityId: ref,
      detail: { attachmentId: item!.id, fileName: upload.fileName, mediaType: upload.mediaType, sizeBytes: upload.content.length, sha256 },
    });
    return item!;
  });
}

/** A report's files, oldest first. The caller has already decided the viewer may see the report. */
export async function listReportAttachments(db: Pick<Database, "select">, reportId: number): Promise<ReportAttachmentItem[]> {
  return db
    .select(attachmentColumns)
    .from(reportAttachments)
    .where(eq(reportAttachments.reportId, reportId))
    .orderBy(asc(reportAttachments.attachedAt), asc(reportAttachments.id));
}

/**
 * One file with its bytes, for its reporter or for someone who triages and may see the
 * report (one that became a case follows that case's need-to-know, as in the queue).
 * The download is audited, and so is a refusal; null then, whatever was missing.
 */
export async function getReportAttachmentForDownload(db: Database, viewer: CaseViewer, ref: string, id: number) {
  const mayTriage = can(viewer.role, "reports:triage") ? visibleReportsWhere(db, viewer) : sql`false`;
  const [found] = await db
    .select({
      id: reportAttachments.id,
      fileName: reportAttachments.fileName,
      mediaType: reportAttachments.mediaType,
      sha256: reportAttachments.sha256,
      content: reportAttachments.content,
    })
    .from(reportAttachments)
    .innerJoin(contentReports, eq(contentReports.id, reportAttachments.reportId))
    .leftJoin(cases, eq(cases.id, contentReports.caseId))
    .where(and(eq(reportAttachments.id, id), eq(contentReports.ref, ref), or(eq(contentReports.reporterId, viewer.id), mayTriage)));
  await auditBy(db, viewer, {
    action: found ? "report.attachment_downloaded" : "report.attachment_download_refused",
    entityType: "report",
    entityId: ref.slice(0, 80),
    detail: found ? { attachmentId: id, sha256: found.sha256 } : { attachmentId: id },
  });
  if (!found) return null;
  return { ...found, content: plainBytes(found.content) };
}

/**
 * Copies a report's files into the evidence register of the case it became or joined,
 * in the same transaction as that step: same bytes, same SHA-256, so the reporter's
 * record and the case's evidence prove each other. Entered by the triager; the
 * description says which report, never who reported it.
 */
export async function copyReportAttachmentsToCase(tx: Transaction, actor: Actor, report: { id: number; ref: string }, target: { id: number; ref: string }) {
  // Set-based, so the bytes go from table to table inside the database. Raw SQL: drizzle's
  // insert-from-select wants every column of the table, the generated id included.
  const copied = await selectRows<{ id: number; fileName: string; sha256: string }>(
    tx,
    sql`insert into ${evidence} (case_id, file_name, media_type, size_bytes, sha256, description, content, uploaded_by, uploaded_at)
        select ${target.id}::int, file_name, media_type, size_bytes, sha256,
               ${`From report ${report.ref}`}::text || coalesce(': ' || description, ''), content, ${actor.id}::int, attached_at
        from ${reportAttachments} where report_id = ${report.id}::int order by attached_at, id
        returning id, file_name as "fileName", sha256`,
  );
  if (copied.length > 0) {
    await auditBy(tx, actor, {
      action: "evidence.from_report",
      entityType: "case",
      entityId: target.ref,
      detail: { report: report.ref, files: copied.map((c) => ({ evidenceId: c.id, fileName: c.fileName, sha256: c.sha256 })) },
    });
  }
  return copied.length;
}
