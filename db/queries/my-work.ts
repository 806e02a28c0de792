import "server-only";
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { canManageRestrictedAccess, type CaseViewer } from "@/lib/access/case-access";
import { AppError } from "@/lib/errors";
import { splitDueWork, type WorkWeek } from "@/lib/my-work/due-work";
import { can, type Permission } from "@/lib/permissions";
import type { Database } from "../index";
import { caseAccessGrants, cases, contentReports, foiRequests, notifications, people, subjects, tasks, users } from "../schema";
import { isAppPermissionApprover, listOwnAppPermissionRequests, listRequestsToDecide } from "./app-permissions";
import { visibleCasesWhere, visibleReportsWhere } from "./case-access";
import { openCaseWhere, openTaskDueBefore, overdueCaseWhere, stageDueBefore } from "./case-due";
import { listOwnReports } from "./reports";

/**
 * The home page's lists, one function per panel and one per role gathering them. Each
 * panel shows its first rows and how many there are in all, and links to the full list
 * elsewhere. Every list that names a case filters by the viewer's need-to-know in its
 * `where` (visibleCasesWhere); a restricted case a supervisor holds no grant for is named
 * by its reference, recorded date and the state of access to it, nothing more.
 */

/** Rows shown per panel: the start of the day, not the whole list. */
export const PANEL_ROWS = 25;

export interface Listed<T> {
  rows: T[];
  total: number;
}

