import { parseRowId } from "@/lib/validation/text";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { StatsPivot } from "@/components/stats-pivot";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { canonicalCsvSha256, getPublishedTable } from "@/db/queries/foi";
import { countBuilderTable } from "@/db/queries/statistics-table";
import { requirePagePermission } from "@/server/auth/session";
import { getEnv } from "@/lib/env";
import { can } from "@/lib/permissions";
import { builderSchema, comparePivots, toPivot } from "@/lib/stats/builder";
import { withHidden, type DisclosedResult } from "@/lib/stats/disclose";
import { figureLookup } from "@/lib/stats/grid";
import { keyText, publishedKeys, tableLayout } from "@/lib/stats/layout";
import type { StatsResult } from "@/lib/stats/result";
import { describeRule } from "@/lib/stats/suppression";
import { formatDate, formatDateTime } from "@/lib/format";
import { SummaryList } from "@/components/ui/summary-list";
import { NotificationBanner } from "@/components/ui/notification-banner";

export const metadata: Metadata = { title: "Published response" };

export default async function PublishedTablePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("statistics:build");
  const id = parseRowId((await params).id);
  const db = await getDb();
  const published = id ? await getPublishedTable(db, id) : null;
  if (!published) notFound();
  // Stored as parsed; written back to its query form so that the one schema reads it again.
  const choice = builderSchema.parse(
    Object.fromEntries(Object.entries(published.parameters as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : String(v)])),
  );
  const figures = published.figures as StatsResult | DisclosedResult;
  const k = "disclosureControl" in figures ? figures.disclosureControl.k : (choice.k ?? getEnv().DISCLOSURE_K);
  // The frozen table re-run on today's data, with the same figures withheld as when it was published.
  const exact = await countBuilderTable(db, choice);
  const publishedFigure = figureLookup(figures);
  const now =
    "disclosureControl" in figures
      ? withHidden(
          exact,
          new Set(
            publishedKeys(tableLayout(exact))
              .filter((key) => publishedFigure(key) === null)
              .map(keyText),
          ),
          k,
        )
      : exact;
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "stats.published_viewed", entityType: "published_table", entityId: String(id) });

  // Today's value of a changed figure is named only where it could not single anyone out.
  const sayable = (value: number | null) => (value === null || can(user.role, "cases:read") || value === 0 || value >= k ? value : null);
  const changes = comparePivots(toPivot(figures, choice), toPivot(now, choice));
  const changeMap = new Map(changes.map((c) => [`${c.row}\u0000${c.col}`, { now: sayable(c.now) }]));
  const unchangedHash = canonicalCsvSha256(now) === published.csvSha256;

  return (
    <>
      <p className="no-print">
        <Link href="/statistics/published">Back to published responses</Link>
      </p>
      <h1 className="govuk-heading-l">{published.title}</h1>
      <SummaryList
        rows={[
          {
            key: "Published",
            value: (
              <>
                {formatDateTime(published.publishedAt)} by {published.publishedBy}
              </>
            ),
          },
          { key: "FoI request", value: published.foiRef ?? "Not linked" },
          { key: "Figures as at", value: choice.asAt ? formatDate(choice.asAt) : "The time of publication (re-run today against current data)" },
          { key: "Disclosure control", value: <>{choice.control === "on" ? describeRule(k) : `Off: ${choice.reason}`}</> },
          {
            key: "SHA-256 of the published CSV",
            value: (
              <>
                <code>{published.csvSha256}</code>
              </>
            ),
          },
        ]}
      />
      {changes.length === 0 ? (
        <NotificationBanner kind="success" role="status">
          <p className="govuk-notification-banner__heading">
            Today&apos;s figures are the same as those published{unchangedHash ? " (the CSV hash matches)" : ""}.
          </p>
        </NotificationBanner>
      ) : (
        <NotificationBanner kind="important" role="status">
          <p className="govuk-notification-banner__heading">
            {changes.length === 1 ? "1 figure differs" : `${changes.length} figures differ`} from what was published: each is flagged below with today&apos;s
            value.
          </p>
        </NotificationBanner>
      )}
      <StatsPivot pivot={toPivot(figures, choice)} caption="As published" changes={changeMap} />
    </>
  );
}
