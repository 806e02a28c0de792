import { getDb } from "@/db";
import { addEvidence } from "@/db/queries/evidence";
import { requireApiPermission } from "@/server/auth/session";
import { AppError } from "@/lib/errors";
import { auditedRefusals, crossSiteError, handleRoute } from "@/server/http";
import { readCheckedUpload } from "@/server/checked-upload";
import { forAuditLog } from "@/lib/validation/text";
import { caseRefSchema } from "@/lib/validation/evidence";

export const dynamic = "force-dynamic";

const notFound = () => new AppError("not_found", "There is no case with that reference that you can see.");

/** Adds a file to the evidence register of a case the uploader may see (multipart: `file`, `description`). */
export async function POST(request: Request, context: { params: Promise<{ ref: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiPermission("cases:read");
    const ref = (await context.params).ref;
    const db = await getDb();
    // Every refusal is audited with its target; none of them is part of the case's timeline.
    const refuse = auditedRefusals(db, {
      actorId: user.id,
      actorRole: user.role,
      action: "evidence.upload_refused",
      entityType: "case",
      entityId: forAuditLog(ref),
    });
    const crossSite = crossSiteError(request);
    if (crossSite) return refuse("cross_site", crossSite);
    if (!caseRefSchema.safeParse(ref).success) return refuse("no_such_case", notFound());

    const upload = await readCheckedUpload(request, refuse);
    if (upload instanceof Response) return upload;
    const item = await addEvidence(db, user, ref, upload);
    if (!item) return refuse("no_such_case", notFound());
    return Response.json({ item }, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
}
