import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import type { Database } from "../index";
import { cases, people, subjects, users } from "../schema";
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

/** Restricted cases by reference and status only: what a supervisor needs to decide on access, and no more. */
export async function listRestrictedCases(db: Database) {
  return db
    .select({ id: cases.id, ref: cases.ref, status: cases.status, recordedOn: cases.recordedOn })
    .from(cases)
    .where(eq(cases.restricted, true))
    .orderBy(desc(cases.recordedOn));
}

export async function getCaseIdByRef(db: Pick<Database, "select">, ref: string) {
  const [row] = await db.select({ id: cases.id, restricted: cases.restricted }).from(cases).where(eq(cases.ref, ref));
  return row ?? null;
}
