import { decodeSegment, forAuditLog } from "@/lib/validation/text";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { listCaseAudit, recordAudit } from "@/db/queries/audit";
import { listCaseGrants } from "@/db/queries/case-access";
import { getCaseForViewer, getCaseIdByRef } from "@/db/queries/cases";
import { listCaseEvidence } from "@/db/queries/evidence";
import { EvidenceRegister } from "@/components/cases/evidence-register";
import { listCaseNotes, listCaseTasks, listCaseTimeline, listEarlierAllegations, listInvestigatorCaseloads, listLinkedCases } from "@/db/queries/case-work";
import { explainRepeat, repeatWindow } from "@/lib/cases/early-intervention";
import { forumsOpen, outcomesWithoutProceedings } from "@/lib/conduct/decisions";
import { warningsInForce } from "@/lib/conduct/warnings";
import { listOfficerOutcomes } from "@/db/queries/workflow";
import { describeCaseEvent } from "@/lib/cases/timeline";
import { availableActions, caseAgeDays, isOpenStage, isOverdue } from "@/lib/cases/workflow";
import { todayIso } from "@/lib/dates";
import { getEnv } from "@/lib/env";
import { canManageRestrictedAccess } from "@/lib/access/case-access";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import {
  channels,
  contentTypes,
  devices,
  findings,
  outcomes,
  platforms,
  proceedings,
  proceedingsFindings,
  ranks,
  recommendations,
  severities,
  sources,
  stages,
  standards,
  withdrawalKinds,
} from "@/lib/vocabulary";
import { AssignForm, CompleteTaskButton, LinkCaseForm, NoteForm } from "./_components/case-work-forms";
import { FindingForm } from "./_components/finding-form";
import { SubjectStepForms } from "./_components/subject-step-form";
import { AccessList } from "./_components/access-list";
import { formatDateTime } from "@/lib/format";
import { isCaseRef } from "@/lib/cases/case-ref";
import { clientGone, noteAuditedView } from "@/lib/request-context";

export const metadata: Metadata = { title: "Case" };

function officerOf(subject: { personStatus: string }) {
  return subject.personStatus === "left" ? ("former" as const) : ("serving" as const);
}

function describeWarnings(
  subject: { finalWrittenWarningInForce: boolean; writtenWarningInForce: boolean; severalUnconnectedIncidents: boolean },
  onRecord: { writtenWarning: boolean; finalWrittenWarning: boolean },
): string {
  const parts: string[] = [];
  if (subject.finalWrittenWarningInForce || onRecord.finalWrittenWarning) parts.push(`final written warning${onRecord.finalWrittenWarning ? " (on the officer's record)" : " (recorded at referral)"}`);
  if (subject.writtenWarningInForce || onRecord.writtenWarning) parts.push(`written warning${onRecord.writtenWarning ? " (on the officer's record)" : " (recorded at referral)"}`);
  const warnings = parts.length > 0 ? parts.join("; ") : "None";
  return subject.severalUnconnectedIncidents ? `${warnings}. Several incidents not closely factually connected (2020 reg 42(6)).` : warnings;
}

