import Link from "next/link";
import type { ReactNode } from "react";
import { dueInWords } from "@/lib/my-work/due-work";

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
