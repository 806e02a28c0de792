import type { Metadata } from "next";
import { viewedRecord } from "../../../_lib/viewed-record";
import { PageHeading } from "@/components/ui/page-heading";
import { getDraw } from "@/db/queries/spot-checks";
import { verifyDraw } from "@/lib/spot-checks/draw";
import { SummaryList } from "@/components/ui/summary-list";
import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Re-run a draw" };

const verdict = (ok: boolean) =>
  ok ? <strong className="govuk-tag">Matches</strong> : <strong className="govuk-tag govuk-tag--orange">Does not match</strong>;

/** Recomputes a recorded draw from its seed and snapshot alone, and shows it against what was recorded. */
export default async function RerunPage({ params }: { params: Promise<{ ref: string }> }) {
  const { check, ...draw } = await viewedRecord(
    params,
    async (db, ref) => {
      const recorded = await getDraw(db, ref);
      return recorded && { ...recorded, check: verifyDraw(recorded) };
    },
    {
      action: "spot_check_draw.rerun",
      entityType: "spot_check_draw",
      detailOf: ({ check }) => ({ snapshotMatches: check.snapshotMatches, sampleMatches: check.sampleMatches }),
    },
  );
  return (
    <>
      <PageHeading
        back={{ href: `/spot-checks/draws/${draw.ref}`, text: <>Back to {draw.ref}</> }}
        title={<>Re-run of draw {draw.ref}</>}
        lede="The sample below is computed again now, from the recorded seed and the recorded snapshot only, and compared with the sample recorded when the draw was made."
      />
      <SummaryList
        rows={[
          {
            key: "Seed",
            value: (
              <>
                <code>{draw.seed}</code>
              </>
            ),
          },
          {
            key: "Snapshot",
            value: (
              <>
                {draw.populationIds.length} person ids, ascending{check.snapshotSorted ? "" : " (not in order!)"}
              </>
            ),
          },
          {
            key: "SHA-256 of the snapshot, recorded",
            value: (
              <>
                <code>{draw.snapshotSha256}</code>
              </>
            ),
          },
          {
            key: "SHA-256 of the snapshot, computed now",
            value: (
              <>
                <code>{check.recomputedSha256}</code> {verdict(check.snapshotMatches)}
              </>
            ),
          },
          {
            key: "Sample",
            value: (
              <>
                {verdict(check.sampleMatches)}: the same {draw.sampleIds.length} people in the same order
              </>
            ),
          },
        ]}
      />
      <DataTable
        caption="Recorded and recomputed samples, in the order drawn"
        columns={columnsOf<{ position: number; recorded: number; recomputed: number | undefined }>([
          { header: "Order", rowHeader: true, cell: (row) => row.position },
          { header: "Recorded person id", cell: (row) => row.recorded },
          { header: "Recomputed person id", cell: (row) => row.recomputed },
        ])}
        rows={draw.sampleIds.map((id, i) => ({ position: i + 1, recorded: id, recomputed: check.recomputedSample[i] }))}
        rowKey={(row) => String(row.position)}
      />
      <Section title="How to repeat it without this system" id="how-title">
        <ol>
          <li>Write the snapshot&apos;s ids in ascending order, each followed by a newline; its SHA-256 must be the one above.</li>
          <li>
            Block n of the random stream is SHA-256 of the text <code>seed:snapshot-sha256:n</code> (n = 0, 1, 2 …), read as eight big-endian 32-bit numbers.
          </li>
          <li>
            To pick below m, take the next number; if it is at or above 2<sup>32</sup> − (2<sup>32</sup> mod m) discard it and take another, otherwise use it
            modulo m.
          </li>
          <li>
            For i = 0, 1, … up to the sample size less one: pick j = i + (a number below the list&apos;s length − i), and swap the ids at positions i and j. The
            first ids of the list are the sample, in order.
          </li>
        </ol>
      </Section>
    </>
  );
}
