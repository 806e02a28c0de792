import { getDb } from "@/db";
import { attachToOwnReport } from "@/db/queries/report-attachments";
import { requireApiPermission } from "@/server/auth/session";
import { AppError } from "@/lib/errors";
import { isReference } from "@/lib/references";
import { forAuditLog } from "@/lib/validation/text";
import { readCheckedUpload } from "@/server/checked-upload";
import { auditedRefusals, crossSiteError, handleRoute } from "@/server/http";

export const dynamic = "force-dynamic";

const notFound = () => new AppError("not_found", "You have no report with that reference.");

/** Attaches a file to the caller's own report while it is open (multipart: `file`, `description`). */
export async function POST(request: Request, context: { params: Promise<{ ref: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiPermission("reports:create");
    const ref = (await context.params).ref;
    const db = await getDb();
    const refuse = auditedRefusals(db, {
      actorId: user.id,
      actorRole: user.role,
      action: "report.attachment_refused",
      entityType: "report",
      entityId: forAuditLog(ref),
    });
    const crossSite = crossSiteError(request);
    if (crossSite) return refuse("cross_site", crossSite);
    if (!isReference("report", ref)) return refuse("no_such_report", notFound());

    const upload = await readCheckedUpload(request, refuse);
    if (upload instanceof Response) return upload;
    const item = await attachToOwnReport(db, user, ref, upload);
    if (!item) return refuse("no_such_report", notFound());
    return Response.json({ item }, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
}
