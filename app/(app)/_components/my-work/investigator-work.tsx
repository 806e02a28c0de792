import { Link } from "@/components/ui/link";
import type { Column } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import type { getInvestigatorWork } from "@/db/queries/my-work";
import { describeTask } from "@/lib/conduct/clock-tasks";
import { formatDate, formatDateTime } from "@/lib/format";
import type { DueItem, WorkWeek } from "@/lib/my-work/due-work";
import { stages } from "@/lib/vocabulary";
import { AtAGlance, caseColumn, caseHref, DueTag, MoreIn, OverdueAfter, WorkTable, byRef } from "./parts";

type Work = Awaited<ReturnType<typeof getInvestigatorWork>>;

/** What falls due on the investigator's cases: statutory clocks and force targets, each by its due date. */
function DueTable({ caption, items, empty, today }: { caption: string; items: DueItem[]; empty: string; today: string }) {
  return (
    <WorkTable
      rows={items}
      empty={empty}
      caption={caption}
      rowKey={(item) => (item.source === "clock" ? `clock-${item.taskId}` : `target-${item.caseRef}`)}
      columns={[
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
      ]}
    />
  );
}

const newAssignmentColumns: Column<Work["newAssignments"][number]>[] = [
  caseColumn("ref"),
  { header: "Summary", cell: (c) => c.summary },
  { header: "Stage", cell: (c) => stages.labels[c.status] },
  { header: "Assigned", cell: (c) => formatDateTime(c.assignedAt) },
];

const myCaseColumns: Column<Work["myCases"]["rows"][number]>[] = [
  caseColumn("ref"),
  { header: "Summary", cell: (c) => c.summary },
  {
    header: "Stage",
    cell: (c) => <OverdueAfter overdue={c.overdue}>{stages.labels[c.status]}</OverdueAfter>,
  },
  { header: "Force target", cell: (c) => (c.stageDueOn ? formatDate(c.stageDueOn) : "None") },
  { header: "Next statutory clock", cell: (c) => (c.nextClockOn ? formatDate(c.nextClockOn) : "None") },
];

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
          <DueTable caption="Overdue on your cases" items={due.overdue} empty="Nothing overdue." today={week.today} />
        </Section>
        <Section title={`Due by ${formatDate(week.lastDay)}`} level={3} id="due-this-week">
          <DueTable caption="Due this week on your cases" items={due.thisWeek} empty="Nothing due this week." today={week.today} />
        </Section>
        <p className="govuk-body">
          <Link href="/cases?mine=1&overdue=1&sort=due">Your overdue cases in the case list</Link>
        </p>
      </Section>

      <Section title="New assignments" id="new-assignments">
        <WorkTable
          rows={newAssignments}
          empty={
            <>
              No new assignments. A case assigned to you is listed here until you read its <Link href="/notifications">notification</Link>.
            </>
          }
          caption="Cases newly assigned to you"
          rowKey={byRef}
          columns={newAssignmentColumns}
        />
      </Section>

      <Section
        title="Your cases"
        id="your-cases"
        description="Open cases assigned to you, and closed ones with a statutory report still to make; overdue first."
      >
        <WorkTable rows={myCases.rows} empty="No cases are assigned to you." caption="Your cases" rowKey={byRef} columns={myCaseColumns} />
        <MoreIn shown={myCases.rows.length} total={myCases.total} href="/cases?mine=1&sort=due" label="All your cases in the case list" />
      </Section>
    </>
  );
}