function listed<T extends { total: number }>(rows: T[]): Listed<Omit<T, "total">> {
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

const totalRows = sql<number>`(count(*) over ())::int`;
const shortSummary = sql<string>`left(${cases.summary}, 120)`;

function requirePermission(viewer: CaseViewer, permission: Permission) {
  if (!can(viewer.role, permission)) throw new AppError("forbidden", "Your role does not give access to this list.");
}

/** The earliest statutory clock still to do on the case in the outer query. */
const nextClockOn = sql<string | null>`(select min(${tasks.dueOn})::text from ${tasks} where ${tasks.caseId} = ${cases.id} and ${tasks.completedAt} is null)`;

/**
 * The viewer's own cases: open, or closed with a statutory clock still running (a
 * dismissal's barred-list report is owed after the case is finalised). Overdue first,
 * then by whatever falls due soonest.
 */
export async function listMyCases(db: Database, viewer: CaseViewer, today: string) {
  requirePermission(viewer, "cases:read");
  const overdue = overdueCaseWhere(today);
  const rows = await db
    .select({
      ref: cases.ref,
      summary: shortSummary,
      status: cases.status,
      stageDueOn: cases.stageDueOn,
      nextClockOn,
      overdue: sql<boolean>`${overdue}`,
      total: totalRows,
    })
    .from(cases)
    .where(
      and(
        visibleCasesWhere(db, viewer),
        eq(cases.assignedTo, viewer.id),
        or(openCaseWhere(), sql`exists (select 1 from ${tasks} where ${tasks.caseId} = ${cases.id} and ${tasks.completedAt} is null)`),
      ),
    )
    .orderBy(sql`${overdue} desc`, sql`least(${cases.stageDueOn}, ${nextClockOn}::date) asc nulls last`, asc(cases.ref))
    .limit(PANEL_ROWS);
  return listed(rows);
}

/**
 * What falls due on the viewer's cases before the week ends, overdue included: the
 * statutory clocks, with the subject officer each concerns, and the stages' force targets.
 */
export async function listMyDueWork(db: Database, viewer: CaseViewer, week: WorkWeek) {
  requirePermission(viewer, "cases:read");
  const mine = and(visibleCasesWhere(db, viewer), eq(cases.assignedTo, viewer.id));
  const [clocks, targets] = await Promise.all([
    db
      .select({ taskId: tasks.id, kind: tasks.kind, dueOn: tasks.dueOn, caseRef: cases.ref, officer: people.name })
      .from(tasks)
      .innerJoin(cases, eq(cases.id, tasks.caseId))
      .innerJoin(subjects, eq(subjects.id, tasks.subjectId))
      .innerJoin(people, eq(people.id, subjects.personId))
      .where(and(mine, openTaskDueBefore(week.before))),
    db
      .select({ caseRef: cases.ref, stage: cases.status, dueOn: sql<string>`${cases.stageDueOn}::text` })
      .from(cases)
      .where(and(mine, stageDueBefore(week.before))),
  ]);
  return splitDueWork(clocks, targets, week);
}

/**
 * Cases newly assigned to the viewer: those of their unread "case assigned" notifications
 * that are still theirs and that they may see, newest first.
 */
export async function listNewAssignments(db: Database, viewer: CaseViewer) {
  requirePermission(viewer, "cases:read");
  const rows = await db
    .select({ ref: cases.ref, summary: shortSummary, status: cases.status, assignedAt: notifications.createdAt })
    .from(notifications)
    .innerJoin(cases, eq(cases.ref, notifications.reference))
    .where(
      and(
        eq(notifications.userId, viewer.id),
        eq(notifications.kind, "case_assigned"),
        isNull(notifications.readAt),
        eq(cases.assignedTo, viewer.id),
        visibleCasesWhere(db, viewer),
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(PANEL_ROWS);
  // A case assigned, taken away and assigned again has two notices: it is one assignment now.
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.ref) && seen.add(row.ref));
}

/**
 * Cases with a subject officer at the appropriate authority's decision (whether there is
 * a case to answer, 2020 reg 23), one row a case with the officers waiting; by force target.
 */
export async function listDecisionsWaiting(db: Database, viewer: CaseViewer, today: string) {
  requirePermission(viewer, "cases:decide");
  const rows = await db
    .select({
      ref: cases.ref,
      stageDueOn: cases.stageDueOn,
      overdue: sql<boolean>`bool_or(${overdueCaseWhere(today)})`,
      investigator: users.name,
      officers: sql<string[]>`array_agg(${people.name} order by ${people.name})`,
      total: totalRows,
    })
    .from(subjects)
    .innerJoin(cases, eq(cases.id, subjects.caseId))
    .innerJoin(people, eq(people.id, subjects.personId))
    .leftJoin(users, eq(users.id, cases.assignedTo))
    // The open-case condition lets the planner start from the few open cases, not every subject.
    .where(and(eq(subjects.stage, "decision"), openCaseWhere(), visibleCasesWhere(db, viewer)))
    .groupBy(cases.id, cases.ref, cases.stageDueOn, users.name)
    .orderBy(sql`${cases.stageDueOn} asc nulls last`, asc(cases.ref))
    .limit(PANEL_ROWS);
  return listed(rows);
}

/** Open cases nobody is assigned to, oldest first. */
export async function listUnassignedCases(db: Database, viewer: CaseViewer, today: string) {
  requirePermission(viewer, "cases:assign");
  const rows = await db
    .select({
      ref: cases.ref,
      summary: shortSummary,
      status: cases.status,
      recordedOn: cases.recordedOn,
      team: cases.team,
      overdue: sql<boolean>`${overdueCaseWhere(today)}`,
      total: totalRows,
    })
    .from(cases)
    .where(and(openCaseWhere(), isNull(cases.assignedTo), visibleCasesWhere(db, viewer)))
    .orderBy(asc(cases.recordedOn), asc(cases.id))
    .limit(PANEL_ROWS);
  return listed(rows);
}

/** An approved grant, not revoked, not yet expired, in the outer query on case_access_grants. */
const grantInForce = and(isNotNull(caseAccessGrants.approvedAt), isNull(caseAccessGrants.revokedAt), gt(caseAccessGrants.expiresAt, sql`now()`))!;
/** Access a supervisor asked for themself, waiting for a second supervisor (two-person rule). */
const grantAwaitingApproval = and(isNull(caseAccessGrants.approvedAt), isNull(caseAccessGrants.revokedAt), gt(caseAccessGrants.expiresAt, sql`now()`))!;

function grantsOfCase(condition: SQL): SQL {
  return sql`from ${caseAccessGrants} where ${caseAccessGrants.caseId} = ${cases.id} and ${condition}`;
}

/**
 * Restricted cases by reference, recorded date and the state of access only: whether the
 * viewer holds access (and until when) or has asked for it, how many others hold it, and
 * how many requests wait for a second supervisor. Nothing of the case itself.
 */
export async function listRestrictedCaseAccess(db: Database, viewer: CaseViewer) {
  if (!canManageRestrictedAccess(viewer.role)) throw new AppError("forbidden", "Only supervisors manage access to restricted cases.");
  const rows = await db
    .select({
      ref: cases.ref,
      recordedOn: cases.recordedOn,
      yourAccessUntil:
        sql<Date | null>`(select max(${caseAccessGrants.expiresAt}) ${grantsOfCase(and(eq(caseAccessGrants.userId, viewer.id), grantInForce)!)})`.mapWith(
          (value: string | Date | null) => (value === null ? null : new Date(value)),
        ),
      yourRequestWaiting: sql<boolean>`exists (select 1 ${grantsOfCase(and(eq(caseAccessGrants.userId, viewer.id), grantAwaitingApproval)!)})`,
      othersWithAccess: sql<number>`(select count(distinct ${caseAccessGrants.userId})::int ${grantsOfCase(and(ne(caseAccessGrants.userId, viewer.id), grantInForce)!)})`,
      requestsWaiting: sql<number>`(select count(*)::int ${grantsOfCase(and(ne(caseAccessGrants.userId, viewer.id), grantAwaitingApproval)!)})`,
      total: totalRows,
    })
    .from(cases)
    .where(eq(cases.restricted, true))
    .orderBy(desc(cases.recordedOn), desc(cases.id))
    .limit(PANEL_ROWS);
  return listed(rows);
}

/** Access to restricted cases that ends within `days` days, soonest first: to renew or let lapse. */
export async function listAccessEndingSoon(db: Database, viewer: CaseViewer, days = 7) {
  if (!canManageRestrictedAccess(viewer.role)) throw new AppError("forbidden", "Only supervisors manage access to restricted cases.");
  return db
    .select({
      grantId: caseAccessGrants.id,
      caseRef: cases.ref,
      holder: users.name,
      yours: sql<boolean>`${caseAccessGrants.userId} = ${viewer.id}`,
      expiresAt: caseAccessGrants.expiresAt,
    })
    .from(caseAccessGrants)
    .innerJoin(cases, eq(cases.id, caseAccessGrants.caseId))
    .innerJoin(users, eq(users.id, caseAccessGrants.userId))
    .where(and(grantInForce, sql`${caseAccessGrants.expiresAt} <= now() + ${days}::int * interval '1 day'`))
    .orderBy(asc(caseAccessGrants.expiresAt), asc(caseAccessGrants.id))
    .limit(PANEL_ROWS);
}

/** Other supervisors' requests for their own access, which the viewer may approve (two-person rule). */
export async function listAccessRequestsToApprove(db: Database, viewer: CaseViewer) {
  if (!canManageRestrictedAccess(viewer.role)) throw new AppError("forbidden", "Only supervisors manage access to restricted cases.");
  return db
    .select({ grantId: caseAccessGrants.id, caseRef: cases.ref, requester: users.name, askedAt: caseAccessGrants.createdAt })
    .from(caseAccessGrants)
    .innerJoin(cases, eq(cases.id, caseAccessGrants.caseId))
    .innerJoin(users, eq(users.id, caseAccessGrants.userId))
    .where(and(grantAwaitingApproval, ne(caseAccessGrants.userId, viewer.id)))
    .orderBy(asc(caseAccessGrants.createdAt), asc(caseAccessGrants.id))
    .limit(PANEL_ROWS);
}

/**
 * Reports waiting for triage, oldest first: reference, when, where and how it came, and
 * nothing of who sent it or what they said (that is on the report queue, which is audited).
 */
export async function listReportsWaiting(db: Database, viewer: CaseViewer) {
  requirePermission(viewer, "reports:triage");
  const rows = await db
    .select({
      ref: contentReports.ref,
      receivedAt: contentReports.receivedAt,
      source: contentReports.source,
      platform: contentReports.platform,
      status: contentReports.status,
      total: totalRows,
    })
    .from(contentReports)
    .leftJoin(cases, eq(cases.id, contentReports.caseId))
    .where(and(inArray(contentReports.status, ["submitted", "triaged"]), visibleReportsWhere(db, viewer)))
    .orderBy(asc(contentReports.receivedAt), asc(contentReports.id))
    .limit(PANEL_ROWS);
  return listed(rows);
}

/** FoI requests not yet answered, by deadline (FOIA s.10: 20 working days from receipt). */
export async function listFoiRequestsByDeadline(db: Database, viewer: CaseViewer, today: string) {
  requirePermission(viewer, "foi:manage");
  const rows = await db
    .select({
      ref: foiRequests.ref,
      subject: foiRequests.subject,
      receivedOn: foiRequests.receivedOn,
      deadlineOn: foiRequests.deadlineOn,
      status: foiRequests.status,
      total: totalRows,
      overdueTotal: sql<number>`(count(*) filter (where ${foiRequests.deadlineOn} < ${today}) over ())::int`,
    })
    .from(foiRequests)
    .where(inArray(foiRequests.status, ["received", "in_progress"]))
    .orderBy(asc(foiRequests.deadlineOn), asc(foiRequests.ref))
    .limit(PANEL_ROWS);
  return { ...listed(rows.map(({ overdueTotal: _overdue, ...row }) => row)), overdue: rows[0]?.overdueTotal ?? 0 };
}

function firstRows<T>(rows: T[]): Listed<T> {
  return { rows: rows.slice(0, PANEL_ROWS), total: rows.length };
}

/** An investigator's day: what is due and overdue, new assignments, their cases. */
export async function getInvestigatorWork(db: Database, viewer: CaseViewer, week: WorkWeek) {
  const [due, newAssignments, myCases] = await Promise.all([
    listMyDueWork(db, viewer, week),
    listNewAssignments(db, viewer),
    listMyCases(db, viewer, week.today),
  ]);
  return { due, newAssignments, myCases };
}

/** A supervisor's day: decisions, unassigned cases, restricted access, the report queue, app permissions to decide. */
export async function getSupervisorWork(db: Database, viewer: CaseViewer, today: string) {
  const [decisions, unassigned, restricted, accessEnding, accessRequests, reports, permissionsToDecide] = await Promise.all([
    listDecisionsWaiting(db, viewer, today),
    listUnassignedCases(db, viewer, today),
    listRestrictedCaseAccess(db, viewer),
    listAccessEndingSoon(db, viewer),
    listAccessRequestsToApprove(db, viewer),
    listReportsWaiting(db, viewer),
    listRequestsToDecide(db, viewer),
  ]);
  return { decisions, unassigned, restricted, accessEnding, accessRequests, reports, permissionsToDecide: firstRows(permissionsToDecide) };
}

/** An FoI officer's day: the requests still to answer, by deadline. */
export async function getFoiWork(db: Database, viewer: CaseViewer, today: string) {
  return { requests: await listFoiRequestsByDeadline(db, viewer, today) };
}

/** Anyone's own reports and app-permission requests, and the requests they decide as a line manager. */
export async function getOwnRequestsWork(db: Database, viewer: CaseViewer) {
  const [reports, requests, approver] = await Promise.all([
    listOwnReports(db, viewer.id),
    listOwnAppPermissionRequests(db, viewer.id),
    isAppPermissionApprover(db, viewer),
  ]);
  const toDecide = approver ? await listRequestsToDecide(db, viewer) : [];
  return {
    reports: firstRows(reports.map(({ ref, receivedAt, status }) => ({ ref, receivedAt, status }))),
    requests: firstRows(requests),
    toDecide: firstRows(toDecide),
  };
}
