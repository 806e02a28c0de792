import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { listPublishedTables } from "@/db/queries/foi";
import { requirePagePermission } from "@/server/auth/session";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Published responses" };

export default async function PublishedPage() {
  await requirePagePermission("statistics:build");
  const tables = await listPublishedTables(await getDb());
  return (
    <>
      <PageHeading back={{ href: "/statistics", text: "Back to statistics" }} title="Published responses" />
      {tables.length === 0 ? (
        <EmptyState title="Nothing published yet">
          <p>Build a table on the statistics page and publish it to freeze its figures here.</p>
        </EmptyState>
      ) : (
        <ul>
          {tables.map((t) => (
            <li key={t.id}>
              <Link href={`/statistics/published/${t.id}`}>{t.title}</Link> ({formatDateTime(t.publishedAt)}
              {t.foiRef ? `, ${t.foiRef}` : ""})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
