import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { listCaseNotes, listCaseTimeline } from "@/db/queries/case-work";
import { getCaseForViewer } from "@/db/queries/cases";
import { listCaseEvidence } from "@/db/queries/evidence";
import { requireApiPermission } from "@/server/auth/session";
import { buildCaseFile } from "@/server/case-file/content";
import { renderCaseFilePdf } from "@/server/case-file/pdf";
import { handleRoute } from "@/server/http";
import { attachmentDisposition } from "@/lib/content-disposition";
import { AppError } from "@/lib/errors";
import { protectiveMarking } from "@/lib/service";
import { caseRefSchema } from "@/lib/validation/evidence";
import { forAuditLog } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

/**
 * One PDF of a case for a hearing or an IOPC referral (issue 17, item 8), for anyone who
 * may see the case, audited before it is sent; a case they may not see is "not found",
 * as on the case page, and the refusal audited.
 */
export async function GET(_request: Request, context: { params: Promise<{ ref: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiPermission("cases:read");
    const db = await getDb();
    const rawRef = (await context.params).ref;
    const ref = caseRefSchema.safeParse(rawRef);
    const found = ref.success ? await getCaseForViewer(db, user, ref.data) : null;
    if (!found) {
      await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "case.file_export_refused", entityType: "case", entityId: forAuditLog(rawRef) });
      throw new AppError("not_found", "There is no such case that you can see.");
    }
    const [timeline, notes, evidence] = await Promise.all([
      listCaseTimeline(db, user, found.ref),
      listCaseNotes(db, found.id),
      listCaseEvidence(db, user, found.ref),
    ]);
    const pdf = await renderCaseFilePdf(
      buildCaseFile({ found, timeline, notes, evidence: evidence ?? [], generatedAt: new Date(), generatedBy: `${user.name ?? user.email} (${user.email})` }),
    );
    await recordAudit(db, {
      actorId: user.id,
      actorRole: user.role,
      action: "case.file_exported",
      entityType: "case",
      entityId: found.ref,
      detail: { bytes: pdf.byteLength, evidence: evidence?.length ?? 0, notes: notes.length },
    });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.byteLength),
        "Content-Disposition": attachmentDisposition(`${protectiveMarking}-${found.ref}-case-file.pdf`),
        "X-Protective-Marking": protectiveMarking,
        "Cache-Control": "no-store",
      },
    });
  });
}
