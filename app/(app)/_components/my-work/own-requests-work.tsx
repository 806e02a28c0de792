import Link from "next/link";
import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import type { getOwnRequestsWork } from "@/db/queries/my-work";
import { permissionStateLabels, permissionStateOn } from "@/lib/app-permissions/state";
import { formatDate, formatDateTime } from "@/lib/format";
import { messagingApps, reportStatuses } from "@/lib/vocabulary";
import { MoreIn, Nothing } from "./parts";

type Work = Awaited<ReturnType<typeof getOwnRequestsWork>>;

const appName = (r: { app: keyof typeof messagingApps.labels; otherApp: string | null }) =>
  r.app === "other" && r.otherApp ? r.otherApp : messagingApps.labels[r.app];

/** A person's own reports and app-permission requests, and, for a line manager, the requests waiting for them. */
export function OwnRequestsWork({ work, today }: { work: Work; today: string }) {
  const { reports, requests, toDecide } = work;
  return (
    <>
      {toDecide.total > 0 ? (
        <Section title="Requests waiting for your decision" id="to-decide" description="App-permission requests from the people you manage, oldest first.">
          <DataTable
            className="app-table--refs"
            caption="App-permission requests waiting for your decision"
            captionHidden
            columns={columnsOf<(typeof toDecide.rows)[number]>([
              { header: "Request", rowHeader: true, cell: (r) => <Link href="/app-permissions">{r.ref}</Link> },
              { header: "Asked by", cell: (r) => r.requesterName },
              { header: "App", cell: (r) => appName(r) },
              { header: "Asked", cell: (r) => formatDateTime(r.requestedAt) },
            ])}
            rows={toDecide.rows}
            rowKey={(r) => r.ref}
          />
          <MoreIn shown={toDecide.rows.length} total={toDecide.total} href="/app-permissions" label="Decide on the app permissions page" />
        </Section>
      ) : null}

      <Section title="Your reports" id="your-reports" description="Reports you made of inappropriate content, newest first, and where each stands.">
        {reports.total === 0 ? (
          <Nothing>You have not made a report.</Nothing>
        ) : (
          <DataTable
            className="app-table--refs"
            caption="Your reports"
            captionHidden
            columns={columnsOf<(typeof reports.rows)[number]>([
              { header: "Report", rowHeader: true, cell: (r) => <Link href={`/reports/${encodeURIComponent(r.ref)}`}>{r.ref}</Link> },
              { header: "Sent", cell: (r) => formatDateTime(r.receivedAt) },
              { header: "Status", cell: (r) => reportStatuses.labels[r.status] },
            ])}
            rows={reports.rows}
            rowKey={(r) => r.ref}
          />
        )}
        <p className="govuk-button-group">
          <Link href="/reports/new" className="govuk-button govuk-button--secondary">
            Report content
          </Link>
          {reports.total > reports.rows.length ? <Link href="/reports">All your reports</Link> : null}
        </p>
      </Section>

      <Section title="Your app-permission requests" id="your-requests" description="Requests to use a messaging app on a force phone, newest first.">
        {requests.total === 0 ? (
          <Nothing>You have not asked for an app permission.</Nothing>
        ) : (
          <DataTable
            className="app-table--refs"
            caption="Your app-permission requests"
            captionHidden
            columns={columnsOf<(typeof requests.rows)[number]>([
              { header: "Request", rowHeader: true, cell: (r) => <Link href="/app-permissions">{r.ref}</Link> },
              { header: "App", cell: (r) => appName(r) },
              { header: "Period asked for", cell: (r) => `${formatDate(r.startsOn)} to ${formatDate(r.requestedUntil)}` },
              { header: "Where it stands", cell: (r) => permissionStateLabels[permissionStateOn(r, today)] },
            ])}
            rows={requests.rows}
            rowKey={(r) => r.ref}
          />
        )}
        <p className="govuk-body">
          <Link href="/app-permissions">Ask for an app permission</Link>
        </p>
      </Section>
    </>
  );
}
