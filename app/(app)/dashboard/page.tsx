import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { CountBarChart } from "@/components/charts/count-bar-chart";
import { YearFindingChart } from "@/components/charts/year-finding-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb, getReadDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getProtectedDashboard } from "@/db/queries/dashboard";
import { listEarlyInterventions } from "@/db/queries/early-intervention";
import { Withheld } from "@/components/stats-pivot";
import { requirePagePermission } from "@/server/auth/session";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { describeFilter, filterQuery, filterValues, parseDashboardFilter, type DashboardFilter } from "@/lib/dashboard/filters";
import { dimensionCharts, findingSeries, type DashboardData, type Figure } from "@/lib/dashboard/shape";
import { describeRule } from "@/lib/stats/suppression";
import { can } from "@/lib/permissions";
import { dimensionInfo, valueLabel } from "@/lib/stats/dimensions";
import { CountTable } from "./_components/count-table";
import { FilterBar } from "./_components/filter-bar";
import { formatDateTime } from "@/lib/format";
import { TextField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/form-status";
import { columnsOf, DataTable, TableOrEmpty, TotalsFooter } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import { NotificationBanner } from "@/components/ui/notification-banner";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** GOV.UK: a page that shows an error says so first in its title. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: parseDashboardFilter(await searchParams).ok ? "Dashboard" : "Error: Dashboard" };
}

const chartTitles: Record<(typeof dimensionCharts)[number], string> = {
  rank_group: "By rank group",
  sanction: "Sanctions of case-to-answer findings",
  platform: "By platform",
  device: "By device",
  source: "By how it came to notice",
  standard: "By Standard of Professional Behaviour breached",
  group_part: "By part in a group chat linked to the case",
};

const shown = (value: Figure) => (value === null ? <Withheld /> : value);

