import { getDb } from "@/db";
import { addEvidence } from "@/db/queries/evidence";
import { requireApiPermission } from "@/server/auth/session";
import { checkEvidenceFile, EVIDENCE_MAX_BYTES, formatMegabytes, safeFileName } from "@/lib/evidence/file-types";
import { AppError } from "@/lib/errors";
import { MULTIPART_ALLOWANCE } from "@/lib/body-limits";
import { auditedRefusals, crossSiteError, handleRoute, jsonError } from "@/server/http";
import { forAuditLog } from "@/lib/validation/text";
import { caseRefSchema, evidenceDescriptionSchema } from "@/lib/validation/evidence";

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

    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > EVIDENCE_MAX_BYTES + MULTIPART_ALLOWANCE) {
      return refuse("too_large", jsonError(413, `That upload is ${formatMegabytes(declared)}; the limit for a file is 10 MB.`));
    }
    const form = await request.formData().catch(() => null);
    if (!form) return refuse("unreadable", new AppError("bad_request", "The upload could not be read. Choose the file again and upload it."));
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("bad_request", "Choose a file to upload.", { field: "file" });
    const description = evidenceDescriptionSchema.safeParse(typeof form.get("description") === "string" ? form.get("description") : "");
    if (!description.success) throw new AppError("bad_request", description.error.issues[0]!.message, { field: "description" });

    const fileName = safeFileName(file.name);
    if (file.size > EVIDENCE_MAX_BYTES)
      return refuse("too_large", jsonError(413, `That file is ${formatMegabytes(file.size)}; the limit is 10 MB.`, { field: "file" }));
    const content = new Uint8Array(await file.arrayBuffer());
    const checked = checkEvidenceFile(fileName, content);
    if (!checked.ok) throw new AppError("bad_request", checked.error, { field: "file" });

    const item = await addEvidence(db, user, ref, { fileName, mediaType: checked.mediaType, description: description.data, content });
    if (!item) return refuse("no_such_case", notFound());
    return Response.json({ item }, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
}
