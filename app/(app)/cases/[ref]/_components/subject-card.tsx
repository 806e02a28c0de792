import { formatDate } from "@/lib/format";
import { Details } from "@/components/ui/details";
import { SummaryList } from "@/components/ui/summary-list";
import type { SessionUser } from "@/server/auth/session";
import { explainRepeat, repeatWindow } from "@/lib/cases/early-intervention";
import { availableActions, caseAgeDays, isOpenStage } from "@/lib/cases/workflow";
import { forumsOpen, outcomesWithoutProceedings } from "@/lib/conduct/decisions";
import { assessmentRouteLabels, forumRefusalForCaseToAnswer } from "@/lib/conduct/routes";
import { isPoliceStaff, staffForum } from "@/lib/conduct/staff-policy";
import {
  findings,
  outcomes,
  panelChairs,
  proceedings,
  proceedingsFindings,
  ranks,
  recommendations,
  severities,
  stages,
  standards,
  withdrawalKinds,
} from "@/lib/vocabulary";
import type { CaseDetail, CasePageAbilities, CaseSubject, CaseView } from "../_lib/case-view";
import { FindingForm } from "./finding-form";
import { SubjectFold } from "./subject-fold";
import { SubjectStepForms } from "./subject-step-form";
import { RemoveSubjectForm } from "./subject-change-forms";
import { CriminalProceedingsForm, MeasureForm } from "./subject-record-forms";
import { convictionIsGrossMisconduct, criminalOutcomeLabels, type CriminalRecord } from "@/lib/conduct/criminal";
import { measureLabels } from "@/lib/conduct/suspension";

/** The reflective practice review process, for a subject referred to it (2020 Part 6). */
function describeRprp(subject: CaseSubject): string | null {
  if (subject.outcome !== "referred_to_rprp") return null;
  if (!subject.rprpCompletedOn) return "In progress: record the discussion, the actions agreed and the date it was completed.";
  return `Completed on ${formatDate(subject.rprpCompletedOn)} (discussion on ${subject.rprpDiscussedOn ? formatDate(subject.rprpDiscussedOn) : "not recorded"}). Actions agreed: ${subject.rprpActions}`;
}

/** The criminal proceedings beside the matter, in words. */
function describeCriminal(record: CriminalRecord | undefined): string | null {
  if (!record) return null;
  const parts = [`${record.offence}${record.indictableOnly ? " (indictable only)" : ""}: referred ${formatDate(record.referredOn)}`];
  if (record.chargedOn) parts.push(`charged ${formatDate(record.chargedOn)}`);
  if (record.outcome) parts.push(`${criminalOutcomeLabels[record.outcome].toLowerCase()} ${record.outcomeOn ? formatDate(record.outcomeOn) : ""}`.trim());
  return `${parts.join("; ")}.${convictionIsGrossMisconduct(record) ? " The conviction makes the conduct gross misconduct (SI 2025/558)." : ""}`;
}

/** The suspension or restriction now in force, or the last one, in words (2020 reg 11). */
function describeMeasure(measures: CaseView["subjectRecords"]["measures"], subjectId: number, today: string): string | null {
  const mine = measures.filter((m) => m.subjectId === subjectId);
  const last = mine.at(-1);
  if (!last) return null;
  if (last.endedOn) return `${measureLabels[last.kind]} from ${formatDate(last.startedOn)} to ${formatDate(last.endedOn)}.`;
  const since = last.lastReviewedOn ?? last.startedOn;
  return `${measureLabels[last.kind]} since ${formatDate(last.startedOn)}; ${last.lastReviewedOn ? "last reviewed" : "not reviewed since it started,"} ${formatDate(since)} (${caseAgeDays(since, today)} days ago). Reason: ${last.reason}`;
}

/** The appropriate authority's decision in its parts (2020 reg 23(1)(a)-(b)). */
function describeReportDecision(subject: CaseSubject): string | null {
  if (!subject.caseToAnswerFor) return null;
  const what = subject.caseToAnswerFor === "gross_misconduct" ? "gross misconduct" : "misconduct";
  return `Case to answer for ${what}; ${subject.referToProceedings ? "misconduct proceedings brought" : "no misconduct proceedings"}`;
}

function officerOf(subject: { personStatus: string }) {
  return subject.personStatus === "left" ? ("former" as const) : ("serving" as const);
}

type Warnings = { writtenWarning: boolean; finalWrittenWarning: boolean };

