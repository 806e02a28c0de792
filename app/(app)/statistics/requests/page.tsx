import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { listFoiRequests } from "@/db/queries/foi";
import { requirePagePermission } from "@/server/auth/session";
import { exemptionLabels, foiStatusLabels } from "@/lib/validation/foi";
import { NewRequestForm, UpdateRequestForm } from "./_components/request-forms";

export const metadata: Metadata = { title: "FoI request log" };

export default async function FoiRequestsPage() {
  await requirePagePermission("foi:manage");
  const requests = await listFoiRequests(await getDb());
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <p className="no-print">
        <Link href="/statistics">Back to statistics</Link>
      </p>
      <h1 className="govuk-heading-l">FoI request log</h1>
      <p className="govuk-body-l">Each request is due 20 working days after it was received (weekends and bank holidays in England and Wales are not counted).</p>
      {requests.length === 0 ? (
        <EmptyState title="No requests logged yet">
          <p>Log a request below to track its deadline and the tables published in answer.</p>
        </EmptyState>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">FoI requests, most recently received first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">Reference</th>
              <th className="govuk-table__header" scope="col">Received</th>
              <th className="govuk-table__header" scope="col">Due</th>
              <th className="govuk-table__header" scope="col">What was asked</th>
              <th className="govuk-table__header" scope="col">Exemptions</th>
              <th className="govuk-table__header" scope="col">Tables</th>
              <th className="govuk-table__header" scope="col">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {requests.map((r) => {
              const open = r.status === "received" || r.status === "in_progress";
              const overdue = open && r.deadlineOn < today;
              return (
                <tr key={r.ref} className={`govuk-table__row${overdue ? " app-table__row--overdue" : ""}`}>
                  <th className="govuk-table__header" scope="row">{r.ref}</th>
                  <td className="govuk-table__cell">{r.receivedOn}</td>
                  <td className="govuk-table__cell">
                    {r.deadlineOn} {overdue ? <span className="govuk-tag govuk-tag--orange">Overdue</span> : null}
                  </td>
                  <td className="govuk-table__cell">{r.subject}</td>
                  <td className="govuk-table__cell">
                    {r.exemptions.map((e) => exemptionLabels[e]).join("; ") || "None"}
                    {r.costEstimateHours !== null ? ` (${r.costEstimateHours} hours estimated)` : ""}
                  </td>
                  <td className="govuk-table__cell">{r.publishedTables}</td>
                  <td className="govuk-table__cell">
                    {foiStatusLabels[r.status]}
                    {r.respondedOn ? `, ${r.respondedOn}` : ""}
                    <UpdateRequestForm refId={r.ref} status={r.status} respondedOn={r.respondedOn} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <section className="app-section" aria-labelledby="new-title">
        <h2 className="govuk-heading-m" id="new-title">Log a request</h2>
        <NewRequestForm today={today} />
      </section>
    </>
  );
}