function Headline({ data, filter }: { data: DashboardData<Figure>; filter: DashboardFilter }) {
  const h = data.headline;
  const items: [string, React.ReactNode, string][] = [
    ["Subject officers recorded", shown(h.subjects), `${filter.from} to ${filter.to}`],
    ["Cases finalised", shown(h.finalisedCases), `recorded ${filter.from} to ${filter.to}`],
    [
      "Median days to finalise",
      h.medianDaysToFinalise === null ? "Not given" : String(h.medianDaysToFinalise),
      "where decision dates are recorded, for 5 cases or more",
    ],
    ["Open cases", shown(h.openCases), "today"],
    ["Overdue cases", shown(h.overdueCases), "today, past their stage's target date"],
  ];
  return (
    <dl className="app-headline">
      {items.map(([label, value, note]) => (
        <div key={label} className="app-headline__item">
          <dt>{label}</dt>
          <dd>
            <span className="app-headline__value">{value}</span>
            <span className="app-unit">{note}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The total of case counts: withheld when it is small, or when a withheld bucket would make it a sum nobody can check. */
function sumShown(rows: { count: Figure }[], k: number): Figure {
  if (rows.some((r) => r.count === null)) return null;
  const total = rows.reduce<number>((sum, r) => sum + r.count!, 0);
  return total >= 1 && total < k ? null : total;
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("dashboard:read");
  const parsed = parseDashboardFilter(await searchParams);
  if (!parsed.ok) {
    // The filters stay as written, each problem beside its field and linked from the summary.
    return (
      <>
        <h1 className="govuk-heading-l">Dashboard</h1>
        <ErrorSummary
          message="The figures are not shown until the filters are corrected."
          fieldErrors={Object.fromEntries(Object.entries(parsed.problems).map(([parameter, message]) => [parameter, [message]]))}
        />
        <FilterBar values={parsed.values} problems={parsed.problems} />
        <p>
          <Link href="/dashboard">Show the default view</Link>
        </p>
      </>
    );
  }
  const filter = parsed.data;
  const { ei: threshold, ...subjectFilter } = filter;
  const db = await getDb();
  const env = getEnv();
  const showEarlyIntervention = can(user.role, "early-intervention:read");
  let data: DashboardData<Figure>;
  try {
    data = await getProtectedDashboard(db, await getReadDb(), {
      actor: user,
      filter: subjectFilter,
      k: env.DISCLOSURE_K,
      memoryDays: env.DISCLOSURE_MEMORY_DAYS,
      channel: "dashboard",
    });
  } catch (error) {
    // A selection of fewer than k officers is refused with what to do, not drawn.
    if (!(error instanceof AppError) || error.code !== "bad_request") throw error;
    return (
      <>
        <h1 className="govuk-heading-l">Dashboard</h1>
        <FilterBar values={filterValues(filter)} />
        <NotificationBanner kind="important" role="alert">
          <p className="govuk-notification-banner__heading">{error.message}</p>
          <p>
            <Link href="/dashboard">Show the default view</Link>
          </p>
        </NotificationBanner>
      </>
    );
  }
  const flagged = showEarlyIntervention ? await listEarlyInterventions(db, user, threshold) : { total: 0, officers: [] };
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "dashboard.viewed", entityType: "statistics", detail: subjectFilter });
  const query = filterQuery(filter);
  const csv = (chart: string) => `/api/dashboard?${query}&chart=${chart}&format=csv`;
  const series = findingSeries.map((key) => ({ key, label: valueLabel("finding", key) }));

  return (
    <>
      <h1 className="govuk-heading-l">Dashboard</h1>
      <p className="govuk-body-l">Officers investigated for misuse of social media and messaging apps. Aggregated figures only: no names or service numbers.</p>
      <FilterBar values={filterValues(filter)} />
      <p className="app-print-summary">
        Filters: {describeFilter(filter)}. Produced {formatDateTime(new Date())}.
      </p>
      <Headline data={data} filter={filter} />
      <p className="app-rule">{describeRule(env.DISCLOSURE_K)} Withheld figures draw no bar in the charts.</p>
      {data.headline.subjects === 0 ? (
        <EmptyState title="No subject officers match these filters">
          <p>
            Widen the years or clear a filter. <Link href="/dashboard">Show the default view</Link>.
          </p>
        </EmptyState>
      ) : null}
      <div className="app-chart-grid">
        <ChartFigure
          id="year_finding"
          title="Recorded per year, by finding"
          unit="subject officers"
          csvHref={csv("year_finding")}
          chart={<YearFindingChart rows={data.byYear.map((y) => ({ year: y.year, ...y.counts }))} series={series} />}
          table={
            <DataTable
              caption="Subject officers recorded per year, by finding"
              captionHidden
              columns={columnsOf<(typeof data.byYear)[number]>([
                { header: "Year", rowHeader: true, cell: (y) => y.year },
                ...series.map((s) => ({ header: s.label, numeric: true, cell: (y: (typeof data.byYear)[number]) => shown(y.counts[s.key]) })),
                { header: "Total", numeric: true, cell: (y) => shown(y.total) },
              ])}
              rows={data.byYear}
              rowKey={(y) => String(y.year)}
              footer={
                <TotalsFooter
                  figures={[
                    ...series.map((s) => ({ key: s.key, figure: shown(data.findingTotals[s.key]) })),
                    { key: "total", figure: shown(data.headline.subjects) },
                  ]}
                />
              }
            />
          }
        />
        {dimensionCharts.map((dimension) => (
          <ChartFigure
            key={dimension}
            id={dimension}
            title={chartTitles[dimension]}
            unit="subject officers"
            csvHref={csv(dimension)}
            chart={<CountBarChart rows={data.byDimension[dimension]} unit="subject officers" />}
            table={
              <CountTable
                caption={chartTitles[dimension]}
                heading={dimensionInfo[dimension].label}
                unit="Subject officers"
                rows={data.byDimension[dimension]}
                total={dimension === "standard" ? undefined : dimension === "sanction" ? data.findingTotals.case_to_answer : data.headline.subjects}
              />
            }
          />
        ))}
        <ChartFigure
          id="time_to_finalise"
          title="Time from recording to finalisation"
          unit="cases"
          csvHref={csv("time_to_finalise")}
          chart={<CountBarChart rows={data.timeToFinalise} unit="cases" />}
          table={
            <CountTable
              caption="Time from recording to finalisation"
              heading="Time taken"
              unit="Cases"
              rows={data.timeToFinalise}
              total={sumShown(data.timeToFinalise, env.DISCLOSURE_K)}
            />
          }
        />
        <ChartFigure
          id="open_age"
          title="Open caseload by age, today"
          unit="cases"
          csvHref={csv("open_age")}
          chart={<CountBarChart rows={data.openByAge} unit="cases" />}
          table={<CountTable caption="Open cases by age today" heading="Age" unit="Cases" rows={data.openByAge} total={data.headline.openCases} />}
        />
      </div>
      <p className="app-unit">
        A subject officer who breached several Standards is counted under each, so that chart adds up to more than the number of officers. Sanctions are those
        of case-to-answer findings.
      </p>

      {showEarlyIntervention ? (
        <Section title="Early intervention" id="ei-title">
          <p>Officers named in at least {threshold} allegations within twelve months, at any time. Visible to supervisors only.</p>
          <form method="get" className="app-inline-form no-print" aria-label="Early-intervention threshold">
            {Object.entries(Object.fromEntries(new URLSearchParams(query)))
              .filter(([k]) => k !== "ei")
              .map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={v} />
              ))}
            <TextField name="ei" label="Threshold (allegations in twelve months)" inputMode="numeric" defaultValue={threshold} />
            <button type="submit" className="govuk-button govuk-button--secondary">
              Change threshold
            </button>
          </form>
          {flagged.total > flagged.officers.length ? (
            <p>
              {flagged.total.toLocaleString("en-GB")} officers reach this threshold. The {flagged.officers.length} with the most allegations in twelve months
              are listed; raise the threshold to narrow the list.
            </p>
          ) : null}
          <TableOrEmpty
            rows={flagged.officers}
            empty={<p>No officer reaches the threshold.</p>}
            caption="Officers reaching the early-intervention threshold"
            rowKey={(person) => String(person.serviceNumber)}
            columns={[
              {
                header: "Officer",
                rowHeader: true,
                cell: (person) => (
                  <>
                    {person.name} <span className="app-unit">({person.serviceNumber})</span>
                  </>
                ),
              },
              { header: "Why", cell: (person) => person.reason },
              {
                header: "Cases",
                cell: (person) => (
                  <>
                    {person.refs.map((ref) => (
                      <Link key={ref} href={`/cases/${ref}`} className="app-case-link">
                        {ref}
                      </Link>
                    ))}
                  </>
                ),
              },
            ]}
          />
        </Section>
      ) : null}
    </>
  );
}
