import "server-only";
import { count, desc, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import { addDays, londonDayStart } from "@/lib/dates";
import type { CaseAuditQuery } from "@/lib/validation/case-audit";
import { caseAuditPageSize } from "@/lib/validation/case-audit";
import type { Database } from "../index";
import { auditEvents, users } from "../schema";
import { aboutCase, auditEntryColumns } from "./audit";

/** The most rows one CSV export carries: a case's own trail is far shorter. */
export const caseAuditExportLimit = 100_000;

function trailWhere(ref: string, query: Omit<CaseAuditQuery, "page">): SQL {
  const conditions: SQL[] = [];
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.actor) conditions.push(eq(auditEvents.actorId, query.actor));
  // Days are London's, as the page shows times.
  if (query.from) conditions.push(gte(auditEvents.occurredAt, londonDayStart(query.from)));
  if (query.to) conditions.push(lt(auditEvents.occurredAt, londonDayStart(addDays(query.to, 1))));
  return aboutCase(ref, ...conditions)!;
}

const trailColumns = {
  ...auditEntryColumns,
  actorId: auditEvents.actorId,
  actorRole: auditEvents.actorRole,
  actorName: users.name,
  actorEmail: users.email,
};

/** The trail's entries that `where` picks, newest first, with who made each. */
function trailRows(db: Database, where: SQL) {
  return db.select(trailColumns).from(auditEvents).leftJoin(users, eq(users.id, auditEvents.actorId)).where(where).orderBy(desc(auditEvents.id));
}

/**
 * One page of a case's audit trail, newest first, with how many entries match: every
 * read, change and refusal recorded against the case. The caller has checked that the
 * viewer may see the case and its trail.
 */
export async function listCaseAuditTrail(db: Database, ref: string, query: CaseAuditQuery) {
  const where = trailWhere(ref, query);
  const [rows, [total]] = await Promise.all([
    trailRows(db, where)
      .limit(caseAuditPageSize)
      .offset((query.page - 1) * caseAuditPageSize),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** The case page's latest entries of the trail. */
export async function latestCaseAudit(db: Database, ref: string, limit = 10) {
  return trailRows(db, trailWhere(ref, {})).limit(limit);
}

/** Every entry the filters match, newest first, for the CSV export (at most `caseAuditExportLimit`). */
export async function exportCaseAuditTrail(db: Database, ref: string, query: Omit<CaseAuditQuery, "page">) {
  return trailRows(db, trailWhere(ref, query)).limit(caseAuditExportLimit);
}

export type CaseAuditRow = Awaited<ReturnType<typeof exportCaseAuditTrail>>[number];

/** What the filter lists offer: the actions and the people that appear in this case's trail. */
export async function caseAuditFacets(db: Database, ref: string) {
  const where = trailWhere(ref, {});
  const [actions, actors] = await Promise.all([
    db.selectDistinct({ action: auditEvents.action }).from(auditEvents).where(where).orderBy(auditEvents.action),
    db
      .selectDistinct({ id: users.id, name: users.name, email: users.email })
      .from(auditEvents)
      .innerJoin(users, eq(users.id, auditEvents.actorId))
      .where(where)
      .orderBy(users.name, users.id),
  ]);
  return { actions: actions.map((a) => a.action), actors };
}

/** The names of the people an assignment names, so that "assigned from → to" reads as names. */
export async function namesOfAssignees(db: Database, rows: Pick<CaseAuditRow, "action" | "detail">[]) {
  const ids = [
    ...new Set(
      rows
        .filter((row) => row.action === "case.assigned")
        .flatMap((row) => [row.detail?.from, row.detail?.to])
        .filter((id): id is number => typeof id === "number"),
    ),
  ];
  if (ids.length === 0) return new Map<number, string>();
  const found = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(found.map((u) => [u.id, u.name]));
}
