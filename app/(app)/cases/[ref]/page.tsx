import type { Metadata } from "next";
import { getDb } from "@/db";
import { EvidenceRegister } from "@/components/cases/evidence-register";
import { Details } from "@/components/ui/details";
import { Section } from "@/components/ui/section";
import { requirePagePermission } from "@/server/auth/session";
import { isOpenStage } from "@/lib/cases/workflow";
import { todayIso } from "@/lib/dates";
import { getEnv } from "@/lib/env";
import { decodeSegment } from "@/lib/validation/text";
import { AccessList } from "./_components/access-list";
import { AuditTrail } from "./_components/audit-trail";
import { AssignForm, StartAssessmentsForm } from "./_components/case-work-forms";
import { CaseChatGroups } from "./_components/case-chat-groups";
import { CaseNotes } from "./_components/case-notes";
import { CaseOverview, type PagePart } from "./_components/case-overview";
import { CaseReports } from "./_components/case-reports";
import { CaseSummary } from "./_components/case-summary";
import { CaseTasks } from "./_components/case-tasks";
import { CaseTimeline } from "./_components/case-timeline";
import { IopcReferral } from "./_components/iopc-referral";
import { LinkedCases } from "./_components/linked-cases";
import { RestrictedNotice } from "./_components/restricted-notice";
import { SubjectCard } from "./_components/subject-card";
import { AddSubjectForm } from "./_components/subject-change-forms";
import { casePageAbilities, loadCaseView } from "./_lib/case-view";
import { decideCaseAccess } from "./_lib/access-decision";

export const metadata: Metadata = { title: "Case" };

export default async function CasePage({ params }: { params: Promise<{ ref: string }> }) {
  const user = await requirePagePermission("cases:read");
  const ref = decodeSegment((await params).ref) ?? "";
  const db = await getDb();
  const opened = await decideCaseAccess(db, user, ref);
  if (opened.kind === "restricted") return <RestrictedNotice caseRef={ref} grants={opened.grants} viewerId={user.id} />;

  const { found } = opened;
  const abilities = casePageAbilities(user);
  const today = todayIso();
  const view = await loadCaseView(db, user, found, abilities, today);
  const threshold = getEnv().EARLY_INTERVENTION_THRESHOLD;
  const showGroups = view.chatGroups.length > 0 || abilities.canWork;
  const recorded = found.subjects.filter((s) => s.stage === "recorded").map((s) => ({ id: s.id, version: s.version, name: s.name }));
  const showAccess = found.restricted && abilities.manageAccess;
  const parts: (PagePart | false)[] = [
    view.tasks.length > 0 && { id: "tasks-title", title: "Tasks" },
    { id: "iopc-title", title: "IOPC referral" },
    view.reports.length > 0 && { id: "reports-title", title: "Reports behind this case" },
    { id: "subjects-title", title: `Subject officers (${found.subjects.length})` },
    showGroups && { id: "groups-title", title: "Group chats" },
    { id: "evidence-title", title: `Evidence (${view.evidence.length})` },
    { id: "notes-title", title: `Notes (${view.notes.length})` },
    { id: "links-title", title: "Linked cases" },
    { id: "timeline-title", title: "Timeline" },
    showAccess && { id: "access-title", title: "Who may see this case" },
    abilities.showAudit && { id: "audit-title", title: "Audit trail" },
  ];

  return (
    <>
      <CaseSummary found={found} overdue={view.overdue} today={today} canWork={abilities.canWork} />
      <CaseOverview found={found} tasks={view.tasks} parts={parts.filter((part) => part !== false)} today={today} />
      {abilities.canAssign ? <AssignForm caseRef={found.ref} version={found.version} current={found.assignedTo} investigators={view.investigators} /> : null}
      <CaseTasks caseRef={found.ref} tasks={view.tasks} subjectNames={view.subjectNames} today={today} canDecide={abilities.canDecide} />
      <IopcReferral caseRef={found.ref} matterType={found.matterType} referral={view.iopcReferral} canDecide={abilities.canDecide} today={today} />
      {view.reports.length > 0 ? (
        <CaseReports
          caseRef={found.ref}
          version={found.version}
          reports={view.reports}
          subjectPersonIds={new Set(found.subjects.map((s) => s.personId))}
          canTriage={abilities.canTriage}
          canWork={abilities.canWork}
        />
      ) : null}
      <Section title={`Subject officers (${found.subjects.length})`} id="subjects-title">
        {abilities.canWork && found.subjects.length > 1 ? <StartAssessmentsForm caseRef={found.ref} subjects={recorded} /> : null}
        {found.subjects.map((s) => (
          <SubjectCard
            key={s.id}
            found={found}
            subject={s}
            view={view}
            abilities={abilities}
            user={user}
            threshold={threshold}
            today={today}
            // One officer's card is the page; of several, those still in progress start open and the closed ones folded.
            startOpen={found.subjects.length === 1 || isOpenStage(s.stage)}
          />
        ))}
        {abilities.canWork ? (
          <Details summary="Add a subject officer">
            <AddSubjectForm caseRef={found.ref} version={found.version} />
          </Details>
        ) : null}
      </Section>
      <CaseChatGroups caseRef={found.ref} groups={view.chatGroups} bystanders={view.bystanders} canWork={abilities.canWork} />
      <Section title="Evidence" id="evidence-title">
        <EvidenceRegister caseRef={found.ref} items={view.evidence} />
      </Section>
      <CaseNotes caseRef={found.ref} notes={view.notes} canWork={abilities.canWork} />
      <LinkedCases caseRef={found.ref} links={view.links} countUnseen={abilities.countUnseen} canWork={abilities.canWork} />
      <CaseTimeline timeline={view.timeline} subjectNames={view.subjectNames} />
      {showAccess ? <AccessList caseRef={found.ref} grants={view.grants} viewerId={user.id} /> : null}
      {abilities.showAudit ? <AuditTrail caseRef={found.ref} trail={view.trail} names={{ subjects: view.subjectNames, users: view.assignees }} /> : null}
    </>
  );
}
