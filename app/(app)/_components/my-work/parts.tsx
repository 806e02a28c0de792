import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { refColumn, TableOrEmpty } from "@/components/data-table/data-table";
import type { getOwnRequestsWork } from "@/db/queries/my-work";
import { formatDateTime } from "@/lib/format";
import { dueInWords } from "@/lib/my-work/due-work";
import { messagingApps } from "@/lib/vocabulary";

export interface Glance {
  label: string;
  value: number;
  /** The section of the page the figure counts. */
  href: string;
}

/** The day's figures at the top of the page, each a link to its list below. */
export function AtAGlance({ items }: { items: Glance[] }) {
  return (
    <dl className="app-headline">
      {items.map((item) => (
        <div key={item.label} className="app-headline__item">
          <dt>{item.label}</dt>
          <dd>
            <a href={item.href} className="govuk-link">
              <span className="app-headline__value">{item.value}</span>
              <span className="govuk-visually-hidden"> {item.label.toLowerCase()}: go to the list</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What an empty list means, said plainly. */
export function Nothing({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}

/** One list of the day's work: a table whose rows begin with their reference, or, when there are none, what that means. */
export function WorkTable<T>({ empty, ...table }: Omit<Parameters<typeof TableOrEmpty<T>>[0], "className" | "empty"> & { empty: ReactNode }) {
  return <TableOrEmpty {...table} className="app-table--refs" empty={<Nothing>{empty}</Nothing>} />;
}

/** The key of a row that has a reference. */
export const byRef = (row: { ref: string }) => row.ref;

/** A stage or a date, tagged overdue where it is. */
export function OverdueAfter({ children, overdue }: { children: ReactNode; overdue: boolean }) {
  return (
    <>
      {children} {overdue ? <strong className="govuk-tag govuk-tag--orange">Overdue</strong> : null}
    </>
  );
}

/** Under a list cut to its first rows: how many there are, and where the whole list is. */
export function MoreIn({ shown, total, href, label }: { shown: number; total: number; href: string; label: string }) {
  return (
    <p className="govuk-body">
      {total > shown ? `Showing the first ${shown} of ${total}. ` : null}
      <Link href={href} className="govuk-link">
        {label}
      </Link>
    </p>
  );
}

/** How near a due date is, as a tag: overdue in orange (as everywhere in the app), today and tomorrow in yellow. */
export function DueTag({ dueOn, today }: { dueOn: string; today: string }) {
  const words = dueInWords(dueOn, today);
  const colour = dueOn < today ? "govuk-tag--orange" : words === "Due today" || words === "Due tomorrow" ? "govuk-tag--yellow" : "govuk-tag--grey";
  return <strong className={`govuk-tag ${colour}`}>{words}</strong>;
}

export const caseHref = (ref: string) => `/cases/${encodeURIComponent(ref)}`;

/** The first column of a list of cases: the case's reference (the row's `key`), a link to its page. */
export const caseColumn = <K extends string>(key: K) => refColumn("Case", key, caseHref);

/** The app a permission is for, by the name the person gave where it is not one of the listed apps. */
export const appName = (r: { app: keyof typeof messagingApps.labels; otherApp: string | null }) =>
  r.app === "other" && r.otherApp ? r.otherApp : messagingApps.labels[r.app];

/** App-permission requests waiting for the viewer's decision, oldest first, and where to decide them. */
export function PermissionsToDecide({ list, caption }: { list: Awaited<ReturnType<typeof getOwnRequestsWork>>["toDecide"]; caption: string }) {
  return (
    <>
      <WorkTable
        rows={list.rows}
        empty="No app-permission requests waiting for a decision."
        caption={caption}
        rowKey={(r) => r.ref}
        columns={[
          { header: "Request", rowHeader: true, cell: (r) => <Link href="/app-permissions">{r.ref}</Link> },
          { header: "Asked by", cell: (r) => r.requesterName },
          { header: "App", cell: (r) => appName(r) },
          { header: "Asked", cell: (r) => formatDateTime(r.requestedAt) },
        ]}
      />
      {list.total > 0 ? <MoreIn shown={list.rows.length} total={list.total} href="/app-permissions" label="Decide on the app permissions page" /> : null}
    </>
  );
}
