import "server-only";
import { and, desc, eq, exists, gt, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import type { Database } from "../index";
import { caseAccessGrants, cases, contentReports, users } from "../schema";

/** An approved, unexpired, unrevoked grant of the case in the outer query to this viewer. */
function activeGrant(db: Pick<Database, "select">, viewerId: number): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(caseAccessGrants)
      .where(
        and(
          eq(caseAccessGrants.caseId, cases.id),
          eq(caseAccessGrants.userId, viewerId),
          isNull(caseAccessGrants.revokedAt),
          isNotNull(caseAccessGrants.approvedAt),
          gt(caseAccessGrants.expiresAt, sql`now()`),
        ),
      ),
  );
}

/**
 * Which reports a triager may see: one not yet with a case, or one whose case (the case it
 * became or joined, left-joined as `cases`) they may see. A report follows its case's need-to-know.
 */
export function visibleReportsWhere(db: Pick<Database, "select">, viewer: CaseViewer): SQL {
  return or(isNull(contentReports.caseId), visibleCasesWhere(db, viewer))!;
}

/**
 * The need-to-know rule of lib/access/case-access.ts as a WHERE condition on `cases`,
 * so that every query reading case data filters in the database, not after it.
 */
export function visibleCasesWhere(db: Pick<Database, "select">, viewer: CaseViewer): SQL {
  const grant = activeGrant(db, viewer.id);
  const notRestrictedOrGranted = or(eq(cases.restricted, false), grant)!;
  if (viewer.role === "supervisor") return notRestrictedOrGranted;
  if (viewer.role === "investigator") {
    const own = viewer.team ? or(eq(cases.assignedTo, viewer.id), eq(cases.team, viewer.team))! : eq(cases.assignedTo, viewer.id);
    return or(and(own, eq(cases.restricted, false)), and(eq(cases.restricted, true), grant))!;
  }
  return sql`false`;
}

/** A grant to someone else is in force at once; one the grantor asks for themself waits for a second supervisor. */
export async function grantCaseAccess(
  db: Pick<Database, "insert">,
  grant: { caseId: number; userId: number; grantedBy: number; reason: string; expiresAt: Date },
) {
  const selfRequest = grant.userId === grant.grantedBy;
  const [row] = await db
    .insert(caseAccessGrants)
    .values({ ...grant, approvedAt: selfRequest ? null : sql`now()`, approvedBy: selfRequest ? null : grant.grantedBy })
    .returning({ id: caseAccessGrants.id });
  return row!.id;
}

/**
 * Approves a supervisor's request for their own access: by another supervisor only,
 * while the request is open and has not lapsed. Access then lasts as long as asked,
 * from the approval. Returns null when there is no such open request.
 */
export async function approveCaseAccess(db: Pick<Database, "update" | "select">, grantId: number, caseId: number, approverId: number) {
  const [request] = await db
    .select({ userId: caseAccessGrants.userId, expiresAt: caseAccessGrants.expiresAt, createdAt: caseAccessGrants.createdAt })
    .from(caseAccessGrants)
    .where(and(eq(caseAccessGrants.id, grantId), eq(caseAccessGrants.caseId, caseId), isNull(caseAccessGrants.approvedAt), isNull(caseAccessGrants.revokedAt)))
    .for("update");
  if (!request) return { outcome: "none" as const };
  if (request.userId === approverId) return { outcome: "own" as const };
  if (request.expiresAt.getTime() <= Date.now()) return { outcome: "lapsed" as const };
  const expiresAt = new Date(Date.now() + (request.expiresAt.getTime() - request.createdAt.getTime()));
  await db.update(caseAccessGrants).set({ approvedAt: sql`now()`, approvedBy: approverId, expiresAt }).where(eq(caseAccessGrants.id, grantId));
  return { outcome: "approved" as const, userId: request.userId, expiresAt };
}

export async function revokeCaseAccess(db: Pick<Database, "update">, grantId: number, caseId: number) {
  const rows = await db
    .update(caseAccessGrants)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(caseAccessGrants.id, grantId), eq(caseAccessGrants.caseId, caseId), isNull(caseAccessGrants.revokedAt)))
    .returning({ id: caseAccessGrants.id, userId: caseAccessGrants.userId });
  return rows[0] ?? null;
}

export async function listCaseGrants(db: Database, caseId: number) {
  return db
    .select({
      id: caseAccessGrants.id,
      userEmail: users.email,
      reason: caseAccessGrants.reason,
      expiresAt: caseAccessGrants.expiresAt,
      revokedAt: caseAccessGrants.revokedAt,
      createdAt: caseAccessGrants.createdAt,
      approvedAt: caseAccessGrants.approvedAt,
      userId: caseAccessGrants.userId,
      selfRequested: sql<boolean>`${caseAccessGrants.userId} = ${caseAccessGrants.grantedBy}`,
    })
    .from(caseAccessGrants)
    .innerJoin(users, eq(users.id, caseAccessGrants.userId))
    .where(eq(caseAccessGrants.caseId, caseId))
    .orderBy(desc(caseAccessGrants.createdAt));
}
