import Link from "next/link";
import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import type { getSupervisorWork } from "@/db/queries/my-work";
import { formatDate, formatDateTime } from "@/lib/format";
import { messagingApps, platforms, reportSources, reportStatuses, stages } from "@/lib/vocabulary";
import { AtAGlance, caseHref, MoreIn, Nothing } from "./parts";

type Work = Awaited<ReturnType<typeof getSupervisorWork>>;

/** "A", "A and B", "A, B and C". */
function listInWords(names: string[]): string {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function accessInWords(row: Work["restricted"]["rows"][number]): string {
  const yours = row.yourAccessUntil
    ? `You have access until ${formatDateTime(row.yourAccessUntil)}.`
    : row.yourRequestWaiting
      ? "Your request for access waits for a second supervisor."
      : "You have no access.";
  const others =
    row.othersWithAccess === 0
      ? "Nobody else has access."
      : `${row.othersWithAccess} other ${row.othersWithAccess === 1 ? "person has" : "people have"} access.`;
  const requests = row.requestsWaiting === 0 ? "" : ` ${row.requestsWaiting} request${row.requestsWaiting === 1 ? "" : "s"} to approve.`;
  return `${yours} ${others}${requests}`;
}

/** A supervisor's start of the day: decisions, cases to assign, access to restricted cases, reports to triage, permissions to decide. */
export function SupervisorWork({ work }: { work: Work }) {
  const { decisions, unassigned, restricted, accessEnding, accessRequests, reports, permissionsToDecide } = work;
  return (
    <>
      <AtAGlance
        items={[
          { label: "Decisions waiting", value: decisions.total, href: "#decisions" },
          { label: "Unassigned cases", value: unassigned.total, href: "#unassigned" },
          { label: "Access to review", value: accessRequests.length + accessEnding.length, href: "#restricted" },
          { label: "Reports to triage", value: reports.total, href: "#report-queue" },
        ]}
      />
      <Section
        title="Decisions waiting for you"
        id="decisions"
        description="Cases with a subject officer at the appropriate authority's decision on whether there is a case to answer (Police (Conduct) Regulations 2020, reg 23)."
      >
        {decisions.total === 0 ? (
          <Nothing>No decisions waiting.</Nothing>
        ) : (
          <DataTable
            className="app-table--refs"
            caption="Decisions waiting for you"
            captionHidden
            columns={columnsOf<(typeof decisions.rows)[number]>([
              { header: "Case", rowHeader: true, cell: (d) => <Link href={caseHref(d.ref)}>{d.ref}</Link> },
              { header: "Subject officers", cell: (d) => listInWords(d.officers) },
              { header: "Investigator", cell: (d) => d.investigator ?? "Unassigned" },
              {
                header: "Force target",
                cell: (d) => (
                  <>
                    {d.stageDueOn ? formatDate(d.stageDueOn) : "None"} {d.overdue ? <strong className="govuk-tag govuk-tag--orange">Overdue</strong> : null}
                  </>
                ),
              },
            ])}
            rows={decisions.rows}
            rowKey={(d) => d.ref}
          />
        )}
        {decisions.total > decisions.rows.length ? (
          <MoreIn shown={decisions.rows.length} total={decisions.total} href="/cases?status=decision&sort=due" label="Cases at the decision stage" />
        ) : null}
      </Section>

      <Section title="Unassigned cases" id="unassigned" description="Open cases nobody is assigned to, oldest first. Assign each from its page.">
        {unassigned.total === 0 ? (
          <Nothing>Every open case is assigned.</Nothing>
        ) : (
          <DataTable
            className="app-table--refs"
            caption="Unassigned cases"
            captionHidden
            columns={columnsOf<(typeof unassigned.rows)[number]>([
              { header: "Case", rowHeader: true, cell: (c) => <Link href={caseHref(c.ref)}>{c.ref}</Link> },
              { header: "Summary", cell: (c) => c.summary },
              { header: "Recorded", cell: (c) => formatDate(c.recordedOn) },
              { header: "Team", cell: (c) => c.team ?? "None" },
              {
                header: "Stage",
                cell: (c) => (
                  <>
                    {stages.labels[c.status]} {c.overdue ? <strong className="govuk-tag govuk-tag--orange">Overdue</strong> : null}
                  </>
                ),
              },
            ])}
            rows={unassigned.rows}
            rowKey={(c) => c.ref}
          />
        )}
        {unassigned.total > unassigned.rows.length ? (
          <MoreIn shown={unassigned.rows.length} total={unassigned.total} href="/cases" label="The case list" />
        ) : null}
      </Section>

      <Section
        title="Restricted cases and access"
        id="restricted"
        description="A restricted case is named here by its reference, the date it was recorded and who has access; its content needs a grant, yours included."
      >
        <Section title="Requests for access to approve" level={3} id="access-requests">
          {accessRequests.length === 0 ? (
            <Nothing>No requests waiting. A supervisor&apos;s request for their own access needs a second supervisor&apos;s approval.</Nothing>
          ) : (
            <DataTable
              className="app-table--refs"
              caption="Requests for access to approve"
              captionHidden
              columns={columnsOf<(typeof accessRequests)[number]>([
                { header: "Case", rowHeader: true, cell: (r) => <Link href={caseHref(r.caseRef)}>{r.caseRef}</Link> },
                { header: "Asked by", cell: (r) => r.requester },
                { header: "Asked", cell: (r) => formatDateTime(r.askedAt) },
              ])}
              rows={accessRequests}
              rowKey={(r) => String(r.grantId)}
            />
          )}
        </Section>
        <Section title="Access ending within 7 days" level={3} id="access-ending">
          {accessEnding.length === 0 ? (
            <Nothing>No access ends in the next 7 days.</Nothing>
          ) : (
            <DataTable
              className="app-table--refs"
              caption="Access ending within 7 days"
              captionHidden
              columns={columnsOf<(typeof accessEnding)[number]>([
                { header: "Case", rowHeader: true, cell: (g) => <Link href={caseHref(g.caseRef)}>{g.caseRef}</Link> },
                { header: "Held by", cell: (g) => (g.yours ? `${g.holder} (you)` : g.holder) },
                { header: "Ends", cell: (g) => formatDateTime(g.expiresAt) },
              ])}
              rows={accessEnding}
              rowKey={(g) => String(g.grantId)}
            />
          )}
        </Section>
        <Section title="Restricted cases" level={3} id="restricted-cases">
          {restricted.total === 0 ? (
            <Nothing>There are no restricted cases.</Nothing>
          ) : (
            <DataTable
              className="app-table--refs"
              caption="Restricted cases, most recently recorded first"
              captionHidden
              columns={columnsOf<(typeof restricted.rows)[number]>([
                { header: "Case", rowHeader: true, cell: (c) => <Link href={caseHref(c.ref)}>{c.ref}</Link> },
                { header: "Recorded", cell: (c) => formatDate(c.recordedOn) },
                { header: "Access", cell: (c) => accessInWords(c) },
              ])}
              rows={restricted.rows}
              rowKey={(c) => c.ref}
            />
          )}
          {restricted.total > restricted.rows.length ? (
            <p className="govuk-body">
              Showing the {restricted.rows.length} most recently recorded of {restricted.total}.
            </p>
          ) : null}
        </Section>
      </Section>

      <Section
        title="Report queue"
        id="report-queue"
        description="Reports and monitoring alerts not yet dealt with, oldest first. Who sent each and what it says are on the queue."
      >
        {reports.total === 0 ? (
          <Nothing>No reports waiting.</Nothing>
        ) : (
          <DataTable
            className="app-table--refs"
            caption="Reports waiting for triage"
            captionHidden
            columns={columnsOf<(typeof reports.rows)[number]>([
              { header: "Report", rowHeader: true, cell: (r) => <Link href="/reports/queue">{r.ref}</Link> },
              { header: "Received", cell: (r) => formatDateTime(r.receivedAt) },
              { header: "How it came", cell: (r) => reportSources.labels[r.source] },
              { header: "Where", cell: (r) => platforms.labels[r.platform] },
              { header: "Status", cell: (r) => reportStatuses.labels[r.status] },
            ])}
            rows={reports.rows}
            rowKey={(r) => r.ref}
          />
        )}
        <MoreIn shown={reports.rows.length} total={reports.total} href="/reports/queue" label="Open the report queue" />
      </Section>

      <Section title="App-permission requests to decide" id="app-permissions">
        {permissionsToDecide.total === 0 ? (
          <Nothing>No app-permission requests waiting for a decision.</Nothing>
        ) : (
          <DataTable
            className="app-table--refs"
            caption="App-permission requests to decide, oldest first"
            captionHidden
            columns={columnsOf<(typeof permissionsToDecide.rows)[number]>([
              { header: "Request", rowHeader: true, cell: (r) => <Link href="/app-permissions">{r.ref}</Link> },
              { header: "Asked by", cell: (r) => r.requesterName },
              { header: "App", cell: (r) => (r.app === "other" && r.otherApp ? r.otherApp : messagingApps.labels[r.app]) },
              { header: "Asked", cell: (r) => formatDateTime(r.requestedAt) },
            ])}
            rows={permissionsToDecide.rows}
            rowKey={(r) => r.ref}
          />
        )}
        {permissionsToDecide.total > 0 ? (
          <MoreIn
            shown={permissionsToDecide.rows.length}
            total={permissionsToDecide.total}
            href="/app-permissions"
            label="Decide on the app permissions page"
          />
        ) : null}
      </Section>
    </>
  );
}
