import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Section } from "@/components/ui/section";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getFoiWork, getInvestigatorWork, getOwnRequestsWork, getSupervisorWork } from "@/db/queries/my-work";
import { todayIso } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { workWeek } from "@/lib/my-work/due-work";
import { navigationFor, type NavItem } from "@/lib/navigation";
import { roles } from "@/lib/vocabulary";
import { requirePageUser, type SessionUser } from "@/server/auth/session";
import { FoiWork } from "./_components/my-work/foi-work";
import { InvestigatorWork } from "./_components/my-work/investigator-work";
import { OwnRequestsWork } from "./_components/my-work/own-requests-work";
import { SupervisorWork } from "./_components/my-work/supervisor-work";

export const metadata: Metadata = { title: "Your work" };

/** Every case reference the page shows, for the audit entry of the view. */
function caseRefsIn(value: unknown): string[] {
  return [...new Set([...JSON.stringify(value).matchAll(/PSD-\d{4}-\d+/g)].map((m) => m[0]))];
}

/**
 * The role's own panels, read with the viewer's need-to-know applied in each query; null
 * for a role whose day starts elsewhere (the dashboard, the user list).
 */
async function workOf(user: SessionUser, today: string): Promise<{ panels: ReactNode; caseRefs: string[] } | null> {
  const db = await getDb();
  switch (user.role) {
    case "investigator": {
      const week = workWeek(today);
      const work = await getInvestigatorWork(db, user, week);
      return { panels: <InvestigatorWork work={work} week={week} />, caseRefs: caseRefsIn(work) };
    }
    case "supervisor": {
      const work = await getSupervisorWork(db, user, today);
      // Restricted cases are named by reference only, with nothing of their content: not a read of the case.
      const { restricted: _restricted, accessEnding: _ending, accessRequests: _requests, ...caseContent } = work;
      return { panels: <SupervisorWork work={work} />, caseRefs: caseRefsIn(caseContent) };
    }
    case "foi_officer":
      return { panels: <FoiWork work={await getFoiWork(db, user, today)} today={today} />, caseRefs: [] };
    case "staff":
      return { panels: <OwnRequestsWork work={await getOwnRequestsWork(db, user)} today={today} />, caseRefs: [] };
    default:
      return null;
  }
}

function OtherParts({ items }: { items: NavItem[] }) {
  return (
    <Section title="Other parts of the system" id="other-parts">
      <ul className="govuk-list">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href}>{item.label}</Link> &ndash; {item.description}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Cards({ items }: { items: NavItem[] }) {
  return (
    <ul className="app-card-grid">
      {items.map((item) => (
        <li key={item.href} className="app-card">
          <h2 className="govuk-heading-s">
            <Link href={item.href}>{item.label}</Link>
          </h2>
          <p className="govuk-body">{item.description}</p>
        </li>
      ))}
    </ul>
  );
}

/** Each role's start of the day: its own lists first, the rest of the system below. */
export default async function HomePage() {
  const user = await requirePageUser();
  const today = todayIso();
  const work = await workOf(user, today);
  if (work && work.caseRefs.length > 0) {
    // Case summaries and subject officers' names are case content, and every view of case content is audited.
    await recordAudit(await getDb(), {
      actorId: user.id,
      actorRole: user.role,
      action: "my_work.viewed",
      entityType: "case",
      detail: { cases: work.caseRefs },
    });
  }
  const items = navigationFor(user.role);
  return (
    <>
      <h1 className="govuk-heading-l">Your work</h1>
      {/* The role as written (never lower-cased: "PSD investigator" keeps its acronym). */}
      <p className="govuk-body-l">
        Your role: {roles.labels[user.role]}. Today is {formatDate(today)}.
      </p>
      {work ? (
        <>
          {work.panels}
          <OtherParts items={items} />
        </>
      ) : (
        <>
          <p className="govuk-body">These are the parts of the system your role uses.</p>
          <Cards items={items} />
        </>
      )}
    </>
  );
}
