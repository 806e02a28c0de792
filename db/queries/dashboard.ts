import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { bucketCaseSql, caseAgeBuckets, timeToFinaliseBuckets } from "@/lib/dashboard/buckets";
import { applyProtection, dashboardTables } from "@/lib/dashboard/disclosure";
import { dimensionCharts, shapeDashboard, type DashboardData, type DashboardRow, type Figure } from "@/lib/dashboard/shape";
import type { Role } from "@/lib/vocabulary";
import type { SubjectFilter } from "@/lib/validation/stats";
import { selectRows, type Database } from "../index";
import { keptDashboardData } from "./dashboard-cache";
import { protectTables } from "./protected-tables";
import { casePeriodAndFilters, dimensionSql, subjectCountsRollup, subjectGroupParts, subjectWhere, unnestStandards } from "./subject-sql";
import { todayIso } from "@/lib/dates";

const closedStatuses = sql.raw(`('finalised', 'withdrawn')`);

/** Cases matching the filters: case-level filters directly, rank group through any of its subjects. */
function caseFilter(filter: SubjectFilter, withPeriod: boolean): SQL {
  const conditions = casePeriodAndFilters(withPeriod ? filter : { ...filter, from: undefined, to: undefined });
  if (filter.rank_group && filter.rank_group.length > 0) {
    conditions.push(
      sql`exists (select 1 from subjects s where s.case_id = c.id and s.rank_group::text in (${sql.join(
        filter.rank_group.map((g) => sql`${g}`),
        sql`, `,
      )}))`,
    );
  }
  return conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`;
}

/**
 * Everything the dashboard draws, in one round trip: one statement whose parts are
 * unioned, each row tagged with its chart. Subject-officer figures use the period and
 * the filters; "open" and "overdue" are today's caseload under the same filters. The
 * figures come from the trigger-maintained rollups (migration 0003_scale), which the
 * tests hold equal to `dashboardBaseQuery` over the base tables. Read afresh every time:
 * pages and the API get it through `keptDashboardData` (dashboard-cache.ts).
 */
export async function getDashboardData(db: Database, filter: DashboardFilter): Promise<DashboardData> {
  const rows = await selectRows<DashboardRow>(db, dashboardQuery(filter));
  return shapeDashboard(rows, filter);
}

/** `today` (London's, lib/dates.ts) dates the open caseload: how old cases are and which are overdue. */
type DashboardFilter = SubjectFilter & { from: number; to: number; today?: string };

/**
 * The dashboard as it may be shown to this person: every subject-officer table protected
 * as the statistics page protects its tables (and, for roles without case access,
 * weighed against what they have been served), case counts protected on their own. The
 * exact figures are the same for everyone, so they are kept until the data changes.
 */
export async function getProtectedDashboard(
  db: Database,
  readDb: Database,
  request: { actor: { id: number; role: Role }; filter: DashboardFilter; k: number; memoryDays: number; channel: string },
): Promise<DashboardData<Figure>> {
  const data = await keptDashboardData(readDb, request.filter, getDashboardData);
  const tables = dashboardTables(data, request.filter);
  const protectedTables = await protectTables(db, readDb, { ...request, tables });
  return applyProtection(data, tables, protectedTables, request.k);
}

/** The counts by Standard, seen like subjectCountsRollup with `std` for the Standard. */
const standardCountsAsSubjects = sql.raw(
  `subject_standard_counts s cross join lateral (select make_date(s.year, 1, 1) as recorded_on, s.platform, s.device, s.standard) as c(recorded_on, platform, device, standard) cross join lateral (select c.standard) as std(standard)`,
);

/** Finalised cases under the filters, counted by their timing, from their rollup. */
function finalisedCounts(filter: DashboardFilter): SQL {
  const conditions = casePeriodAndFilters(filter);
  if (filter.rank_group && filter.rank_group.length > 0) {
    conditions.push(
      sql`f.rank_groups && array[${sql.join(
        filter.rank_group.map((g) => sql`${g}`),
        sql`, `,
      )}]::rank_group[]`,
    );
  }
  return sql`select f.days, f.n from finalised_case_counts f cross join lateral (select make_date(f.year, 1, 1) as recorded_on, f.platform, f.device) c
    where ${conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`}`;
}

/**
 * The median of the finalised cases' days, as percentile_cont(0.5) gives it over the
 * cases one by one: the mean of the values at the two middle places (the same place
 * when the count is odd), found on the running count of the distribution. Days whose
 * count went back to zero are left out, so that no cases give no median, as there.
 */
const medianOfCounts = sql.raw(`(
  select (min(days) filter (where running > lo) + min(days) filter (where running > hi)) / 2.0
  from (
    select days, sum(n) over (order by days) as running, floor((total - 1) / 2.0) as lo, ceil((total - 1) / 2.0) as hi
    from (select days, sum(n) as n, sum(sum(n)) over () as total from finalised where days is not null group by days having sum(n) > 0) by_days
  ) distribution
)`);

/** The dashboard's one statement, from the rollups. */
export function dashboardQuery(filter: DashboardFilter): SQL {
  const dimensions = ["year", "finding", ...dimensionCharts.filter((d) => d !== "standard" && d !== "group_part")] as const;
  // The subject counts in scope are read once, their dimensions computed once, and each chart grouped from that.
  const scoped = sql`select ${sql.join(
    dimensions.map((d) => sql`${dimensionSql[d]} as ${sql.identifier(d)}`),
    sql`, `,
  )}, s.n from ${subjectCountsRollup} where ${subjectWhere(filter)}`;
  const perDimension = dimensionCharts.map((dimension) =>
    dimension === "standard"
      ? sql`select 'standard'::text, ${dimensionSql.standard}, null::text, sum(s.n)::float8 from ${standardCountsAsSubjects} where ${subjectWhere(filter)} group by 2 having sum(s.n) > 0`
      : dimension === "group_part"
        ? // Those in a group from the few memberships; everyone else in scope is in none.
          sql`select 'group_part'::text, part, null::text, count(*)::float8 from grouped group by 2
            union all select 'group_part', 'not_in_group', null, v from (select ((select coalesce(sum(n), 0) from scoped) - (select count(*) from grouped))::float8 as v) rest where v > 0`
        : sql`select ${dimension}::text, ${sql.identifier(dimension)}, null::text, sum(n)::float8 from scoped group by 2 having sum(n) > 0`,
  );
  const parts: SQL[] = [
    sql`select 'headline'::text, 'subjects'::text, null::text, coalesce(sum(n), 0)::float8 from scoped`,
    sql`select 'year_finding', year, finding, sum(n)::float8 from scoped group by 2, 3 having sum(n) > 0`,
    ...perDimension,
    sql`select 'headline', 'finalised_cases', null, coalesce(sum(n), 0)::float8 from finalised`,
    sql`select 'headline', 'median_days', null, ${medianOfCounts}::float8`,
    sql`select 'time_to_finalise', ${sql.raw(bucketCaseSql(timeToFinaliseBuckets, "days"))}, null, sum(n)::float8 from finalised where days is not null group by 2 having sum(n) > 0`,
    ...openCaseloadParts(sql`open`, filter),
  ];
  return sql`with scoped as materialized (${scoped}),
    grouped as materialized (${groupedSubjects(filter)}),
    finalised as materialized (${finalisedCounts(filter)}),
    open as materialized (${openCases(filter)})
    select * from (${sql.join(parts, sql` union all `)}) as dashboard(chart, k1, k2, value)`;
}

/**
 * Each subject officer in scope who is a member of a group linked to their case, with
 * their part as the statistics engine's group_part gives it; the rest are "not_in_group".
 */
function groupedSubjects(filter: DashboardFilter): SQL {
  return sql`select gp.part from ${subjectGroupParts} gp join subjects s on s.id = gp.subject_id join cases c on c.id = s.case_id where ${subjectWhere(filter)}`;
}

/** Today's open caseload under the filters, whatever the period: few rows, read from the base tables. */
function openCases(filter: DashboardFilter): SQL {
  // The database's current_date is its own time zone's day; the force's day is London's.
  const today = filter.today ?? todayIso();
  return sql`select c.id, c.stage_due_on, (${today}::date - c.recorded_on) as age, ${today}::date as today
      from cases c where c.status not in ${closedStatuses} and ${caseFilter(filter, false)}`;
}

/**
 * Overdue: an open case past its stage's force target, or any case with a statutory clock
 * (a task: reg 19, reg 31, the barred and advisory lists) past its due date, as the case
 * list's overdue filter counts them.
 */
function overdueCases(filter: DashboardFilter): SQL {
  const today = filter.today ?? todayIso();
  return sql`select 'headline', 'overdue_cases', null, count(*)::float8 from cases c where ${caseFilter(filter, false)}
      and ((c.status not in ${closedStatuses} and c.stage_due_on < ${today}::date)
        or exists (select 1 from tasks t where t.case_id = c.id and t.completed_at is null and t.due_on < ${today}::date))`;
}

function openCaseloadParts(from: SQL, filter: DashboardFilter): SQL[] {
  return [
    sql`select 'headline', 'open_cases', null, count(*)::float8 from ${from} o`,
    overdueCases(filter),
    sql`select 'open_age', ${sql.raw(bucketCaseSql(caseAgeBuckets, "age"))}, null, count(*)::float8 from ${from} o group by 2`,
  ];
}

/**
 * The same figures straight from the base tables: what the rollups must always equal
 * (tests), and the raw aggregate SQL the benchmark measures the dashboard against.
 */
export function dashboardBaseQuery(filter: DashboardFilter): SQL {
  const subjectsInScope = sql`from subjects s join cases c on c.id = s.case_id where ${subjectWhere(filter)}`;
  const perDimension = dimensionCharts.map(
    (dimension) =>
      sql`select ${dimension}::text as chart, ${dimensionSql[dimension]} as k1, null::text as k2, count(*)::float8 as value
          from subjects s join cases c on c.id = s.case_id ${dimension === "standard" ? unnestStandards : sql``}
          where ${subjectWhere(filter)} group by 2`,
  );
  // A case is finalised on the last dated decision of its subjects; older records without dates are left out of the timings.
  const finalised = sql`select c.id, (max(coalesce(s.outcome_on, s.finding_on)) - c.recorded_on) as days
      from cases c join subjects s on s.case_id = c.id
      where c.status = 'finalised' and ${caseFilter(filter, true)}
      group by c.id, c.recorded_on`;
  const open = sql`(${openCases(filter)})`;

  const parts: SQL[] = [
    sql`select 'headline'::text, 'subjects'::text, null::text, count(*)::float8 ${subjectsInScope}`,
    sql`select 'year_finding', ${dimensionSql.year}, ${dimensionSql.finding}, count(*)::float8 ${subjectsInScope} group by 2, 3`,
    ...perDimension,
    sql`select 'headline', 'finalised_cases', null, count(*)::float8 from cases c where c.status = 'finalised' and ${caseFilter(filter, true)}`,
    sql`select 'headline', 'median_days', null, percentile_cont(0.5) within group (order by days)::float8 from (${finalised}) f where days is not null`,
    sql`select 'time_to_finalise', ${sql.raw(bucketCaseSql(timeToFinaliseBuckets, "days"))}, null, count(*)::float8 from (${finalised}) f where days is not null group by 2`,
    ...openCaseloadParts(open, filter),
  ];
  return sql`select * from (${sql.join(parts, sql` union all `)}) as dashboard(chart, k1, k2, value)`;
}
