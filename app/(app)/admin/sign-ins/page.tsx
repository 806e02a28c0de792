import type { Metadata } from "next";
import { getDb } from "@/db";
import { listAccountEvents } from "@/db/queries/admin-users";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign-in log" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/London" });

const labels: Record<string, string> = {
  "auth.signed_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.sign_in_locked": "Sign-in refused: locked",
  "user.created": "Account created",
  "user.role_changed": "Role changed",
  "user.disabled": "Account disabled",
  "user.enabled": "Account re-enabled",
  "user.password_reset": "Password reset",
  "user.sessions_ended": "Sessions ended",
};

function describe(detail: unknown): string {
  if (!detail || typeof detail !== "object") return "";
  return Object.entries(detail as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(", ");
}

export default async function SignInsPage() {
  await requirePagePermission("sign-ins:read");
  const events = await listAccountEvents(await getDb());
  return (
    <>
      <h1 className="govuk-heading-l">Sign-in log</h1>
      <p className="govuk-body-l">The latest 200 sign-ins, failed attempts, lockouts and account changes. Case activity is not shown here.</p>
      {events.length === 0 ? (
        <EmptyState title="Nothing recorded yet">
          <p>Sign-ins and account changes will be listed here as they happen.</p>
        </EmptyState>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Sign-in and account events, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">When</th>
              <th className="govuk-table__header" scope="col">Event</th>
              <th className="govuk-table__header" scope="col">By</th>
              <th className="govuk-table__header" scope="col">Account</th>
              <th className="govuk-table__header" scope="col">Details</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {events.map((event) => (
              <tr className="govuk-table__row" key={event.id}>
                <td className="govuk-table__cell">{dateTime.format(event.occurredAt)}</td>
                <td className="govuk-table__cell">{labels[event.action] ?? event.action}</td>
                <td className="govuk-table__cell">{event.actorEmail ?? "—"}</td>
                <td className="govuk-table__cell">{event.entityId ?? "—"}</td>
                <td className="govuk-table__cell">{describe(event.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
