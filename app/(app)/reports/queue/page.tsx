import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { listReportQueue } from "@/db/queries/reports";
import { requirePagePermission } from "@/server/auth/session";
import { can } from "@/lib/permissions";
import { platforms } from "@/lib/vocabulary";
import { reportOutcomes, reportStatuses } from "@/lib/vocabulary";
import { isOpenForTriage } from "@/lib/reports/triage";
import { ConvertButton } from "./_components/convert-button";
import { formatDate, formatDateTime } from "@/lib/format";
import { columnsOf, DataTable, refColumn } from "@/components/data-table/data-table";

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
      <p className="govuk-body-l">
        Reports of inappropriate content from officers and staff, and alerts from protective monitoring, newest first. A confidential reporter is named to
        supervisors only.
      </p>
      {reports.length === 0 ? (
        <EmptyState title="No reports">
          <p>Reports made under the duty to report appear here for triage.</p>
        </EmptyState>
      ) : (
        <DataTable
          caption="Reports to triage"
          captionHidden
          columns={columnsOf<(typeof reports)[number]>([
            refColumn("Reference", "ref", (ref) => `/reports/queue/${ref}`),
            { header: "Received", cell: (r) => formatDateTime(r.receivedAt) },
            {
              header: "Reported by",
              cell: (r) => (
                <>
                  {r.source === "protective_monitoring" ? (
                    <>Came to notice: protective monitoring</>
                  ) : (
                    <>
                      {r.reporter ?? <em>Confidential reporter</em>}
                      {r.confidential && r.reporter ? <span className="govuk-tag govuk-tag--grey"> confidential</span> : null}
                    </>
                  )}
                </>
              ),
            },
            {
              header: "What and where",
              cell: (r) => (
                <>
                  {r.description}
                  <br />
                  <span className="app-unit">
                    {platforms.labels[r.platform]}
                    {r.groupName ? `, ${r.groupName}` : ""}
                    {r.seenOn ? `, seen ${formatDate(r.seenOn)}` : ""}
                    {r.peopleInvolved ? `. Involved: ${r.peopleInvolved}` : ""}
                    {r.sourceRef ? `. Alert ${r.sourceRef}` : ""}
                  </span>
                </>
              ),
            },
            {
              header: "Status",
              cell: (r) => (
                <>
                  {r.outcome && r.status !== "information_requested" ? reportOutcomes.labels[r.outcome] : reportStatuses.labels[r.status]}
                  {r.caseRef ? (
                    <>
                      {": "}
                      <Link href={`/cases/${r.caseRef}`}>{r.caseRef}</Link>
                    </>
                  ) : null}
                  {r.duplicateOf ? `: ${r.duplicateOf}` : null}
                  {mayConvert && isOpenForTriage(r.status) ? (
                    <>
                      <br />
                      <ConvertButton reportRef={r.ref} />{" "}
                      <Link href={`/reports/queue/${r.ref}`}>
                        Other outcomes<span className="govuk-visually-hidden"> for {r.ref}</span>
                      </Link>
                    </>
                  ) : null}
                </>
              ),
            },
          ])}
          rows={reports}
          rowKey={(r) => String(r.ref)}
        />
      )}
    </>
  );
}
