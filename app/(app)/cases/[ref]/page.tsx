import { decodeSegment, forAuditLog } from "@/lib/validation/text";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { listCaseAudit, recordAudit } from "@/db/queries/audit";
import { listCaseGrants } from "@/db/queries/case-access";
import { getCaseForViewer, getCaseIdByRef } from "@/db/queries/cases";
import { canManageRestrictedAccess } from "@/lib/access/case-access";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import {
  channels,
  contentTypes,
  devices,
  findings,
  outcomes,
  platforms,
  ranks,
  sources,
  stages,
  standards,
} from "@/lib/vocabulary";
import { FindingForm } from "./_components/finding-form";
import { GrantAccessForm, RevokeAccessButton } from "./_components/grant-access-form";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Case" };

export default async function CasePage({ params }: { params: Promise<{ ref: string }> }) {
  const user = await requirePagePermission("cases:read");
  const ref = decodeSegment((await params).ref) ?? "";
  const db = await getDb();
  const found = /^PSD-\d{4}-\d{4,6}$/.test(ref) ? await getCaseForViewer(db, user, ref) : null;

  if (!found) {
    const existing = /^PSD-\d{4}-\d{4,6}$/.test(ref) ? await getCaseIdByRef(db, ref) : null;
    await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "case.view_refused", entityType: "case", entityId: forAuditLog(ref) });
    // A supervisor may learn that a restricted case exists, to grant access; anyone else
    // gets the same answer for "not yours" as for "does not exist".
    if (!existing?.restricted || !canManageRestrictedAccess(user.role)) notFound();
    return (
      <>
        <h1>{ref} is restricted</h1>
        <p className="lede">
          Only people given access can see this case, supervisors included. Access is time-limited, needs a reason, and
          is recorded in the case&apos;s audit trail.
        </p>
        <section className="section" aria-labelledby="grant-title">
          <h2 id="grant-title">Give access</h2>
          <GrantAccessForm caseRef={ref} />
        </section>
      </>
    );
  }

  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "case.viewed", entityType: "case", entityId: ref });
  const showAudit = can(user.role, "case-audit:read");
  const [trail, grants] = await Promise.all([
    showAudit ? listCaseAudit(db, ref) : Promise.resolve([]),
    found.restricted && canManageRestrictedAccess(user.role) ? listCaseGrants(db, found.id) : Promise.resolve([]),
  ]);

  return (
    <>
      <p>
        <Link href="/cases">Back to cases</Link>
      </p>
      <h1>
        {found.ref} {found.restricted ? <span className="tag tag--warning">Restricted</span> : null}
      </h1>
      <p className="lede">{found.summary}</p>
      <dl className="summary">
        <dt>Status</dt>
        <dd>{stages.labels[found.status]}</dd>
        <dt>Recorded</dt>
        <dd>{found.recordedOn}</dd>
        <dt>Incident</dt>
        <dd>{found.incidentOn ?? "Not known"}</dd>
        <dt>How it came to notice</dt>
        <dd>{sources.labels[found.source]}</dd>
        <dt>Platform and channel</dt>
        <dd>
          {platforms.labels[found.platform]}, {channels.labels[found.channel].toLowerCase()}
          {found.groupSize ? ` of ${found.groupSize} members` : ""}
        </dd>
        <dt>Content</dt>
        <dd>{contentTypes.labels[found.contentType]}</dd>
        <dt>Device</dt>
        <dd>{devices.labels[found.device]}</dd>
        <dt>Assigned to</dt>
        <dd>{found.assignedToEmail ?? `Unassigned${found.team ? ` (${found.team})` : ""}`}</dd>
      </dl>

      <section className="section" aria-labelledby="subjects-title">
        <h2 id="subjects-title">Subject officers ({found.subjects.length})</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Officer</th>
              <th scope="col">Rank at the time</th>
              <th scope="col">Standards</th>
              <th scope="col">Stage</th>
              <th scope="col">Finding</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {found.subjects.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  {s.name} <span className="unit">({s.serviceNumber})</span>
                </th>
                <td>{ranks.labels[s.rank]}</td>
                <td>{s.standards.map((k) => standards.labels[k]).join("; ") || "Not recorded"}</td>
                <td>{stages.labels[s.stage]}</td>
                <td>{s.finding ? findings.labels[s.finding] : "Ongoing"}</td>
                <td>{s.outcome ? outcomes.labels[s.outcome] : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {can(user.role, "cases:decide") ? (
        <section className="section" aria-labelledby="decisions-title">
          <h2 id="decisions-title">Appropriate authority&apos;s decisions</h2>
          {found.subjects.map((s) => (
            <FindingForm key={s.id} subjectId={s.id} version={s.version} name={s.name} current={s.finding} today={new Date().toISOString().slice(0, 10)} />
          ))}
        </section>
      ) : null}

      {found.restricted && canManageRestrictedAccess(user.role) ? (
        <section className="section" aria-labelledby="access-title">
          <h2 id="access-title">Who may see this case</h2>
          <ul>
            {grants.map((g) => (
              <li key={g.id}>
                {g.userEmail}: {g.reason}.{" "}
                {g.revokedAt ? "Ended." : g.expiresAt < new Date() ? "Expired." : <>Until {formatDateTime(g.expiresAt)}. <RevokeAccessButton caseRef={found.ref} grantId={g.id} /></>}
              </li>
            ))}
          </ul>
          <GrantAccessForm caseRef={found.ref} />
        </section>
      ) : null}

      {showAudit ? (
        <section className="section" aria-labelledby="audit-title">
          <h2 id="audit-title">Audit trail</h2>
          <table>
            <caption className="visually-hidden">Who viewed or changed this case, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {trail.map((event) => (
                <tr key={event.id}>
                  <td>{formatDateTime(event.occurredAt)}</td>
                  <td>{event.actorEmail ?? "System"}</td>
                  <td>{event.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
