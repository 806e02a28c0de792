import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { listReportQueue } from "@/db/queries/reports";
import { requirePagePermission } from "@/server/auth/session";
import { can } from "@/lib/permissions";
import { platforms } from "@/lib/vocabulary";
import { reportStatusLabels } from "@/lib/validation/reports";
import { ConvertButton } from "./_components/convert-button";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Report queue" };

export default async function ReportQueuePage() {
  const user = await requirePagePermission("reports:triage");
  const db = await getDb();
  const reports = await listReportQueue(db, user);
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "report.queue_viewed", entityType: "report" });
  const mayConvert = can(user.role, "reports:convert");
  return (
    <>
      <h1 className="govuk-heading-l">Report queue</h1>
      <p className="govuk-body-l">Reports of inappropriate content from officers and staff, and alerts from protective monitoring, newest first. A confidential reporter is named to supervisors only.</p>
      {reports.length === 0 ? (
        <EmptyState title="No reports">
          <p>Reports made under the duty to report appear here for triage.</p>
        </EmptyState>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Reports to triage</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">Reference</th>
              <th className="govuk-table__header" scope="col">Received</th>
              <th className="govuk-table__header" scope="col">Reported by</th>
              <th className="govuk-table__header" scope="col">What and where</th>
              <th className="govuk-table__header" scope="col">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {reports.map((r) => (
              <tr className="govuk-table__row" key={r.ref}>
                <th className="govuk-table__header" scope="row">{r.ref}</th>
                <td className="govuk-table__cell">{formatDateTime(r.receivedAt)}</td>
                <td className="govuk-table__cell">
                  {r.source === "protective_monitoring" ? (
                    <>Came to notice: protective monitoring</>
                  ) : (
                    <>
                      {r.reporter ?? <em>Confidential reporter</em>}
                      {r.confidential && r.reporter ? <span className="govuk-tag govuk-tag--grey"> confidential</span> : null}
                    </>
                  )}
                </td>
                <td className="govuk-table__cell">
                  {r.description}
                  <br />
                  <span className="app-unit">
                    {platforms.labels[r.platform]}
                    {r.groupName ? `, ${r.groupName}` : ""}
                    {r.seenOn ? `, seen ${r.seenOn}` : ""}
                    {r.peopleInvolved ? `. Involved: ${r.peopleInvolved}` : ""}
                    {r.sourceRef ? `. Alert ${r.sourceRef}` : ""}
                  </span>
                </td>
                <td className="govuk-table__cell">
                  {r.caseRef ? (
                    <>
                      Case <Link href={`/cases/${r.caseRef}`}>{r.caseRef}</Link>
                    </>
                  ) : mayConvert ? (
                    <ConvertButton reportRef={r.ref} />
                  ) : (
                    reportStatusLabels[r.status]
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
