import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { listNotifications } from "@/db/queries/notifications";
import { formatDateTime } from "@/lib/format";
import { notificationPath } from "@/lib/notifications/messages";
import { notificationKinds } from "@/lib/vocabulary";
import { requirePagePermission } from "@/server/auth/session";
import { MarkReadForm } from "./_components/mark-read-form";

export const metadata: Metadata = { title: "Notifications" };

/** A person's own notifications, newest first; what each names is opened on its own page, where access is checked. */
export default async function NotificationsPage() {
  const user = await requirePagePermission("notifications:read");
  const notifications = await listNotifications(await getDb(), user.id);
  const unread = notifications.filter((n) => n.readAt === null).length;
  return (
    <>
      <h1 className="govuk-heading-l">Notifications</h1>
      {notifications.length === 0 ? (
        <EmptyState title="Nothing to tell you yet">
          <p>You are told here when a case is assigned to you, a decision or a statutory deadline is due, or a request or report of yours moves on.</p>
        </EmptyState>
      ) : (
        <>
          <p>{unread === 0 ? "All read." : `${unread} unread.`}</p>
          <MarkReadForm unread={unread} />
          <DataTable
            caption="Your notifications, newest first"
            captionHidden
            columns={columnsOf<(typeof notifications)[number]>([
              { header: "What", rowHeader: true, cell: (n) => notificationKinds.labels[n.kind] },
              { header: "Reference", cell: (n) => <Link href={notificationPath(n.kind, n.reference)}>{n.reference}</Link> },
              { header: "When", cell: (n) => formatDateTime(n.createdAt) },
              { header: "Read", cell: (n) => (n.readAt ? "Read" : <strong className="govuk-tag govuk-tag--blue">Unread</strong>) },
            ])}
            rows={notifications}
            rowKey={(n) => String(n.id)}
          />
        </>
      )}
    </>
  );
}
