import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { bucketCaseSql, caseAgeBuckets, timeToFinaliseBuckets } from "@/lib/dashboard/buckets";
import { dimensionCharts, shapeDashboard, type DashboardData, type DashboardRow } from "@/lib/dashboard/shape";
import type { SubjectFilter } from "@/lib/validation/stats";
import { selectRows, type Database } from "../index";
import { casePeriodAndFilters, dimensionSql, subjectWhere, unnestStandards } from "./subject-sql";

const closedStatuses = sql.raw(`('finalised', 'withdrawn')`);

/** Cases matching the filters: case-level filters directly, rank group through any of its subjects. */
function caseFilter(filter: SubjectFilter, withPeriod: boolean): SQL {
  const conditions = casePeriodAndFilters(withPeriod ? filter : { ...filter, from: undefined, to: undefined });
  if (filter.rank_group && filter.rank_group.length > 0) {
    conditions.push(
      sql`exists (select 1 from subjects s where s.case_id = c.id and s.rank_group::text in (${sql.join(filter.rank_group.map((g) => sql`${g}`), sql`, `)}))`,
    );
  }
  return conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`;
}

/**
 * Everything the dashboard draws, in one round trip: one statement whose parts are
 * unioned, each row tagged with its chart. Subject-officer figures use the period and
 * the filters; "open" and "overdue" are today's caseload under the same filters.
 */
export async function getDashboardData(db: Database, filter: SubjectFilter & { from: number; to: number }): Promise<DashboardData> {
  const rows = await selectRows<DashboardRow>(db, dashboardQuery(filter));
  return shapeDashboard(rows, filter);
}

/** The dashboard's one statement, also run bare by the benchmark as its baseline. */
export function dashboardQuery(filter: SubjectFilter & { from: number; to: number }): SQL {
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
  const open = sql`select c.id, c.stage_due_on, (current_date - c.recorded_on) as age
      from cases c where c.status not in ${closedStatuses} and ${caseFilter(filter, false)}`;

  const parts: SQL[] = [
    sql`select 'headline'::text, 'subjects'::text, null::text, count(*)::float8 ${subjectsInScope}`,
    sql`select 'year_finding', ${dimensionSql.year}, ${dimensionSql.finding}, count(*)::float8 ${subjectsInScope} group by 2, 3`,
    ...perDimension,
    sql`select 'headline', 'finalised_cases', null, count(*)::float8 from cases c where c.status = 'finalised' and ${caseFilter(filter, true)}`,
    sql`select 'headline', 'median_days', null, percentile_cont(0.5) within group (order by days)::float8 from (${finalised}) f where days is not null`,
    sql`select 'time_to_finalise', ${sql.raw(bucketCaseSql(timeToFinaliseBuckets, "days"))}, null, count(*)::float8 from (${finalised}) f where days is not null group by 2`,
    sql`select 'headline', 'open_cases', null, count(*)::float8 from (${open}) o`,
    sql`select 'headline', 'overdue_cases', null, count(*)::float8 from (${open}) o where o.stage_due_on < current_date`,
    sql`select 'open_age', ${sql.raw(bucketCaseSql(caseAgeBuckets, "age"))}, null, count(*)::float8 from (${open}) o group by 2`,
  ];
  return sql`select * from (${sql.join(parts, sql` union all `)}) as dashboard(chart, k1, k2, value)`;
}
