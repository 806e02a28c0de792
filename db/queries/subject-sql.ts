import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { StatDimension } from "@/lib/stats/dimensions";
import type { SubjectFilter } from "@/lib/validation/stats";

/**
 * The SQL pieces every aggregate over subject officers shares (statistics API, FoI
 * tables, dashboard), over `subjects s join cases c`. Only these fixed fragments reach
 * the SQL: callers choose among them by name, never by text, and filter values are
 * bound parameters.
 */
const financialYearStart = `(extract(year from c.recorded_on)::int - case when extract(month from c.recorded_on) < 4 then 1 else 0 end)`;

/**
 * A subject officer's part in the groups linked to their case: their membership's part in
 * such a group (where they are in several, the first of their parts in the enum's order),
 * "part_not_recorded" while the investigator has not chosen one, and "not_in_group" when
 * they are a member of none.
 */
const groupPart = sql.raw(
  `coalesce((select coalesce(m.part::text, 'part_not_recorded') from chat_group_cases gc join chat_group_members m on m.group_id = gc.group_id where gc.case_id = s.case_id and m.person_id = s.person_id order by m.part nulls last limit 1), 'not_in_group')`,
);

/**
 * The same part, as a derived table of the subject officers who are members of a group
 * linked to their case (`subject_id`, `part`): read from the memberships, which are few, so
 * that a query over every subject joins it rather than asking per subject. Those it does
 * not list are "not_in_group".
 */
export const subjectGroupParts = sql.raw(
  `(select distinct on (s.id) s.id as subject_id, coalesce(m.part::text, 'part_not_recorded') as part from chat_group_cases gc join chat_group_members m on m.group_id = gc.group_id join subjects s on s.case_id = gc.case_id and s.person_id = m.person_id order by s.id, m.part nulls last)`,
);

/** The part of a subject officer, where `subjectGroupParts` is left-joined as `gp`. */
export const joinedGroupPart = sql.raw(`coalesce(gp.part, 'not_in_group')`);

/**
 * How each dimension is computed. With an as-at date, a finding or outcome dated after
 * it did not exist yet: the finding counts as ongoing and the sanction as not yet given
 * (records with no decision at all, "not recorded", stay as they are).
 */
export function dimensionSqlFor(asAt?: string): Record<StatDimension, SQL> {
  const findingKnown = asAt ? sql`(s.finding_on is null or s.finding_on <= ${asAt}::date)` : sql`true`;
  const outcomeKnown = asAt ? sql`(s.outcome_on is null or s.outcome_on <= ${asAt}::date)` : sql`true`;
  const finding = sql`case when s.finding is not null and ${findingKnown} then s.finding::text else 'ongoing' end`;
  return {
    year: sql.raw(`extract(year from c.recorded_on)::int::text`),
    financial_year: sql.raw(`${financialYearStart}::text || '-' || lpad(((${financialYearStart} + 1) % 100)::text, 2, '0')`),
    rank_group: sql.raw(`s.rank_group::text`),
    rank: sql.raw(`s.rank::text`),
    finding,
    sanction: sql`case when s.outcome is not null and ${outcomeKnown} then s.outcome::text when ${finding} = 'case_to_answer' then 'none' else 'not_applicable' end`,
    platform: sql.raw(`c.platform::text`),
    device: sql.raw(`c.device::text`),
    standard: sql.raw(`std.standard`),
    source: sql.raw(`c.source::text`),
    group_part: groupPart,
  };
}

export const dimensionSql = dimensionSqlFor();

// A subject breaching several Standards counts once under each; one with none recorded still counts.
export const unnestStandards = sql.raw(
  `cross join lateral unnest(case when cardinality(s.standards) > 0 then s.standards::text[] else array['not_recorded'] end) as std(standard)`,
);

function inList(column: string, values: readonly string[] | undefined): SQL | null {
  if (!values || values.length === 0) return null;
  return sql`${sql.raw(column)}::text in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

/** The period (years of recording, on `c`), the as-at date and the case-level filters. */
export function casePeriodAndFilters(filter: SubjectFilter & { asAt?: string }): SQL[] {
  const conditions: SQL[] = [];
  if (filter.asAt !== undefined) conditions.push(sql`c.recorded_on <= ${filter.asAt}::date`);
  if (filter.from !== undefined) conditions.push(sql`c.recorded_on >= make_date(${filter.from}::int, 1, 1)`);
  if (filter.to !== undefined) conditions.push(sql`c.recorded_on < make_date(${filter.to + 1}::int, 1, 1)`);
  for (const condition of [inList("c.platform", filter.platform), inList("c.device", filter.device)]) if (condition) conditions.push(condition);
  return conditions;
}

/** Conditions on `subjects s join cases c`: the period, and every filter. */
export function subjectWhere(filter: SubjectFilter & { asAt?: string }): SQL {
  const conditions = casePeriodAndFilters(filter);
  const rank = inList("s.rank_group", filter.rank_group);
  if (rank) conditions.push(rank);
  return conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`;
}

/**
 * The trigger-maintained subject counts (migration 0004_scale) seen under the names the
 * pieces above use, `s` and `c`, with the year as its first day: the period conditions
 * and every dimension but rank, financial year and Standard read them as they read the
 * base tables, and `sum(s.n)` counts what `count(*)` counts there.
 */
export const subjectCountsRollup = sql.raw(
  `subject_counts s cross join lateral (select make_date(s.year, 1, 1) as recorded_on, s.platform, s.device, s.source) c`,
);

/** The dimensions subject_counts holds. */
export const rollupDimensions: readonly StatDimension[] = ["year", "rank_group", "finding", "sanction", "platform", "device", "source"];
