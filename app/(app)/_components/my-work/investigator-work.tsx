import Link from "next/link";
import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import type { getInvestigatorWork } from "@/db/queries/my-work";
import { describeTask } from "@/lib/conduct/clock-tasks";
import { formatDate, formatDateTime } from "@/lib/format";
import type { DueItem, WorkWeek } from "@/lib/my-work/due-work";
import { stages } from "@/lib/vocabulary";
import { AtAGlance, caseHref, DueTag, MoreIn, Nothing } from "./parts";

type Work = Awaited<ReturnType<typeof getInvestigatorWork>>;

function DueTable({ caption, items, today }: { caption: string; items: DueItem[]; today: string }) {
  return (
    <DataTable
      className="app-table--refs"
      caption={caption}
      captionHidden
      columns={columnsOf<DueItem>([
        {
          header: "Case",
          rowHeader: true,
          cell: (item) => <Link href={item.source === "clock" ? `${caseHref(item.caseRef)}#tasks-title` : caseHref(item.caseRef)}>{item.caseRef}</Link>,
        },
        {
          header: "What",
          cell: (item) =>
            item.source === "clock" ? (
              <>
                <strong className="govuk-tag govuk-tag--purple">Statutory clock</strong> {describeTask(item.kind, item.officer, formatDate(item.dueOn))}
              </>
            ) : (
              <>
                <strong className="govuk-tag govuk-tag--grey">Force target</strong> End of the stage &ldquo;{stages.labels[item.stage]}&rdquo; (force policy,
                not statute).
              </>
            ),
        },
        {
          header: "Due",
          cell: (item) => (
            <>
              {formatDate(item.dueOn)} <DueTag dueOn={item.dueOn} today={today} />
            </>
          ),
        },
      ])}
      rows={items}
      rowKey={(item) => (item.source === "clock" ? `clock-${item.taskId}` : `target-${item.caseRef}`)}
    />
  );
}

/** An investigator's start of the day: what is overdue and due this week, what is new, and their cases. */
export function InvestigatorWork({ work, week }: { work: Work; week: WorkWeek }) {
  const { due, newAssignments, myCases } = work;
  return (
    <>
      <AtAGlance
        items={[
          { label: "Overdue", value: due.overdue.length, href: "#overdue" },
          { label: "Due this week", value: due.thisWeek.length, href: "#due-this-week" },
          { label: "New assignments", value: newAssignments.length, href: "#new-assignments" },
          { label: "Your cases", value: myCases.total, href: "#your-cases" },
        ]}
      />
      <Section
        title="Due this week and overdue"
        id="due"
        description={
          <>
            On your cases: the statutory clocks, which the regulations set, and the force targets for each stage, which are force policy. This week is today to{" "}
            {formatDate(week.lastDay)}.
          </>
        }
      >
        <Section title="Overdue" level={3} id="overdue">
          {due.overdue.length === 0 ? <Nothing>Nothing overdue.</Nothing> : <DueTable caption="Overdue on your cases" items={due.overdue} today={week.today} />}
        </Section>
        <Section title={`Due by ${formatDate(week.lastDay)}`} level={3} id="due-this-week">
          {due.thisWeek.length === 0 ? (
            <Nothing>Nothing due this week.</Nothing>
          ) : (
            <DueTable caption="Due this week on your cases" items={due.thisWeek} today={week.today} />
          )}
        </Section>
        <p className="govuk-body">
          <Link href="/cases?mine=1&overdue=1&sort=due">Your overdue cases in the case list</Link>
        </p>
      </Section>

      <Section title="New assignments" id="new-assignments">
        {newAssignments.length === 0 ? (
          <Nothing>
            No new assignments. A case assigned to you is listed here until you read its <Link href="/notifications">notification</Link>.
          </Nothing>
        ) : (
          <DataTable
            className="app-table--refs"
            caption="Cases newly assigned to you"
            captionHidden
            columns={columnsOf<(typeof newAssignments)[number]>([
              { header: "Case", rowHeader: true, cell: (c) => <Link href={caseHref(c.ref)}>{c.ref}</Link> },
              { header: "Summary", cell: (c) => c.summary },
              { header: "Stage", cell: (c) => stages.labels[c.status] },
              { header: "Assigned", cell: (c) => formatDateTime(c.assignedAt) },
            ])}
            rows={newAssignments}
            rowKey={(c) => c.ref}
          />
        )}
      </Section>

      <Section
        title="Your cases"
        id="your-cases"
        description="Open cases assigned to you, and closed ones with a statutory report still to make; overdue first."
      >
        {myCases.total === 0 ? (
          <Nothing>No cases are assigned to you.</Nothing>
        ) : (
          <DataTable
            className="app-table--refs"
            caption="Your cases"
            captionHidden
            columns={columnsOf<(typeof myCases.rows)[number]>([
              { header: "Case", rowHeader: true, cell: (c) => <Link href={caseHref(c.ref)}>{c.ref}</Link> },
              { header: "Summary", cell: (c) => c.summary },
              {
                header: "Stage",
                cell: (c) => (
                  <>
                    {stages.labels[c.status]} {c.overdue ? <strong className="govuk-tag govuk-tag--orange">Overdue</strong> : null}
                  </>
                ),
              },
              { header: "Force target", cell: (c) => (c.stageDueOn ? formatDate(c.stageDueOn) : "None") },
              { header: "Next statutory clock", cell: (c) => (c.nextClockOn ? formatDate(c.nextClockOn) : "None") },
            ])}
            rows={myCases.rows}
            rowKey={(c) => c.ref}
          />
        )}
        <MoreIn shown={myCases.rows.length} total={myCases.total} href="/cases?mine=1&sort=due" label="All your cases in the case list" />
      </Section>
    </>
  );
}
