import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import type { Database } from "../index";
import { caseAccessGrants, cases, people, subjects, users } from "../schema";
import { visibleCasesWhere } from "./case-access";
import { subjectStateColumns } from "./subject-state";

const caseColumns = {
  id: cases.id,
  ref: cases.ref,
  summary: cases.summary,
  source: cases.source,
  platform: cases.platform,
  channel: cases.channel,
  groupSize: cases.groupSize,
  contentType: cases.contentType,
  device: cases.device,
  matterType: cases.matterType,
  incidentOn: cases.incidentOn,
  recordedOn: cases.recordedOn,
  status: cases.status,
  stageDueOn: cases.stageDueOn,
  team: cases.team,
  restricted: cases.restricted,
  version: cases.version,
  assignedTo: cases.assignedTo,
  assignedToName: users.name,
  assignedToEmail: users.email,
};

/** One case with its subjects, or null when it does not exist or the viewer may not see it: the two look the same. */
export async function getCaseForViewer(db: Database, viewer: CaseViewer, ref: string) {
  const [found] = await db
    .select(caseColumns)
    .from(cases)
    .leftJoin(users, eq(users.id, cases.assignedTo))
    .where(and(eq(cases.ref, ref), visibleCasesWhere(db, viewer)));
  if (!found) return null;
  const caseSubjects = await db
    .select({
      id: subjects.id,
      personId: subjects.personId,
      name: people.name,
      serviceNumber: people.serviceNumber,
      personStatus: people.status,
      rank: subjects.rank,
      allegation: subjects.allegation,
      ...subjectStateColumns,
      noticeServedOn: subjects.noticeServedOn,
      panelChair: subjects.panelChair,
      findingOn: subjects.findingOn,
      severityOn: subjects.severityOn,
      outcomeOn: subjects.outcomeOn,
      rprpDiscussedOn: subjects.rprpDiscussedOn,
      rprpActions: subjects.rprpActions,
      version: subjects.version,
    })
    .from(subjects)
    .innerJoin(people, eq(people.id, subjects.personId))
    .where(eq(subjects.caseId, found.id))
    .orderBy(asc(people.name));
  return { ...found, subjects: caseSubjects };
}

/**
 * Restricted cases by reference, recorded date and the state of access only (issue 17,
 * item 9): what a supervisor needs to find one and decide on access, and nothing of its
 * content. The viewer's own access, a request of theirs waiting for a second supervisor,
 * and how many people hold access now.
 */
export async function listRestrictedCases(
  db: Database,
  viewerId: number,
  page: { limit: number; offset: number } = { limit: RESTRICTED_PAGE_SIZE, offset: 0 },
) {
  // Written out in full: in a query of one table drizzle leaves its columns unqualified,
  // and inside these subqueries "id" would be the grant's own.
  const caseId = sql`"cases"."id"`;
  const open = sql`g.revoked_at is null and g.expires_at > now()`;
  return db
    .select({
      id: cases.id,
      ref: cases.ref,
      recordedOn: cases.recordedOn,
      myAccessUntil:
        sql<Date | null>`(select max(g.expires_at) from ${caseAccessGrants} g where g.case_id = ${caseId} and g.user_id = ${viewerId} and g.approved_at is not null and ${open})`.mapWith(
          (value: string | Date | null) => (value === null ? null : new Date(value)),
        ),
      myRequestWaiting: sql<boolean>`exists (select 1 from ${caseAccessGrants} g where g.case_id = ${caseId} and g.user_id = ${viewerId} and g.approved_at is null and ${open})`,
      peopleWithAccess: sql<number>`(select count(distinct g.user_id)::int from ${caseAccessGrants} g where g.case_id = ${caseId} and g.approved_at is not null and ${open})`,
    })
    .from(cases)
    .where(eq(cases.restricted, true))
    .orderBy(desc(cases.recordedOn), desc(cases.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** Restricted cases a page: at a national size there are about a thousand, and listing them all on every /cases request cost its rate. */
export const RESTRICTED_PAGE_SIZE = 25;

export async function countRestrictedCases(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(cases).where(eq(cases.restricted, true));
  return Number(row?.n ?? 0);
}

export async function getCaseIdByRef(db: Pick<Database, "select">, ref: string) {
  const [row] = await db.select({ id: cases.id, restricted: cases.restricted }).from(cases).where(eq(cases.ref, ref));
  return row ?? null;
}
