import type { Metadata } from "next";
import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { getDb } from "@/db";
import { listAccountEvents } from "@/db/queries/admin-users";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/server/auth/session";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Sign-in log" };

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

const columns = columnsOf<Awaited<ReturnType<typeof listAccountEvents>>[number]>([
  { header: "When", cell: (event) => formatDateTime(event.occurredAt, { precise: true }) },
  { header: "Event", cell: (event) => labels[event.action] ?? event.action },
  { header: "By", cell: (event) => event.actorEmail ?? "—" },
  { header: "Account", cell: (event) => event.entityId ?? "—" },
  { header: "Details", cell: (event) => describe(event.detail) },
]);

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
        <DataTable caption="Sign-in and account events, newest first" captionHidden columns={columns} rows={events} rowKey={(event) => String(event.id)} />
      )}
    </>
  );
}
