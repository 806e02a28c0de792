import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { listFoiRequests } from "@/db/queries/foi";
import { requirePagePermission } from "@/server/auth/session";
import { foiExemptions, foiStatuses } from "@/lib/vocabulary";
import { NewRequestForm, UpdateRequestForm } from "./_components/request-forms";
import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import { todayIso } from "@/lib/dates";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "FoI request log" };

export default async function FoiRequestsPage() {
  await requirePagePermission("foi:manage");
  const requests = await listFoiRequests(await getDb());
  type FoiRow = (typeof requests)[number];
  const today = todayIso();
  const isOverdue = (r: FoiRow) => (r.status === "received" || r.status === "in_progress") && r.deadlineOn < today;
  return (
    <>
      <p className="no-print">
        <Link href="/statistics">Back to statistics</Link>
      </p>
      <h1 className="govuk-heading-l">FoI request log</h1>
      <p className="govuk-body-l">
        Each request is due 20 working days after it was received (weekends and bank holidays in England and Wales are not counted).
      </p>
      {requests.length === 0 ? (
        <EmptyState title="No requests logged yet">
          <p>Log a request below to track its deadline and the tables published in answer.</p>
        </EmptyState>
      ) : (
        <DataTable
          caption="FoI requests, most recently received first"
          captionHidden
          columns={columnsOf<FoiRow>([
            { header: "Reference", rowHeader: true, cell: (r) => r.ref },
            { header: "Received", cell: (r) => formatDate(r.receivedOn) },
            {
              header: "Due",
              cell: (r) => (
                <>
                  {formatDate(r.deadlineOn)} {isOverdue(r) ? <strong className="govuk-tag govuk-tag--orange">Overdue</strong> : null}
                </>
              ),
            },
            { header: "What was asked", cell: (r) => r.subject },
            {
              header: "Exemptions",
              cell: (r) =>
                `${r.exemptions.map((e) => foiExemptions.labels[e]).join("; ") || "None"}${r.costEstimateHours !== null ? ` (${r.costEstimateHours} hours estimated)` : ""}`,
            },
            { header: "Tables", cell: (r) => r.publishedTables },
            {
              header: "Status",
              cell: (r) => (
                <>
                  {foiStatuses.labels[r.status]}
                  {r.respondedOn ? `, ${formatDate(r.respondedOn)}` : ""}
                  <UpdateRequestForm refId={r.ref} status={r.status} respondedOn={r.respondedOn} />
                </>
              ),
            },
          ])}
          rows={requests}
          rowKey={(r) => r.ref}
          rowClassName={(r) => (isOverdue(r) ? "app-table__row--overdue" : undefined)}
        />
      )}
      <Section title="Log a request" id="new-title">
        <NewRequestForm today={today} />
      </Section>
    </>
  );
}
