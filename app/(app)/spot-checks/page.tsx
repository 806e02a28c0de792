import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { listDraws, listSpotChecks, spotCheckFigures } from "@/db/queries/spot-checks";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { describeCriteria } from "@/lib/spot-checks/criteria";
import type { DrawCriteria } from "@/lib/validation/spot-checks";
import { spotCheckKinds, spotCheckOutcomes } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Spot-checks" };

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
      <p className="lede">
        Reviews of personal phones and social-media accounts, drawn at random or opened with cause. Every check records its legal basis,
        why it is proportionate, and the data-protection impact assessment it relies on.
      </p>
      <p>
        <Link className="button" href="/spot-checks/draw">
          Draw a random sample
        </Link>{" "}
        <Link className="button button--secondary" href="/spot-checks/with-cause">
          Open a check with cause
        </Link>
      </p>

      <section className="section" aria-labelledby="figures-title">
        <h2 className="govuk-heading-m" id="figures-title">Figures</h2>
        <table>
          <caption className="visually-hidden">Spot-checks opened and done, random and with cause, and how many found something</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Opened</th>
              <th scope="col">Done</th>
              <th scope="col">Found something</th>
              <th scope="col">Referred (case opened)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.opened}</td>
                <td>{r.done}</td>
                <td>{r.foundSomething}</td>
                <td>{r.referrals}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{figures.total.opened}</td>
              <td>{figures.total.done}</td>
              <td>{figures.total.foundSomething}</td>
              <td>{figures.total.referrals}</td>
            </tr>
          </tfoot>
        </table>
        <p className="hint">&quot;Found something&quot; is words of advice or a referral.</p>
      </section>

      <section className="section" aria-labelledby="checks-title">
        <h2 className="govuk-heading-m" id="checks-title">Checks</h2>
        {checks.length === 0 ? (
          <EmptyState title="No spot-checks recorded">
            <p>Draw a random sample or open a check with cause to start.</p>
          </EmptyState>
        ) : (
          <table>
            <caption className="visually-hidden">Spot-checks, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Kind</th>
                <th scope="col">Person</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((c) => (
                <tr key={c.ref}>
                  <th scope="row">
                    <Link href={`/spot-checks/${c.ref}`}>{c.ref}</Link>
                  </th>
                  <td>{spotCheckKinds.labels[c.kind]}</td>
                  <td>
                    {c.personName} ({c.serviceNumber}), {c.unit}
                  </td>
                  <td>
                    {c.outcome ? spotCheckOutcomes.labels[c.outcome] : "To do"}
                    {c.referralCaseRef ? (
                      <>
                        {" "}
                        <Link href={`/cases/${c.referralCaseRef}`}>{c.referralCaseRef}</Link>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="section" aria-labelledby="draws-title">
        <h2 className="govuk-heading-m" id="draws-title">Random draws</h2>
        {draws.length === 0 ? (
          <p>No draws yet.</p>
        ) : (
          <table>
            <caption className="visually-hidden">Random draws, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Drawn</th>
                <th scope="col">Population</th>
                <th scope="col">Sample</th>
                <th scope="col">Seed</th>
              </tr>
            </thead>
            <tbody>
              {draws.map((d) => (
                <tr key={d.ref}>
                  <th scope="row">
                    <Link href={`/spot-checks/draws/${d.ref}`}>{d.ref}</Link>
                  </th>
                  <td>{formatDateTime(d.drawnAt)}</td>
                  <td>
                    {describeCriteria(d.criteria as DrawCriteria)}: {d.population} eligible
                  </td>
                  <td>{d.sample}</td>
                  <td>
                    <code>{d.seed}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
