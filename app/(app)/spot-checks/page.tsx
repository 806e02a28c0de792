import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { listDraws, listSpotChecks, spotCheckFigures } from "@/db/queries/spot-checks";
import { requirePagePermission } from "@/server/auth/session";
import { formatDateTime } from "@/lib/format";
import { describeCriteria } from "@/lib/spot-checks/criteria";
import type { DrawCriteria } from "@/lib/validation/spot-checks";
import { spotCheckKinds, spotCheckOutcomes } from "@/lib/vocabulary";
import { columnsOf, DataTable, TableOrEmpty, refColumn, TotalsFooter, countColumns } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Spot-checks" };

const figureFields = [
  ["opened", "Opened"],
  ["done", "Done"],
  ["foundSomething", "Found something"],
  ["referrals", "Referred (case opened)"],
] as const;

export default async function SpotChecksPage() {
  await requirePagePermission("spot-checks:manage");
  const db = await getDb();
  const [figures, checks, draws] = await Promise.all([spotCheckFigures(db), listSpotChecks(db), listDraws(db)]);
  const rows = [
    { label: "Random", ...figures.random },
    { label: "With cause", ...figures.withCause },
  ];
  return (
    <>
      <h1 className="govuk-heading-l">Spot-checks</h1>
      <p className="govuk-body-l">
        Reviews of personal phones and social-media accounts, drawn at random or opened with cause. Every check records its legal basis, why it is
        proportionate, and the data-protection impact assessment it relies on.
      </p>
      <p>
        <Link className="govuk-button" href="/spot-checks/draw">
          Draw a random sample
        </Link>{" "}
        <Link className="govuk-button govuk-button--secondary" href="/spot-checks/with-cause">
          Open a check with cause
        </Link>
      </p>

      <Section title="Figures" id="figures-title">
        <DataTable
          caption={"Spot-checks opened and done, random and with cause, and how many found something"}
          captionHidden
          columns={columnsOf<(typeof rows)[number]>([{ header: "Kind", rowHeader: true, cell: (r) => r.label }, ...countColumns(figureFields)])}
          rows={rows}
          rowKey={(r) => String(r.label)}
          footer={<TotalsFooter figures={figureFields.map(([key]) => ({ key, figure: figures.total[key] }))} />}
        />
        <p className="govuk-hint">&quot;Found something&quot; is words of advice or a referral.</p>
      </Section>

      <Section title="Checks" id="checks-title">
        <TableOrEmpty
          rows={checks}
          empty={
            <EmptyState title="No spot-checks recorded">
              <p>Draw a random sample or open a check with cause to start.</p>
            </EmptyState>
          }
          caption="Spot-checks, newest first"
          rowKey={(c) => String(c.ref)}
          columns={[
            refColumn("Reference", "ref", (ref) => `/spot-checks/${ref}`),
            { header: "Kind", cell: (c) => spotCheckKinds.labels[c.kind] },
            {
              header: "Person",
              cell: (c) => (
                <>
                  {c.personName} ({c.serviceNumber}), {c.unit}
                </>
              ),
            },
            {
              header: "Outcome",
              cell: (c) => (
                <>
                  {c.outcome ? spotCheckOutcomes.labels[c.outcome] : "To do"}
                  {c.referralCaseRef ? (
                    <>
                      {" "}
                      <Link href={`/cases/${c.referralCaseRef}`}>{c.referralCaseRef}</Link>
                    </>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      </Section>

      <Section title="Random draws" id="draws-title">
        <TableOrEmpty
          rows={draws}
          empty={<p>No draws yet.</p>}
          caption="Random draws, newest first"
          rowKey={(d) => String(d.ref)}
          columns={[
            refColumn("Reference", "ref", (ref) => `/spot-checks/draws/${ref}`),
            { header: "Drawn", cell: (d) => formatDateTime(d.drawnAt) },
            {
              header: "Population",
              cell: (d) => (
                <>
                  {describeCriteria(d.criteria as DrawCriteria)}: {d.population} eligible
                </>
              ),
            },
            { header: "Sample", cell: (d) => d.sample },
            {
              header: "Seed",
              cell: (d) => <code>{d.seed}</code>,
            },
          ]}
        />
      </Section>
    </>
  );
}
