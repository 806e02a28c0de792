import { Link } from "@/components/ui/link";
import type { Column } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import type { getOwnRequestsWork } from "@/db/queries/my-work";
import { permissionStateLabels, permissionStateOn } from "@/lib/app-permissions/state";
import { formatDate, formatDateTime } from "@/lib/format";
import { reportStatuses } from "@/lib/vocabulary";
import { appName, PermissionsToDecide, WorkTable, byRef } from "./parts";

type Work = Awaited<ReturnType<typeof getOwnRequestsWork>>;

const ownReportColumns: Column<Work["reports"]["rows"][number]>[] = [
  { header: "Report", rowHeader: true, cell: (r) => <Link href={`/reports/${encodeURIComponent(r.ref)}`}>{r.ref}</Link> },
  { header: "Sent", cell: (r) => formatDateTime(r.receivedAt) },
  { header: "Status", cell: (r) => reportStatuses.labels[r.status] },
];

const ownRequestColumns = (today: string): Column<Work["requests"]["rows"][number]>[] => [
  { header: "Request", rowHeader: true, cell: (r) => <Link href="/app-permissions">{r.ref}</Link> },
  { header: "App", cell: (r) => appName(r) },
  { header: "Period asked for", cell: (r) => `${formatDate(r.startsOn)} to ${formatDate(r.requestedUntil)}` },
  { header: "Where it stands", cell: (r) => permissionStateLabels[permissionStateOn(r, today)] },
];

/** A person's own reports and app-permission requests, and, for a line manager, the requests waiting for them. */
export function OwnRequestsWork({ work, today }: { work: Work; today: string }) {
  const { reports, requests, toDecide } = work;
  return (
    <>
      {toDecide.total > 0 ? (
        <Section title="Requests waiting for your decision" id="to-decide" description="App-permission requests from the people you manage, oldest first.">
          <PermissionsToDecide list={toDecide} caption="App-permission requests waiting for your decision" />
        </Section>
      ) : null}

      <Section title="Your reports" id="your-reports" description="Reports you made of inappropriate content, newest first, and where each stands.">
        <WorkTable rows={reports.rows} empty="You have not made a report." caption="Your reports" rowKey={byRef} columns={ownReportColumns} />
        <p className="govuk-button-group">
          <Link href="/reports/new" className="govuk-button govuk-button--secondary">
            Report content
          </Link>
          {reports.total > reports.rows.length ? <Link href="/reports">All your reports</Link> : null}
        </p>
      </Section>

      <Section title="Your app-permission requests" id="your-requests" description="Requests to use a messaging app on a force phone, newest first.">
        <WorkTable
          rows={requests.rows}
          empty="You have not asked for an app permission."
          caption="Your app-permission requests"
          rowKey={byRef}
          columns={ownRequestColumns(today)}
        />
        <p className="govuk-body">
          <Link href="/app-permissions">Ask for an app permission</Link>
        </p>
      </Section>
    </>
  );
}
