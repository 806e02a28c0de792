import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { exportCaseAuditTrail, namesOfAssignees } from "@/db/queries/case-audit-trail";
import { getCaseForViewer } from "@/db/queries/cases";
import { requireApiPermission } from "@/server/auth/session";
import { handleRoute } from "@/server/http";
import { caseAuditCsv } from "@/lib/cases/case-audit-csv";
import { attachmentDisposition } from "@/lib/content-disposition";
import { AppError } from "@/lib/errors";
import { protectiveMarking } from "@/lib/service";
import { caseAuditQuerySchema } from "@/lib/validation/case-audit";
import { caseRefSchema } from "@/lib/validation/evidence";
import { forAuditLog } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

/**
 * A case's audit trail as CSV, filtered as the page is (action, actor, from, to), for
 * those who may read the trail of a case they may see; the export is itself audited,
 * with its filters and how many entries it carried.
 */
export async function GET(request: Request, context: { params: Promise<{ ref: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiPermission("case-audit:read");
    const db = await getDb();
    const rawRef = (await context.params).ref;
    const ref = caseRefSchema.safeParse(rawRef);
    const found = ref.success ? await getCaseForViewer(db, user, ref.data) : null;
    if (!found) {
      await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "case.audit_export_refused", entityType: "case", entityId: forAuditLog(rawRef) });
      throw new AppError("not_found", "There is no such case that you can see.");
    }
    const parsed = caseAuditQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]!.message);
    const { page: _page, ...filters } = parsed.data;
    const rows = await exportCaseAuditTrail(db, found.ref, filters);
    const names = { subjects: new Map(found.subjects.map((s) => [s.id, s.name])), users: await namesOfAssignees(db, rows) };
    await recordAudit(db, {
      actorId: user.id,
      actorRole: user.role,
      action: "case.audit_exported",
      entityType: "case",
      entityId: found.ref,
      detail: { ...filters, entries: rows.length },
    });
    return new Response(caseAuditCsv(rows, names), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": attachmentDisposition(`${protectiveMarking}-${found.ref}-audit-trail.csv`),
        "X-Protective-Marking": protectiveMarking,
        "Cache-Control": "no-store",
      },
    });
  });
}
