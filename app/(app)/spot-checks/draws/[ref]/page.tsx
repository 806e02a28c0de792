import type { Metadata } from "next";
import { viewedRecord } from "../../_lib/viewed-record";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/components/ui/link";
import { getDraw } from "@/db/queries/spot-checks";
import { formatDateTime } from "@/lib/format";
import { describeCriteria } from "@/lib/spot-checks/criteria";
import { spotCheckOutcomes } from "@/lib/vocabulary";
import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "Random draw" };

export default async function DrawPage({ params }: { params: Promise<{ ref: string }> }) {
  const draw = await viewedRecord(params, getDraw, { action: "spot_check_draw.viewed", entityType: "spot_check_draw" });
  return (
    <>
      <PageHeading back={{ href: "/spot-checks", text: "Spot-checks" }} title={<>Random draw {draw.ref}</>} />
      <SummaryList
        rows={[
          { key: "Population", value: describeCriteria(draw.criteria) },
          {
            key: "Eligible",
            value: (
              <>
                {draw.populationIds.length} people ({draw.excludedIds.length} left out as checked recently)
              </>
            ),
          },
          {
            key: "Seed",
            value: (
              <>
                <code>{draw.seed}</code>
              </>
            ),
          },
          {
            key: "Snapshot SHA-256",
            value: (
              <>
                <code>{draw.snapshotSha256}</code>
              </>
            ),
          },
          {
            key: "Drawn",
            value: (
              <>
                {formatDateTime(draw.drawnAt)} by {draw.drawnBy}
              </>
            ),
          },
        ]}
      />
      <p>
        <Link className="govuk-button govuk-button--secondary" href={`/spot-checks/draws/${draw.ref}/rerun`}>
          Re-run this draw
        </Link>
      </p>
      <DataTable
        caption={`The ${draw.sampleIds.length} people drawn, in the order drawn`}
        columns={columnsOf<{ position: number; personId: number; check: (typeof draw.checks)[number]["check"] }>([
          { header: "Order", rowHeader: true, cell: (row) => row.position },
          { header: "Person id", cell: (row) => row.personId },
          { header: "Person", cell: ({ check }) => (check ? `${check.personName} (${check.serviceNumber})` : "") },
          { header: "Check", cell: ({ check }) => (check ? <Link href={`/spot-checks/${check.ref}`}>{check.ref}</Link> : null) },
          { header: "Outcome", cell: ({ check }) => (check?.outcome ? spotCheckOutcomes.labels[check.outcome] : "To do") },
        ])}
        rows={draw.checks.map(({ personId, check }, i) => ({ position: i + 1, personId, check }))}
        rowKey={(row) => String(row.personId)}
      />
    </>
  );
}