export default async function CasePage({ params }: { params: Promise<{ ref: string }> }) {
  const user = await requirePagePermission("cases:read");
  const ref = decodeSegment((await params).ref) ?? "";
  const db = await getDb();
  const found = isCaseRef(ref) ? await getCaseForViewer(db, user, ref) : null;

  if (!found) {
    const existing = isCaseRef(ref) ? await getCaseIdByRef(db, ref) : null;
    await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "case.view_refused", entityType: "case", entityId: forAuditLog(ref) });
    // A supervisor may learn that a restricted case exists, to grant access; anyone else
    // gets the same answer for "not yours" as for "does not exist".
    if (!existing?.restricted || !canManageRestrictedAccess(user.role)) notFound();
    const requests = await listCaseGrants(db, existing.id);
    return (
      <>
        <h1 className="govuk-heading-l">{ref} is restricted</h1>
        <p className="govuk-body-l">
          Only people given access can see this case, supervisors included. Access is time-limited, needs a reason, and
          is recorded in the case&apos;s audit trail. Access you ask for yourself needs a second supervisor&apos;s approval.
        </p>
        <AccessList caseRef={ref} grants={requests} viewerId={user.id} />
      </>
    );
  }

  // Audited before anything of the case is sent; if the client has gone, nothing is.
  if (clientGone()) notFound();
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "case.viewed", entityType: "case", entityId: ref, detail: { request: noteAuditedView("case", ref) ?? null } });
  const showAudit = can(user.role, "case-audit:read");
  const canWork = can(user.role, "cases:work");
  const canAssign = can(user.role, "cases:assign");
  const today = todayIso();
  const threshold = getEnv().EARLY_INTERVENTION_THRESHOLD;
  // Related cases are named only where the viewer may see them; the early-intervention
  // reason and how many others there are, only where the role's permissions say so.
  const countUnseen = can(user.role, "cases:count-unseen");
  const showEarlyIntervention = can(user.role, "early-intervention:read");
  const [trail, grants, timeline, notes, links, caseTasks, earlier, investigators, evidenceItems] = await Promise.all([
    showAudit ? listCaseAudit(db, ref) : Promise.resolve([]),
    found.restricted && canManageRestrictedAccess(user.role) ? listCaseGrants(db, found.id) : Promise.resolve([]),
    listCaseTimeline(db, user, ref),
    listCaseNotes(db, found.id),
    listLinkedCases(db, user, found.id),
    listCaseTasks(db, found.id),
    listEarlierAllegations(db, user, found.subjects.map((s) => s.personId), found.id, { countUnseen: countUnseen || showEarlyIntervention }),
    canAssign ? listInvestigatorCaseloads(db) : Promise.resolve([]),
    listCaseEvidence(db, user, ref),
  ]);
  const subjectNames = new Map(found.subjects.map((s) => [s.id, s.name]));
  // Warnings in force at each severity assessment, from the officer's own record (2020 reg 42(5) and (7)).
  const warningsOnRecord = new Map(
    await Promise.all(found.subjects.map(async (s) => [s.id, warningsInForce(await listOfficerOutcomes(db, s.personId, s.id), s.severityOn ?? today)] as const)),
  );
  const clockOverdue = caseTasks.some((task) => !task.completedAt && task.dueOn < today);
  const overdue = isOverdue(found.status, found.stageDueOn, today) || clockOverdue;

  return (
    <>
      <p>
        <Link href="/cases">Back to cases</Link>
      </p>
      <h1 className="govuk-heading-l">
        {found.ref} {found.restricted ? <span className="govuk-tag govuk-tag--orange">Restricted</span> : null}{" "}
        {overdue ? <span className="govuk-tag govuk-tag--orange">Overdue</span> : null}
      </h1>
      <p className="govuk-body-l">{found.summary}</p>
      <dl className="summary">
        <dt>Status</dt>
        <dd>{stages.labels[found.status]}</dd>
        <dt>Force target for this stage (force policy, not statute)</dt>
        <dd>
          {found.stageDueOn ? (
            <>
              {found.stageDueOn}
              {overdue ? ` (overdue by ${caseAgeDays(found.stageDueOn, today)} days)` : ""}
            </>
          ) : (
            "None (closed)"
          )}
        </dd>
        <dt>Recorded</dt>
        <dd>
          {found.recordedOn} ({caseAgeDays(found.recordedOn, today)} days ago)
        </dd>
        <dt>Incident</dt>
        <dd>{found.incidentOn ?? "Not known"}</dd>
        <dt>How it came to notice</dt>
        <dd>{sources.labels[found.source]}</dd>
        <dt>Platform and channel</dt>
        <dd>
          {platforms.labels[found.platform]}, {channels.labels[found.channel].toLowerCase()}
          {found.groupSize ? ` of ${found.groupSize} members` : ""}
        </dd>
        <dt>Content</dt>
        <dd>{contentTypes.labels[found.contentType]}</dd>
        <dt>Device</dt>
        <dd>{devices.labels[found.device]}</dd>
        <dt>Assigned to</dt>
        <dd>{found.assignedToName ?? `Unassigned${found.team ? ` (${found.team})` : ""}`}</dd>
      </dl>
      {canAssign ? <AssignForm caseRef={found.ref} version={found.version} current={found.assignedTo} investigators={investigators} /> : null}

      {caseTasks.length > 0 ? (
        <section className="section" aria-labelledby="tasks-title">
          <h2 className="govuk-heading-m" id="tasks-title">Tasks</h2>
          <ul>
            {caseTasks.map((task) => (
              <li key={task.id}>
                {task.kind === "advisory_list_notification" ? (
                  <>
                    Report {subjectNames.get(task.subjectId) ?? "the officer"} to the College of Policing for the advisory list, due by {task.dueOn} (before the end of 5
                    working days beginning with the day they left under investigation, SI 2017/1135 reg 12(1)).{" "}
                  </>
                ) : (
                  <>
                    Report {subjectNames.get(task.subjectId) ?? "the officer"} to the College of Policing for the barred list, due by {task.dueOn} (before the end of 5
                    working days beginning with the outcome date, SI 2017/1135 reg 3(1)).{" "}
                  </>
                )}
                {!task.completedAt && task.dueOn < today ? <span className="govuk-tag govuk-tag--orange">Overdue</span> : null}{" "}
                {task.completedAt ? (
                  <strong>Done {formatDateTime(task.completedAt)}.</strong>
                ) : can(user.role, "cases:decide") ? (
                  <CompleteTaskButton caseRef={found.ref} taskId={task.id} label={`Mark the ${task.kind === "advisory_list_notification" ? "advisory" : "barred"}-list report for ${subjectNames.get(task.subjectId) ?? "the officer"} done`} />
                ) : (
                  "Open."
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="section" aria-labelledby="subjects-title">
        <h2 className="govuk-heading-m" id="subjects-title">Subject officers ({found.subjects.length})</h2>
        {found.subjects.map((s) => {
          const history = earlier.filter((e) => e.personId === s.personId);
          const named = history.flatMap((e) => (e.ref === null ? [] : [`${e.ref} (${e.recordedOn})`]));
          const unseen = countUnseen ? history.length - named.length : 0;
          const window = showEarlyIntervention ? repeatWindow([...history, { ref: found.ref, recordedOn: found.recordedOn }], threshold) : null;
          const actions = canWork ? availableActions(s, user.role).filter((a) => a !== "record_leaving" || s.personStatus !== "left") : [];
          return (
            <article key={s.id} className="card subject" aria-labelledby={`subject-${s.id}`}>
              <h3 className="govuk-heading-s" id={`subject-${s.id}`}>
                {s.name} <span className="unit">({s.serviceNumber})</span> <span className="govuk-tag">{stages.labels[s.stage]}</span>{" "}
                {s.personStatus === "left" ? <span className="govuk-tag govuk-tag--grey">Left the force</span> : null}
              </h3>
              <dl className="summary">
                <dt>Rank at the time</dt>
                <dd>{ranks.labels[s.rank]}</dd>
                <dt>Allegation</dt>
                <dd>{s.allegation ?? "Not written yet"}</dd>
                <dt>Standards</dt>
                <dd>{s.standards.map((k) => standards.labels[k]).join("; ") || "Not assessed yet"}</dd>
                <dt>Severity</dt>
                <dd>{s.severity ? severities.labels[s.severity] : "Not assessed yet"}</dd>
                <dt>Investigator&apos;s recommendation</dt>
                <dd>{s.recommendation ? recommendations.labels[s.recommendation] : "Not made yet"}</dd>
                <dt>Appropriate authority&apos;s finding</dt>
                <dd>
                  {s.finding ? `${findings.labels[s.finding]}${s.findingOn ? ` (${s.findingOn})` : ""}` : "Ongoing"}
                  {s.findingRationale ? <span className="rationale"> Rationale: {s.findingRationale}</span> : null}
                </dd>
                <dt>Proceedings</dt>
                <dd>
                  {s.proceedings ? proceedings.labels[s.proceedings] : "None"}
                  {s.proceedingsFinding ? `; found: ${proceedingsFindings.labels[s.proceedingsFinding].toLowerCase()}` : ""}
                </dd>
                <dt>Warnings in force at the severity assessment</dt>
                <dd>{describeWarnings(s, warningsOnRecord.get(s.id)!)}</dd>
                <dt>Outcome</dt>
                <dd>{s.outcome ? `${outcomes.labels[s.outcome]}${s.outcomeOn ? ` (${s.outcomeOn})` : ""}` : "Not yet"}</dd>
                {s.withdrawnReason ? (
                  <>
                    <dt>Withdrawn because</dt>
                    <dd>
                      {s.withdrawalKind ? `${withdrawalKinds.labels[s.withdrawalKind]}: ` : ""}
                      {s.withdrawnReason}
                    </dd>
                  </>
                ) : null}
                <dt>Other allegations against this officer</dt>
                <dd>
                  {named.length === 0 && unseen === 0 ? "None that you can see." : named.join(", ")}
                  {unseen > 0 ? `${named.length > 0 ? "; and " : ""}${unseen} on ${unseen === 1 ? "a case" : "cases"} you may not see.` : null}
                  {window ? (
                    <p className="govuk-inset-text app-inset--warning">
                      <strong>Early intervention:</strong> {explainRepeat(window, threshold)}
                    </p>
                  ) : null}
                </dd>
              </dl>
              {canWork ? (
                <SubjectStepForms
                  key={s.id}
                  caseRef={found.ref}
                  subjectId={s.id}
                  version={s.version}
                  name={s.name}
                  actions={actions}
                  forums={forumsOpen(s.regime, officerOf(s))}
                  forum={s.proceedings}
                  outcomesWithoutProceedings={outcomesWithoutProceedings(s.regime, officerOf(s))}
                  facts={{
                    regime: s.regime,
                    officer: officerOf(s),
                    writtenWarningInForce: s.writtenWarningInForce || warningsOnRecord.get(s.id)!.writtenWarning,
                    finalWrittenWarningInForce: s.finalWrittenWarningInForce || warningsOnRecord.get(s.id)!.finalWrittenWarning,
                    severalUnconnectedIncidents: s.severalUnconnectedIncidents,
                  }}
                  onRecord={warningsOnRecord.get(s.id)!}
                  waiting={isOpenStage(s.stage) && user.role !== "supervisor" ? `Waiting for a supervisor: ${stages.labels[s.stage].toLowerCase()}.` : null}
                />
              ) : null}
              {can(user.role, "cases:decide") && !isOpenStage(s.stage) ? (
                <details>
                  <summary>Correct the recorded finding for {s.name}</summary>
                  <FindingForm subjectId={s.id} version={s.version} name={s.name} current={s.finding} today={today} />
                </details>
              ) : null}
            </article>
          );
        })}
      </section>

      <section className="section" aria-labelledby="evidence-title">
        <h2 className="govuk-heading-m" id="evidence-title">Evidence</h2>
        <EvidenceRegister caseRef={found.ref} items={evidenceItems ?? []} />
      </section>

      <section className="section" aria-labelledby="notes-title">
        <h2 className="govuk-heading-m" id="notes-title">Notes</h2>
        {notes.length === 0 ? <p>No notes yet.</p> : (
          <ol className="notes">
            {notes.map((note) => (
              <li key={note.id}>
                <p className="unit">
                  {note.authorName}, {formatDateTime(note.createdAt)}
                </p>
                <p className="note-body">{note.body}</p>
              </li>
            ))}
          </ol>
        )}
        {canWork ? <NoteForm caseRef={found.ref} /> : null}
      </section>

      <section className="section" aria-labelledby="links-title">
        <h2 className="govuk-heading-m" id="links-title">Linked cases</h2>
        {links.visible.length === 0 ? <p>No linked cases that you can see.</p> : (
          <ul>
            {links.visible.map((link) => (
              <li key={link.id}>
                <Link href={`/cases/${link.ref}`}>{link.ref}</Link> ({stages.labels[link.status]}): {link.reason}
              </li>
            ))}
          </ul>
        )}
        {countUnseen && links.unseen > 0 ? <p>{links.unseen} more linked {links.unseen === 1 ? "case" : "cases"} you may not see.</p> : null}
        {canWork ? <LinkCaseForm caseRef={found.ref} /> : null}
      </section>

      <section className="section" aria-labelledby="timeline-title">
        <h2 className="govuk-heading-m" id="timeline-title">Timeline</h2>
        {timeline.length === 0 ? (
          <p>Nothing has been recorded on this case in the system yet: it was brought in from earlier records.</p>
        ) : (
          <ol className="timeline">
            {timeline.map((event) => (
              <li key={event.id}>
                <time dateTime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt)}</time>: {describeCaseEvent(event.action, event.detail, subjectNames)}
                {event.actorName ? ` (${event.actorName})` : ""}
              </li>
            ))}
          </ol>
        )}
      </section>
      {found.restricted && canManageRestrictedAccess(user.role) ? <AccessList caseRef={found.ref} grants={grants} viewerId={user.id} /> : null}

      {showAudit ? (
        <section className="section" aria-labelledby="audit-title">
          <h2 className="govuk-heading-m" id="audit-title">Audit trail</h2>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Who viewed or changed this case, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th className="govuk-table__header" scope="col">When</th>
                <th className="govuk-table__header" scope="col">Who</th>
                <th className="govuk-table__header" scope="col">What</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {trail.map((event) => (
                <tr className="govuk-table__row" key={event.id}>
                  <td className="govuk-table__cell">{formatDateTime(event.occurredAt)}</td>
                  <td className="govuk-table__cell">{event.actorEmail ?? "System"}</td>
                  <td className="govuk-table__cell">{event.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