function describeWarnings(
  subject: { finalWrittenWarningInForce: boolean; writtenWarningInForce: boolean; severalUnconnectedIncidents: boolean },
  onRecord: Warnings,
): string {
  const parts: string[] = [];
  if (subject.finalWrittenWarningInForce || onRecord.finalWrittenWarning)
    parts.push(`final written warning${onRecord.finalWrittenWarning ? " (on the officer's record)" : " (recorded at referral)"}`);
  if (subject.writtenWarningInForce || onRecord.writtenWarning)
    parts.push(`written warning${onRecord.writtenWarning ? " (on the officer's record)" : " (recorded at referral)"}`);
  const warnings = parts.length > 0 ? parts.join("; ") : "None";
  return subject.severalUnconnectedIncidents ? `${warnings}. Several incidents not closely factually connected (2020 reg 42(6)).` : warnings;
}

/** Other allegations against the officer: those the viewer may see by reference, the rest only counted, where the role allows. */
function OtherAllegations({
  found,
  subject,
  earlier,
  abilities,
  threshold,
}: {
  found: CaseDetail;
  subject: CaseSubject;
  earlier: CaseView["earlier"];
  abilities: CasePageAbilities;
  threshold: number;
}) {
  const history = earlier.filter((e) => e.personId === subject.personId);
  const named = history.flatMap((e) => (e.ref === null ? [] : [`${e.ref} (${formatDate(e.recordedOn)})`]));
  const unseen = abilities.countUnseen ? history.length - named.length : 0;
  const window = abilities.showEarlyIntervention ? repeatWindow([...history, { ref: found.ref, recordedOn: found.recordedOn }], threshold) : null;
  return (
    <>
      {named.length === 0 && unseen === 0 ? "None that you can see." : named.join(", ")}
      {unseen > 0 ? `${named.length > 0 ? "; and " : ""}${unseen} on ${unseen === 1 ? "a case" : "cases"} you may not see.` : null}
      {window ? (
        <p className="govuk-inset-text app-inset--warning">
          <strong>Early intervention:</strong> {explainRepeat(window, threshold)}
        </p>
      ) : null}
    </>
  );
}

