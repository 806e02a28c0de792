import "server-only";
import { sql } from "drizzle-orm";
import { buildStatsResult, type GroupedCount, type StatsResult } from "@/lib/stats/result";
import type { StatsQuery } from "@/lib/validation/stats";
import { selectRows, type Database } from "../index";
import { dimensionSqlFor, subjectWhere, unnestStandards } from "./subject-sql";

export type SubjectCountQuery = Omit<StatsQuery, "format" | "suppress">;

/**
 * Subject officers counted by the chosen dimensions, with the grand total (and, for two
 * dimensions with totals, each row's and column's total) in one query: GROUPING SETS
 * gives every level at once, and grouping() says which level a row is.
 */
export async function countSubjects(db: Database, query: SubjectCountQuery): Promise<StatsResult> {
  const sqlFor = dimensionSqlFor(query.asAt);
  const byStandard = query.dimensions.includes("standard");
  const withMargins = query.totals === true && query.dimensions.length === 2;
  // The dimensions are computed once in an inner query and grouped by name outside it:
  // PostgreSQL would not match two copies of an expression carrying bound parameters.
  const names = query.dimensions.map((_, i) => sql.identifier(`d${i}`));
  const inner = query.dimensions.map((d, i) => sql`${sqlFor[d]} as ${names[i]!}`);
  const all = sql.join(names, sql`, `);
  const sets = withMargins ? sql`(${all}), (${names[0]!}), (${names[1]!}), ()` : sql`(${all}), ()`;
  const rows = await selectRows<Record<string, string | number>>(
    db,
    sql`select ${all},
          ${byStandard ? sql`count(distinct sid)` : sql`count(*)`}::int as count,
          grouping(${all})::int as level
        from (
          select ${sql.join(inner, sql`, `)}, s.id as sid
          from subjects s
          join cases c on c.id = s.case_id
          ${byStandard ? unnestStandards : sql``}
          where ${subjectWhere(query)}
        ) as counted
        group by grouping sets (${sets})`,
  );

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
    else if (level === 0) groups.push({ values: query.dimensions.map((_, i) => String(row[`d${i}`])), count });
    else if (level === 1) margins.rows.push({ values: [String(row.d0)], count });
    else margins.columns.push({ values: [String(row.d1)], count });
  }
  return buildStatsResult(query.dimensions, query, groups, total, withMargins ? margins : undefined);
}
