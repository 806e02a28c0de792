import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { buildStatsResult, type GroupedCount, type StatsResult } from "@/lib/stats/result";
import type { StatsQuery } from "@/lib/validation/stats";
import { selectRows, type Database } from "../index";
import { dimensionSqlFor, joinedGroupPart, rollupDimensions, subjectCountsRollup, subjectGroupParts, subjectWhere, unnestStandards } from "./subject-sql";

export type SubjectCountQuery = Omit<StatsQuery, "format" | "suppress" | "layout" | "reason">;

/**
 * Subject officers counted by the chosen dimensions, with the grand total (and, for two
 * dimensions with totals, each row's and column's total) in one query: GROUPING SETS
 * gives every level at once, and grouping() says which level a row is.
 */
export async function countSubjects(db: Database, query: SubjectCountQuery, options: { useRollup?: boolean } = {}): Promise<StatsResult> {
  return shapeCounts(query, await selectRows<Record<string, string | number>>(db, countSubjectsQuery(query, options)));
}

/**
 * The statement behind countSubjects. Without an as-at date and with dimensions the
 * subject-count rollup holds, it sums the rollup (a few thousand rows) instead of
 * joining every subject to its case; `useRollup: false` forces the base tables, which
 * the tests hold it equal to and the benchmark measures it against.
 */
export function countSubjectsQuery(query: SubjectCountQuery, options: { useRollup?: boolean } = {}): SQL {
  const sqlFor = dimensionSqlFor(query.asAt);
  const byStandard = query.dimensions.includes("standard");
  const fromRollup = options.useRollup !== false && query.asAt === undefined && query.dimensions.every((d) => rollupDimensions.includes(d));
  const withMargins = query.totals === true && query.dimensions.length === 2;
  // The dimensions are computed once in an inner query and grouped by name outside it:
  // PostgreSQL would not match two copies of an expression carrying bound parameters.
  const names = query.dimensions.map((_, i) => sql.identifier(`d${i}`));
  // The part in a group chat is joined from the few memberships, not asked per subject.
  const byPart = query.dimensions.includes("group_part");
  const inner = query.dimensions.map((d, i) => sql`${d === "group_part" ? joinedGroupPart : sqlFor[d]} as ${names[i]!}`);
  const all = sql.join(names, sql`, `);
  const sets = withMargins ? sql`(${all}), (${names[0]!}), (${names[1]!}), ()` : sql`(${all}), ()`;
  if (fromRollup) {
    return sql`select ${all}, coalesce(sum(n), 0)::int as count, grouping(${all})::int as level
        from (select ${sql.join(inner, sql`, `)}, s.n from ${subjectCountsRollup} where ${subjectWhere(query)}) as counted
        group by grouping sets (${sets})`;
  }
  return sql`select ${all},
          ${byStandard ? sql`count(distinct sid)` : sql`count(*)`}::int as count,
          grouping(${all})::int as level
        from (
          select ${sql.join(inner, sql`, `)}, s.id as sid
          from subjects s
          join cases c on c.id = s.case_id
          ${byPart ? sql`left join ${subjectGroupParts} gp on gp.subject_id = s.id` : sql``}
          ${byStandard ? unnestStandards : sql``}
          where ${subjectWhere(query)}
        ) as counted
        group by grouping sets (${sets})`;
}

function shapeCounts(query: SubjectCountQuery, rows: Record<string, string | number>[]): StatsResult {
  const withMargins = query.totals === true && query.dimensions.length === 2;

  // grouping() sets a bit for each dimension rolled up, the first dimension highest.
  const n = query.dimensions.length;
  const grandLevel = (1 << n) - 1;
  let total = 0;
  const groups: GroupedCount[] = [];
  const margins = { rows: [] as GroupedCount[], columns: [] as GroupedCount[] };
  for (const row of rows) {
    const count = Number(row.count);
    const level = Number(row.level);
    if (level === grandLevel) total = count;
    // A rollup row whose count went back to zero is no group, as the base tables have none.
    else if (count === 0) continue;
    else if (level === 0) groups.push({ values: query.dimensions.map((_, i) => String(row[`d${i}`])), count });
    else if (level === 1) margins.rows.push({ values: [String(row.d0)], count });
    else margins.columns.push({ values: [String(row.d1)], count });
  }
  return buildStatsResult(query.dimensions, query, groups, total, withMargins ? margins : undefined);
}
