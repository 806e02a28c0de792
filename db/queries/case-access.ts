import "server-only";
import { and, desc, eq, exists, gt, isNull, or, sql, type SQL } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import type { Database } from "../index";
import { caseAccessGrants, cases, users } from "../schema";

/** An unexpired, unrevoked grant of the case in the outer query to this viewer. */
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
          gt(caseAccessGrants.expiresAt, sql`now()`),
        ),
      ),
  );
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

export async function grantCaseAccess(
  db: Pick<Database, "insert">,
  grant: { caseId: number; userId: number; grantedBy: number; reason: string; expiresAt: Date },
) {
  const [row] = await db.insert(caseAccessGrants).values(grant).returning({ id: caseAccessGrants.id });
  return row!.id;
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
    })
    .from(caseAccessGrants)
    .innerJoin(users, eq(users.id, caseAccessGrants.userId))
    .where(eq(caseAccessGrants.caseId, caseId))
    .orderBy(desc(caseAccessGrants.createdAt));
}
