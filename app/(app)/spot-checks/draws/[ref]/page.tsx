import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getDraw } from "@/db/queries/spot-checks";
import { requirePagePermission } from "@/lib/auth/session";
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
        <Link className="button button--secondary" href={`/spot-checks/draws/${draw.ref}/rerun`}>
          Re-run this draw
        </Link>
      </p>
      <table>
        <caption>The {draw.sampleIds.length} people drawn, in the order drawn</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Person id</th>
            <th scope="col">Person</th>
            <th scope="col">Check</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {draw.checks.map(({ personId, check }, i) => (
            <tr key={personId}>
              <th scope="row">{i + 1}</th>
              <td>{personId}</td>
              <td>{check ? `${check.personName} (${check.serviceNumber})` : ""}</td>
              <td>{check ? <Link href={`/spot-checks/${check.ref}`}>{check.ref}</Link> : null}</td>
              <td>{check?.outcome ? spotCheckOutcomes.labels[check.outcome] : "To do"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
