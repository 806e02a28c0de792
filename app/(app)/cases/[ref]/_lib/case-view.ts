import "server-only";
import type { Database } from "@/db";
import { latestCaseAudit, namesOfAssignees } from "@/db/queries/case-audit-trail";
import { listCaseGrants } from "@/db/queries/case-access";
import { listCaseNotes, listCaseTasks, listCaseTimeline, listEarlierAllegations, listInvestigatorCaseloads, listLinkedCases } from "@/db/queries/case-work";
import type { getCaseForViewer } from "@/db/queries/cases";
import { listCaseEvidence } from "@/db/queries/evidence";
import { listOfficerOutcomes } from "@/db/queries/workflow";
import { getIopcReferral } from "@/db/queries/iopc-referral";
import { listCaseChatGroups } from "@/db/queries/chat-groups";
import { listCaseReports } from "@/db/queries/case-reports";
import { listBystanders } from "@/db/queries/bystanders";
import { listSubjectRecords } from "@/db/queries/subject-records";
import { listOtherGroupMemberships } from "@/db/queries/officer-history";
import { canManageRestrictedAccess } from "@/lib/access/case-access";
import type { SessionUser } from "@/server/auth/session";
import { warningsInForce } from "@/lib/conduct/warnings";
import { isOverdue } from "@/lib/cases/workflow";
import { can } from "@/lib/permissions";

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCaseForViewer>>>;
export type CaseSubject = CaseDetail["subjects"][number];

/** What the viewer's role lets the case page show or do: the permission table, read once. */
export function casePageAbilities(user: SessionUser) {
  return {
    showAudit: can(user.role, "case-audit:read"),
    canWork: can(user.role, "cases:work"),
    canAssign: can(user.role, "cases:assign"),
    canDecide: can(user.role, "cases:decide"),
    manageAccess: canManageRestrictedAccess(user.role),
    // Related cases are named only where the viewer may see them; the early-intervention
    // reason and how many others there are, only where the role's permissions say so.
    countUnseen: can(user.role, "cases:count-unseen"),
    showEarlyIntervention: can(user.role, "early-intervention:read"),
    canTriage: can(user.role, "reports:triage"),
  };
}

export type CasePageAbilities = ReturnType<typeof casePageAbilities>;

/** Everything the case page shows beside the case itself, each part only where the role may see it. */
export async function loadCaseView(db: Database, user: SessionUser, found: CaseDetail, abilities: CasePageAbilities, today: string) {
  const personIds = found.subjects.map((s) => s.personId);
  const countUnseen = abilities.countUnseen || abilities.showEarlyIntervention;
  const [
    trail,
    grants,
    timeline,
    notes,
    links,
    tasks,
    earlier,
    investigators,
    evidence,
    iopcReferral,
    chatGroups,
    bystanders,
    subjectRecords,
    memberships,
    reports,
  ] = await Promise.all([
    abilities.showAudit ? latestCaseAudit(db, found.ref) : Promise.resolve([]),
    found.restricted && abilities.manageAccess ? listCaseGrants(db, found.id) : Promise.resolve([]),
    listCaseTimeline(db, user, found.ref),
    listCaseNotes(db, found.id),
    listLinkedCases(db, user, found.id),
    listCaseTasks(db, found.id),
    listEarlierAllegations(db, user, personIds, found.id, { countUnseen }),
    abilities.canAssign ? listInvestigatorCaseloads(db) : Promise.resolve([]),
    listCaseEvidence(db, user, found.ref),
    getIopcReferral(db, found.id),
    listCaseChatGroups(db, user, found.ref),
    listBystanders(db, user, found.ref),
    listSubjectRecords(db, found.id),
    listOtherGroupMemberships(db, user, personIds, found.id, { countUnseen: abilities.countUnseen }),
    listCaseReports(db, found.id, { suggest: abilities.canWork }),
  ]);
  // Warnings in force at each severity assessment, from the officer's own record (2020 reg 42(5) and (7)).
  const warningsOnRecord = new Map(
    await Promise.all(
      found.subjects.map(async (s) => [s.id, warningsInForce(await listOfficerOutcomes(db, s.personId, s.id), s.severityOn ?? today)] as const),
    ),
  );
  const assignees = await namesOfAssignees(db, trail);
  const clockOverdue = tasks.some((task) => !task.completedAt && task.dueOn < today);
  return {
    trail,
    grants,
    timeline,
    notes,
    links,
    tasks,
    earlier,
    investigators,
    evidence: evidence ?? [],
    warningsOnRecord,
    iopcReferral,
    chatGroups: chatGroups ?? [],
    bystanders,
    subjectRecords,
    memberships,
    reports,
    subjectNames: new Map(found.subjects.map((s) => [s.id, s.name])),
    assignees,
    overdue: isOverdue(found.status, found.stageDueOn, today) || clockOverdue,
  };
}

export type CaseView = Awaited<ReturnType<typeof loadCaseView>>;
