import { Link } from "@/components/ui/link";
import { Section } from "@/components/ui/section";
import type { CaseReport } from "@/db/queries/case-reports";
import { formatDateTime } from "@/lib/format";
import { ranks, reportSources } from "@/lib/vocabulary";
import { AddNamedSubjectForm } from "./subject-change-forms";

/**
 * The reports this case came from (issue 17, item 1): a link back to each, the people it
 * names and, for whoever works the case, who on record each may be, added as a subject in
 * one step. Only suggestions by name: the investigator confirms each.
 */
export function CaseReports({
  caseRef,
  version,
  reports,
  subjectPersonIds,
  canTriage,
  canWork,
}: {
  caseRef: string;
  version: number;
  reports: CaseReport[];
  subjectPersonIds: ReadonlySet<number>;
  canTriage: boolean;
  canWork: boolean;
}) {
  return (
    <Section title="Reports behind this case" id="reports-title">
      {reports.map((report) => (
        <div key={report.ref} className="app-subject">
          <h3 className="govuk-heading-s">
            {canTriage ? <Link href={`/reports/queue/${report.ref}`}>{report.ref}</Link> : report.ref}
            <span className="app-unit">
              {" "}
              {reportSources.labels[report.source]}, received {formatDateTime(report.receivedAt)}
            </span>
          </h3>
          <p>
            <strong>Who was involved, as reported:</strong> {report.peopleInvolved ?? "Not given"}
          </p>
          {report.named.length > 0 ? (
            <ul className="govuk-list govuk-list--spaced">
              {report.named.map((named) => (
                <li key={named.name}>
                  <strong>{named.name}</strong>
                  {named.candidates.length === 0 ? (
                    <p className="govuk-body-s">
                      {canWork ? "No one on record matches this name. Add them under Subject officers by service number." : "Named in the report."}
                    </p>
                  ) : (
                    <ul className="govuk-list">
                      {named.candidates.map((person) => (
                        <li key={person.id}>
                          <span className="app-rule">
                            May be {person.name}, {ranks.labels[person.rank]}, {person.serviceNumber}
                            {person.unit ? `, ${person.unit}` : ""} ({person.reason})
                          </span>
                          {canWork ? (
                            <AddNamedSubjectForm
                              caseRef={caseRef}
                              version={version}
                              person={person}
                              reportRef={report.ref}
                              alreadySubject={subjectPersonIds.has(person.id)}
                            />
                          ) : subjectPersonIds.has(person.id) ? (
                            <strong className="govuk-tag govuk-tag--green app-tag--phrase">Already a subject</strong>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </Section>
  );
}
