import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { listOwnReports } from "@/db/queries/reports";
import { requirePagePermission } from "@/server/auth/session";
import { reportOutcomes, reportStatuses } from "@/lib/vocabulary";
import { formatDateTime } from "@/lib/format";
import { TableOrEmpty, refColumn } from "@/components/data-table/data-table";

export const metadata: Metadata = { title: "Report content" };

export default async function ReportsPage() {
  const user = await requirePagePermission("reports:create");
  const reports = await listOwnReports(await getDb(), user.id);
  return (
    <>
      <h1 className="govuk-heading-l">Report content</h1>
      <p>
        <Link className="govuk-button" href="/reports/new">
          Report inappropriate content
        </Link>
      </p>
      <h2 className="govuk-heading-m">Your reports</h2>
      <TableOrEmpty
        rows={reports}
        empty={
          <EmptyState title="You have not made any reports">
            <p>Reports you make are listed here with their status and receipt.</p>
          </EmptyState>
        }
        caption="Your reports, newest first"
        rowKey={(r) => String(r.ref)}
        columns={[
          refColumn("Reference", "ref", (ref) => `/reports/${ref}`),
          { header: "Received", cell: (r) => formatDateTime(r.receivedAt) },
          { header: "Status", cell: (r) => reportStatuses.labels[r.status] },
          { header: "Outcome", cell: (r) => (r.outcome && r.status !== "information_requested" ? reportOutcomes.labels[r.outcome] : "") },
        ]}
      />
    </>
  );
}