/** One subject officer: what is recorded against them, and the next workflow step the viewer may take. */
export function SubjectCard({
  found,
  subject: s,
  view,
  abilities,
  user,
  threshold,
  today,
  startOpen,
}: {
  found: CaseDetail;
  subject: CaseSubject;
  view: CaseView;
  abilities: CasePageAbilities;
  user: SessionUser;
  threshold: number;
  today: string;
  startOpen: boolean;
}) {
  const onRecord = view.warningsOnRecord.get(s.id)!;
  const actions = abilities.canWork ? availableActions(s, user.role).filter((a) => a !== "record_leaving" || s.personStatus !== "left") : [];
  return (
    <article className="app-card app-subject" aria-labelledby={`subject-${s.id}`}>
      <h3 className="govuk-heading-s" id={`subject-${s.id}`}>
        {s.name} <span className="app-unit">({s.serviceNumber})</span> <strong className="govuk-tag">{stages.labels[s.stage]}</strong>{" "}
        {s.personStatus === "left" ? <strong className="govuk-tag govuk-tag--grey">Left the force</strong> : null}
      </h3>
      <SubjectFold
        startOpen={startOpen}
        summary={
          <>
            What is recorded{abilities.canWork ? " and the next steps" : ""}
            <span className="govuk-visually-hidden"> for {s.name}</span>
          </>
        }
      >
        <SummaryList
          rows={[
            { key: "Rank at the time", value: ranks.labels[s.rank] },
            { key: "Allegation", value: s.allegation ?? "Not written yet" },
            { key: "Standards", value: s.standards.map((k) => standards.labels[k]).join("; ") || "Not assessed yet" },
            {
              key: "Severity",
              value: s.severity
                ? `${severities.labels[s.severity]}${s.assessmentRoute ? `; ${assessmentRouteLabels[s.assessmentRoute].replace(/ \(.*\)$/, "").toLowerCase()}` : ""}`
                : "Not assessed yet",
            },
            { key: "Investigator's recommendation", value: s.recommendation ? recommendations.labels[s.recommendation] : "Not made yet" },
            {
              key: "Appropriate authority's finding",
              value: (
                <>
                  {s.finding ? `${findings.labels[s.finding]}${s.findingOn ? ` (${formatDate(s.findingOn)})` : ""}` : "Ongoing"}
                  {s.findingRationale ? <span className="app-rationale"> Rationale: {s.findingRationale}</span> : null}
                </>
              ),
            },
            describeReportDecision(s) ? { key: "Decision on the report (reg 23)", value: describeReportDecision(s) } : null,
            {
              key: "Proceedings",
              value: `${s.proceedings ? proceedings.labels[s.proceedings] : "None"}${s.proceedingsFinding ? `; found: ${proceedingsFindings.labels[s.proceedingsFinding].toLowerCase()}` : ""}${s.panelChair ? `; chaired by ${panelChairs.labels[s.panelChair].replace(/^A |^The /, "the ").toLowerCase()}` : ""}`,
            },
            s.noticeServedOn ? { key: "Written notice (reg 17)", value: `Given on ${formatDate(s.noticeServedOn)}` } : null,
            { key: "Warnings in force at the severity assessment", value: describeWarnings(s, onRecord) },
            { key: "Outcome", value: s.outcome ? `${outcomes.labels[s.outcome]}${s.outcomeOn ? ` (${formatDate(s.outcomeOn)})` : ""}` : "Not yet" },
            describeRprp(s) ? { key: "Reflective practice review process", value: describeRprp(s) } : null,
            describeCriminal(view.subjectRecords.criminal.get(s.id))
              ? { key: "Criminal proceedings", value: describeCriminal(view.subjectRecords.criminal.get(s.id)) }
              : null,
            describeMeasure(view.subjectRecords.measures, s.id, today)
              ? { key: "Suspension or restriction", value: describeMeasure(view.subjectRecords.measures, s.id, today) }
              : null,
            s.withdrawnReason
              ? { key: "Withdrawn because", value: `${s.withdrawalKind ? `${withdrawalKinds.labels[s.withdrawalKind]}: ` : ""}${s.withdrawnReason}` }
              : null,
            {
              key: "Other allegations against this officer",
              value: <OtherAllegations found={found} subject={s} earlier={view.earlier} abilities={abilities} threshold={threshold} />,
            },
          ]}
        />
        {abilities.canWork ? (
          <SubjectStepForms
            key={s.id}
            caseRef={found.ref}
            subjectId={s.id}
            version={s.version}
            name={s.name}
            actions={actions}
            forums={
              isPoliceStaff(s.rank)
                ? [staffForum]
                : forumsOpen(s.regime, officerOf(s)).filter((forum) => forumRefusalForCaseToAnswer(s.caseToAnswerFor, forum) === null)
            }
            employee={isPoliceStaff(s.rank) ? "staff" : "officer"}
            forum={s.proceedings}
            outcomesWithoutProceedings={outcomesWithoutProceedings(s.regime, officerOf(s))}
            facts={{
              regime: s.regime,
              officer: officerOf(s),
              writtenWarningInForce: s.writtenWarningInForce || onRecord.writtenWarning,
              finalWrittenWarningInForce: s.finalWrittenWarningInForce || onRecord.finalWrittenWarning,
              severalUnconnectedIncidents: s.severalUnconnectedIncidents,
            }}
            onRecord={onRecord}
            waiting={isOpenStage(s.stage) && user.role !== "supervisor" ? `Waiting for a supervisor: ${stages.labels[s.stage].toLowerCase()}.` : null}
          />
        ) : null}
        {abilities.canWork && (s.stage === "recorded" || s.stage === "assessment") && found.subjects.length > 1 ? (
          <Details summary={`Remove ${s.name} from this case (added in error)`}>
            <RemoveSubjectForm caseRef={found.ref} subjectId={s.id} version={s.version} name={s.name} />
          </Details>
        ) : null}
        {abilities.canWork ? (
          <Details summary={`Criminal proceedings: ${s.name}`}>
            <CriminalProceedingsForm caseRef={found.ref} subjectId={s.id} name={s.name} current={view.subjectRecords.criminal.get(s.id) ?? null} />
          </Details>
        ) : null}
        {abilities.canDecide ? (
          <Details summary={`Suspension or restriction: ${s.name}`}>
            <MeasureForm
              caseRef={found.ref}
              subjectId={s.id}
              name={s.name}
              open={view.subjectRecords.measures.some((m) => m.subjectId === s.id && m.endedOn === null)}
            />
          </Details>
        ) : null}
        {abilities.canDecide && !isOpenStage(s.stage) ? (
          <Details summary={`Correct the recorded finding for ${s.name}`}>
            <FindingForm subjectId={s.id} version={s.version} name={s.name} current={s.finding} today={today} />
          </Details>
        ) : null}
      </SubjectFold>
    </article>
  );
}
