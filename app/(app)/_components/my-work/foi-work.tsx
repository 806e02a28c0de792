import { Link } from "@/components/ui/link";
import type { Column } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import type { getFoiWork } from "@/db/queries/my-work";
import { formatDate } from "@/lib/format";
import { workingDaysLeftInWords } from "@/lib/my-work/due-work";
import { foiStatuses } from "@/lib/vocabulary";
import { AtAGlance, MoreIn, WorkTable, byRef } from "./parts";

type Work = Awaited<ReturnType<typeof getFoiWork>>;

const foiRequestColumns = (today: string): Column<Work["requests"]["rows"][number]>[] => [
  { header: "Request", rowHeader: true, cell: (r) => <Link href="/statistics/requests">{r.ref}</Link> },
  { header: "What was asked", cell: (r) => r.subject },
  { header: "Received", cell: (r) => formatDate(r.receivedOn) },
  {
    header: "Due",
    cell: (r) => {
      const words = workingDaysLeftInWords(r.deadlineOn, today);
      return (
        <>
          {formatDate(r.deadlineOn)}{" "}
          <strong className={`govuk-tag ${words === "Overdue" ? "govuk-tag--orange" : words === "Due today" ? "govuk-tag--yellow" : "govuk-tag--grey"}`}>
            {words}
          </strong>
        </>
      );
    },
  },
  { header: "Status", cell: (r) => foiStatuses.labels[r.status] },
];

/** An FoI officer's start of the day: the requests still to answer, soonest deadline first. */
export function FoiWork({ work, today }: { work: Work; today: string }) {
  const { requests } = work;
  return (
    <>
      <AtAGlance
        items={[
          { label: "Requests to answer", value: requests.total, href: "#foi-requests" },
          { label: "Past their deadline", value: requests.overdue, href: "#foi-requests" },
        ]}
      />
      <Section
        title="Requests by deadline"
        id="foi-requests"
        description="Requests received and in progress, soonest deadline first. Each is due 20 working days after it was received (Freedom of Information Act 2000, s.10)."
      >
        <WorkTable
          rows={requests.rows}
          empty="No requests waiting for an answer."
          caption="FoI requests by deadline"
          rowKey={byRef}
          columns={foiRequestColumns(today)}
        />
        <MoreIn shown={requests.rows.length} total={requests.total} href="/statistics/requests" label="The FoI request log" />
      </Section>
    </>
  );
}
