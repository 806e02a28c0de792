import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { listOwnReports } from "@/db/queries/reports";
import { requirePagePermission } from "@/server/auth/session";
import { reportStatusLabels } from "@/lib/validation/reports";
import { formatDateTime } from "@/lib/format";

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
      {reports.length === 0 ? (
        <EmptyState title="You have not made any reports">
          <p>Reports you make are listed here with their status and receipt.</p>
        </EmptyState>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Your reports, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">Reference</th>
              <th className="govuk-table__header" scope="col">Received</th>
              <th className="govuk-table__header" scope="col">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {reports.map((r) => (
              <tr className="govuk-table__row" key={r.ref}>
                <th className="govuk-table__header" scope="row">
                  <Link href={`/reports/${r.ref}`}>{r.ref}</Link>
                </th>
                <td className="govuk-table__cell">{formatDateTime(r.receivedAt)}</td>
                <td className="govuk-table__cell">{reportStatusLabels[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
