import type { Metadata } from "next";
import { viewedRecord } from "../_lib/viewed-record";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/components/ui/link";
import { getSpotCheck } from "@/db/queries/spot-checks";
import { todayIso } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { ranks, spotCheckKinds, spotCheckOutcomes } from "@/lib/vocabulary";
import { OutcomeForm } from "../_components/outcome-form";
import { SummaryList } from "@/components/ui/summary-list";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Spot-check" };

export default async function SpotCheckPage({ params }: { params: Promise<{ ref: string }> }) {
  const check = await viewedRecord(params, getSpotCheck, { action: "spot_check.viewed", entityType: "spot_check" });
  return (
    <>
      <PageHeading
        back={{ href: "/spot-checks", text: "Spot-checks" }}
        title={
          <>
            Spot-check {check.ref}: {check.personName}
          </>
        }
      />
      <dl>
        <dt>Kind</dt>
        <dd>
          {spotCheckKinds.labels[check.kind]}
          {check.drawRef ? (
            <>
              , drawn in <Link href={`/spot-checks/draws/${check.drawRef}`}>{check.drawRef}</Link>
            </>
          ) : null}
        </dd>
        <dt>Person</dt>
        <dd>
          {check.personName}, {ranks.labels[check.rank]}, {check.serviceNumber}, {check.unit}
        </dd>
        {check.kind === "with_cause" ? (
          <>
            <dt>Cause</dt>
            <dd>
              {check.causeIntelligence}
              {check.causeCaseRef ? (
                <>
                  {check.causeIntelligence ? " " : ""}Case <Link href={`/cases/${check.causeCaseRef}`}>{check.causeCaseRef}</Link>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt>Legal basis</dt>
        <dd>{check.legalBasis}</dd>
        <dt>Proportionality</dt>
        <dd>{check.proportionality}</dd>
        <dt>Data-protection impact assessment</dt>
        <dd>{check.dpiaRef}</dd>
        <dt>Opened</dt>
        <dd>
          {formatDateTime(check.createdAt)} by {check.openedBy}
        </dd>
      </dl>
      <Section title="Outcome" id="outcome-title">
        {check.outcome ? (
          <SummaryList
            rows={[
              {
                key: "Outcome",
                value: (
                  <>
                    {spotCheckOutcomes.labels[check.outcome]}
                    {check.referralCaseRef ? (
                      <>
                        {" "}
                        <Link href={`/cases/${check.referralCaseRef}`}>{check.referralCaseRef}</Link>
                      </>
                    ) : null}
                  </>
                ),
              },
              { key: "Checked on", value: check.checkedOn ? formatDate(check.checkedOn) : "Not recorded" },
              { key: "Findings", value: check.findings },
            ]}
          />
        ) : (
          <OutcomeForm checkRef={check.ref} today={todayIso()} />
        )}
      </Section>
    </>
  );
}
