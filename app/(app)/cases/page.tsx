import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listRestrictedCases, listVisibleCases } from "@/db/queries/cases";
import { EmptyState } from "@/components/ui/empty-state";
import { canManageRestrictedAccess } from "@/lib/access/case-access";
import { requirePagePermission } from "@/lib/auth/session";
import { stages } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Cases" };

export default async function CasesPage() {
  const user = await requirePagePermission("cases:read");
  const db = await getDb();
  const [visible, restricted] = await Promise.all([
    listVisibleCases(db, user),
    canManageRestrictedAccess(user.role) ? listRestrictedCases(db) : Promise.resolve([]),
  ]);
  return (
    <>
      <h1>Cases</h1>
      <p className="lede">
        {user.role === "supervisor" ? "Cases of the department" : `Cases assigned to you${user.team ? ` or to ${user.team}` : ""}`}, most recently
        recorded first.
      </p>
      {visible.length === 0 ? (
        <EmptyState title="No cases to show">
          <p>No case is assigned to you or your team. A supervisor assigns new cases.</p>
        </EmptyState>
      ) : (
        <table>
          <caption className="visually-hidden">Cases, most recently recorded first</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Summary</th>
              <th scope="col">Status</th>
              <th scope="col">Recorded</th>
              <th scope="col">Assigned to</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((c) => (
              <tr key={c.ref}>
                <th scope="row">
                  <Link href={`/cases/${c.ref}`}>{c.ref}</Link>
                </th>
                <td>{c.summary}</td>
                <td>{stages.labels[c.status]}</td>
                <td>{c.recordedOn}</td>
                <td>{c.assignedToEmail ?? c.team ?? "Unassigned"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restricted.length > 0 ? (
        <section className="section" aria-labelledby="restricted-title">
          <h2 id="restricted-title">Restricted cases</h2>
          <p>Only people given access see these. Open one to give or end access.</p>
          <ul>
            {restricted.map((c) => (
              <li key={c.id}>
                <Link href={`/cases/${c.ref}`}>{c.ref}</Link> ({stages.labels[c.status]}, recorded {c.recordedOn})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
