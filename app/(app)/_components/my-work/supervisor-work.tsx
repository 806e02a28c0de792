import { Link } from "@/components/ui/link";
import type { Column } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import type { getSupervisorWork } from "@/db/queries/my-work";
import { formatDate, formatDateTime } from "@/lib/format";
import { platforms, reportSources, reportStatuses, stages } from "@/lib/vocabulary";
import { AtAGlance, caseColumn, MoreIn, OverdueAfter, PermissionsToDecide, WorkTable, byRef } from "./parts";

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

const decisionColumns: Column<Work["decisions"]["rows"][number]>[] = [
  caseColumn("ref"),
  { header: "Subject officers", cell: (d) => listInWords(d.officers) },
  { header: "Investigator", cell: (d) => d.investigator ?? "Unassigned" },
  {
    header: "Force target",
    cell: (d) => <OverdueAfter overdue={d.overdue}>{d.stageDueOn ? formatDate(d.stageDueOn) : "None"}</OverdueAfter>,
  },
];

const unassignedColumns: Column<Work["unassigned"]["rows"][number]>[] = [
  caseColumn("ref"),
  { header: "Summary", cell: (c) => c.summary },
  { header: "Recorded", cell: (c) => formatDate(c.recordedOn) },
  { header: "Team", cell: (c) => c.team ?? "None" },
  {
    header: "Stage",
    cell: (c) => <OverdueAfter overdue={c.overdue}>{stages.labels[c.status]}</OverdueAfter>,
  },
];

const accessEndingColumns: Column<Work["accessEnding"][number]>[] = [
  caseColumn("caseRef"),
  { header: "Held by", cell: (g) => (g.yours ? `${g.holder} (you)` : g.holder) },
  { header: "Ends", cell: (g) => formatDateTime(g.expiresAt) },
];

const reportQueueColumns: Column<Work["reports"]["rows"][number]>[] = [
  { header: "Report", rowHeader: true, cell: (r) => <Link href="/reports/queue">{r.ref}</Link> },
  { header: "Received", cell: (r) => formatDateTime(r.receivedAt) },
  { header: "How it came", cell: (r) => reportSources.labels[r.source] },
  { header: "Where", cell: (r) => platforms.labels[r.platform] },
  { header: "Status", cell: (r) => reportStatuses.labels[r.status] },
];

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
        <WorkTable rows={decisions.rows} empty="No decisions waiting." caption="Decisions waiting for you" rowKey={byRef} columns={decisionColumns} />
        {decisions.total > decisions.rows.length ? (
          <MoreIn shown={decisions.rows.length} total={decisions.total} href="/cases?status=decision&sort=due" label="Cases at the decision stage" />
        ) : null}
      </Section>

      <Section title="Unassigned cases" id="unassigned" description="Open cases nobody is assigned to, oldest first. Assign each from its page.">
        <WorkTable rows={unassigned.rows} empty="Every open case is assigned." caption="Unassigned cases" rowKey={byRef} columns={unassignedColumns} />
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
          <WorkTable
            rows={accessRequests}
            empty={<>No requests waiting. A supervisor&apos;s request for their own access needs a second supervisor&apos;s approval.</>}
            caption="Requests for access to approve"
            rowKey={(r) => String(r.grantId)}
            columns={[caseColumn("caseRef"), { header: "Asked by", cell: (r) => r.requester }, { header: "Asked", cell: (r) => formatDateTime(r.askedAt) }]}
          />
        </Section>
        <Section title="Access ending within 7 days" level={3} id="access-ending">
          <WorkTable
            rows={accessEnding}
            empty="No access ends in the next 7 days."
            caption="Access ending within 7 days"
            rowKey={(g) => String(g.grantId)}
            columns={accessEndingColumns}
          />
        </Section>
        <Section title="Restricted cases" level={3} id="restricted-cases">
          <WorkTable
            rows={restricted.rows}
            empty="There are no restricted cases."
            caption="Restricted cases, most recently recorded first"
            rowKey={(c) => c.ref}
            columns={[caseColumn("ref"), { header: "Recorded", cell: (c) => formatDate(c.recordedOn) }, { header: "Access", cell: (c) => accessInWords(c) }]}
          />
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
        <WorkTable rows={reports.rows} empty="No reports waiting." caption="Reports waiting for triage" rowKey={byRef} columns={reportQueueColumns} />
        <MoreIn shown={reports.rows.length} total={reports.total} href="/reports/queue" label="Open the report queue" />
      </Section>

      <Section title="App-permission requests to decide" id="app-permissions">
        <PermissionsToDecide list={permissionsToDecide} caption="App-permission requests to decide, oldest first" />
      </Section>
    </>
  );
}
