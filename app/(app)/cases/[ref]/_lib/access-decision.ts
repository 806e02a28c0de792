import "server-only";
import { notFound } from "next/navigation";
import type { Database } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { listCaseGrants } from "@/db/queries/case-access";
import { getCaseForViewer, getCaseIdByRef } from "@/db/queries/cases";
import { canManageRestrictedAccess } from "@/lib/access/case-access";
import type { SessionUser } from "@/server/auth/session";
import { isCaseRef } from "@/lib/cases/case-ref";
import { clientGone, noteAuditedView } from "@/server/request-context";
import { forAuditLog } from "@/lib/validation/text";

/**
 * The access decision for the case page, with its audit entry: the case if the viewer
 * may see it (audited as viewed, or as its audit trail viewed), the restricted notice if
 * a supervisor may learn that it exists, and otherwise "not found" alike for "not yours"
 * and "does not exist".
 */
export async function decideCaseAccess(db: Database, user: SessionUser, ref: string, viewed: "case.viewed" | "case.audit_viewed" = "case.viewed") {
  const found = isCaseRef(ref) ? await getCaseForViewer(db, user, ref) : null;
  if (!found) {
    const existing = isCaseRef(ref) ? await getCaseIdByRef(db, ref) : null;
    await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "case.view_refused", entityType: "case", entityId: forAuditLog(ref) });
    if (!existing?.restricted || !canManageRestrictedAccess(user.role)) notFound();
    return { kind: "restricted" as const, grants: await listCaseGrants(db, existing.id) };
  }
  // Audited before anything of the case is sent; if the client has gone, nothing is.
  if (clientGone()) notFound();
  await recordAudit(db, {
    actorId: user.id,
    actorRole: user.role,
    action: viewed,
    entityType: "case",
    entityId: ref,
    detail: { request: noteAuditedView("case", ref) ?? null },
  });
  return { kind: "visible" as const, found };
}
