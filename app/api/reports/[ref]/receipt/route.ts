import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getOwnReport } from "@/db/queries/reports";
import { listReportAttachments } from "@/db/queries/report-attachments";
import { requireApiPermission } from "@/server/auth/session";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/server/http";
import { receiptText } from "@/lib/reports/receipt";
import { attachmentDisposition } from "@/lib/content-disposition";
import { isReference } from "@/lib/references";

export const dynamic = "force-dynamic";

/** The reporter's own receipt as a text file; anyone else's report is not found. */
export async function GET(_request: Request, context: { params: Promise<{ ref: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiPermission("reports:create");
    const ref = (await context.params).ref;
    const db = await getDb();
    const report = isReference("report", ref) ? await getOwnReport(db, user.id, ref) : null;
    if (!report) throw new AppError("not_found", "You have no report with that reference.");
    await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "report.receipt_downloaded", entityType: "report", entityId: ref });
    const attachments = await listReportAttachments(db, report.id);
    return new Response(receiptText({ ...report, attachments }), {
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Disposition": attachmentDisposition(`receipt-${ref}.txt`),
        "Cache-Control": "no-store",
      },
    });
  });
}
