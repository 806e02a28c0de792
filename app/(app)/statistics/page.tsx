import type { Metadata } from "next";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { countSubjects } from "@/db/queries/stats";
import { EmptyState } from "@/components/ui/empty-state";
import { StatsTable } from "@/components/stats-table";
import { requirePagePermission } from "@/lib/auth/session";
import type { StatDimension } from "@/lib/stats/dimensions";
import { periodSchema } from "@/lib/validation/stats";

export const metadata: Metadata = { title: "Statistics" };

const tables: { dimension: StatDimension; caption: string }[] = [
  { dimension: "year", caption: "By year recorded" },
  { dimension: "rank_group", caption: "By rank group" },
  { dimension: "finding", caption: "By case-to-answer finding" },
  { dimension: "sanction", caption: "By sanction" },
];

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StatisticsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("statistics:build");
  const params = await searchParams;
  const raw = {
    from: typeof params.from === "string" && params.from !== "" ? params.from : undefined,
    to: typeof params.to === "string" && params.to !== "" ? params.to : undefined,
  };
  const period = periodSchema.safeParse(raw);
  const errors = period.success ? [] : period.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));

  const db = await getDb();
  const results = period.success
    ? await Promise.all(tables.map((t) => countSubjects(db, { dimensions: [t.dimension], ...period.data })))
    : [];
  if (period.success) {
    await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "stats.viewed", entityType: "statistics", detail: period.data });
  }

  return (
    <>
      <h1>Statistics</h1>
      <p className="lede">
        Officers investigated for misuse of social media and messaging apps, counted as subject officers by the year the
        allegation was recorded. Figures are aggregated: no names or service numbers appear here.
      </p>
      {errors.length > 0 ? (
        <div className="error-summary" role="alert">
          <h2>There is a problem with the period</h2>
          <ul>
            {errors.map((e) => (
              <li key={e.field}>
                <a href={`#${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="get" className="field-row no-print" aria-label="Period">
        <div className="field">
          <label htmlFor="from">From year</label>
          <input id="from" name="from" inputMode="numeric" defaultValue={raw.from ?? "2018"} aria-invalid={errors.some((e) => e.field === "from")} />
        </div>
        <div className="field">
          <label htmlFor="to">To year</label>
          <input id="to" name="to" inputMode="numeric" defaultValue={raw.to ?? "2021"} aria-invalid={errors.some((e) => e.field === "to")} />
        </div>
        <div className="field">
          <button type="submit" className="button">
            Show figures
          </button>
        </div>
      </form>
      {period.success && results[0]?.total === 0 ? (
        <EmptyState title="No records in this period">
          <p>No allegations were recorded between {period.data.from} and {period.data.to}. Choose other years.</p>
        </EmptyState>
      ) : null}
      {period.success && (results[0]?.total ?? 0) > 0 ? (
        <>
          <h2>
            {period.data.from === period.data.to ? period.data.from : `${period.data.from} to ${period.data.to}`}
          </h2>
          <div className="table-grid">
            {results.map((result, i) => (
              <StatsTable key={tables[i]!.dimension} result={result} caption={tables[i]!.caption} />
            ))}
          </div>
          <p>
            Sanctions are those of case-to-answer findings; subject officers with no case to answer, a withdrawn
            allegation or no finding recorded are counted as &ldquo;not applicable&rdquo;.
          </p>
        </>
      ) : null}
    </>
  );
}
