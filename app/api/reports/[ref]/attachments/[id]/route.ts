import { getDb } from "@/db";
import { getReportAttachmentForDownload } from "@/db/queries/report-attachments";
import { requireApiPermission } from "@/server/auth/session";
import { AppError } from "@/lib/errors";
import { isReference } from "@/lib/references";
import { evidenceIdSchema } from "@/lib/validation/evidence";
import { fileDownload } from "@/server/file-download";
import { handleRoute } from "@/server/http";

export const dynamic = "force-dynamic";

/** A file attached to a report, for its reporter and for those who triage and may see the report. */
export async function GET(_request: Request, context: { params: Promise<{ ref: string; id: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiPermission("reports:create");
    const params = await context.params;
    const id = evidenceIdSchema.safeParse(params.id);
    const found = isReference("report", params.ref) && id.success ? await getReportAttachmentForDownload(await getDb(), user, params.ref, id.data) : null;
    if (!found) throw new AppError("not_found", "There is no such file on a report you can see.");
    return fileDownload(found);
  });
}
