import "server-only";
import type { Database } from "@/db/index";
import { recordAudit } from "@/db/queries/audit";
import { getCaseForViewer } from "@/db/queries/cases";
import type { SessionUser } from "@/server/auth/session";
import { AppError } from "@/lib/errors";
import { caseRefSchema } from "@/lib/validation/evidence";
import { forAuditLog } from "@/lib/validation/text";

/**
 * The case a route handler serves, if the viewer may see it. Otherwise the refusal is
 * audited under `refused` and the answer is "not found", the same for a case that is not
 * theirs as for one that does not exist.
 */
export async function visibleCaseOrRefuse(db: Database, user: SessionUser, params: Promise<{ ref: string }>, refused: string) {
  const rawRef = (await params).ref;
  const ref = caseRefSchema.safeParse(rawRef);
  const found = ref.success ? await getCaseForViewer(db, user, ref.data) : null;
  if (found) return found;
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: refused, entityType: "case", entityId: forAuditLog(rawRef) });
  throw new AppError("not_found", "There is no such case that you can see.");
}
