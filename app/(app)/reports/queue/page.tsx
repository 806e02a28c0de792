import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { listReportQueue } from "@/db/queries/reports";
import { requirePagePermission } from "@/lib/auth/session";
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
      <p className="lede">Reports of inappropriate content from officers and staff, and alerts from protective monitoring, newest first. A confidential reporter is named to supervisors only.</p>
      {reports.length === 0 ? (
        <EmptyState title="No reports">
          <p>Reports made under the duty to report appear here for triage.</p>
        </EmptyState>
      ) : (
        <table>
          <caption className="visually-hidden">Reports to triage</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Received</th>
              <th scope="col">Reported by</th>
              <th scope="col">What and where</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.ref}>
                <th scope="row">{r.ref}</th>
                <td>{formatDateTime(r.receivedAt)}</td>
                <td>
                  {r.source === "protective_monitoring" ? (
                    <>Came to notice: protective monitoring</>
                  ) : (
                    <>
                      {r.reporter ?? <em>Confidential reporter</em>}
                      {r.confidential && r.reporter ? <span className="tag tag--muted"> confidential</span> : null}
                    </>
                  )}
                </td>
                <td>
                  {r.description}
                  <br />
                  <span className="unit">
                    {platforms.labels[r.platform]}
                    {r.groupName ? `, ${r.groupName}` : ""}
                    {r.seenOn ? `, seen ${r.seenOn}` : ""}
                    {r.peopleInvolved ? `. Involved: ${r.peopleInvolved}` : ""}
                    {r.sourceRef ? `. Alert ${r.sourceRef}` : ""}
                  </span>
                </td>
                <td>
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
