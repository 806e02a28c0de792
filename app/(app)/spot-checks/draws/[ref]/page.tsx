import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getDraw } from "@/db/queries/spot-checks";
import { requirePagePermission } from "@/server/auth/session";
import { formatDateTime } from "@/lib/format";
import { describeCriteria } from "@/lib/spot-checks/criteria";
import { spotCheckOutcomes } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Random draw" };

export default async function DrawPage({ params }: { params: Promise<{ ref: string }> }) {
  const user = await requirePagePermission("spot-checks:manage");
  const { ref } = await params;
  const db = await getDb();
  const draw = await getDraw(db, ref);
  if (!draw) notFound();
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "spot_check_draw.viewed", entityType: "spot_check_draw", entityId: ref });
  return (
    <>
      <p>
        <Link href="/spot-checks">Spot-checks</Link>
      </p>
      <h1 className="govuk-heading-l">Random draw {draw.ref}</h1>
      <dl>
        <dt>Population</dt>
        <dd>{describeCriteria(draw.criteria)}</dd>
        <dt>Eligible</dt>
        <dd>
          {draw.populationIds.length} people ({draw.excludedIds.length} left out as checked recently)
        </dd>
        <dt>Seed</dt>
        <dd>
          <code>{draw.seed}</code>
        </dd>
        <dt>Snapshot SHA-256</dt>
        <dd>
          <code>{draw.snapshotSha256}</code>
        </dd>
        <dt>Drawn</dt>
        <dd>
          {formatDateTime(draw.drawnAt)} by {draw.drawnBy}
        </dd>
      </dl>
      <p>
        <Link className="govuk-button govuk-button--secondary" href={`/spot-checks/draws/${draw.ref}/rerun`}>
          Re-run this draw
        </Link>
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">The {draw.sampleIds.length} people drawn, in the order drawn</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="col">Order</th>
            <th className="govuk-table__header" scope="col">Person id</th>
            <th className="govuk-table__header" scope="col">Person</th>
            <th className="govuk-table__header" scope="col">Check</th>
            <th className="govuk-table__header" scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {draw.checks.map(({ personId, check }, i) => (
            <tr className="govuk-table__row" key={personId}>
              <th className="govuk-table__header" scope="row">{i + 1}</th>
              <td className="govuk-table__cell">{personId}</td>
              <td className="govuk-table__cell">{check ? `${check.personName} (${check.serviceNumber})` : ""}</td>
              <td className="govuk-table__cell">{check ? <Link href={`/spot-checks/${check.ref}`}>{check.ref}</Link> : null}</td>
              <td className="govuk-table__cell">{check?.outcome ? spotCheckOutcomes.labels[check.outcome] : "To do"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
