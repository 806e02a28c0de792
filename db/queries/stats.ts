import "server-only";
import { sql } from "drizzle-orm";
import { buildStatsResult, type StatsResult } from "@/lib/stats/result";
import type { StatsQuery } from "@/lib/validation/stats";
import { selectRows, type Database } from "../index";
import { dimensionSql, subjectWhere, unnestStandards } from "./subject-sql";

export type SubjectCountQuery = Omit<StatsQuery, "format">;

/**
 * Subject officers counted by the chosen dimensions, with the grand total, in one
 * query: GROUPING SETS gives the per-group rows and the () total row together.
 */
export async function countSubjects(db: Database, query: SubjectCountQuery): Promise<StatsResult> {
  const expressions = query.dimensions.map((d) => dimensionSql[d]);
  const byStandard = query.dimensions.includes("standard");
  const selected = expressions.map((e, i) => sql`${e} as ${sql.identifier(`d${i}`)}`);
  const rows = await selectRows<Record<string, string | number>>(
    db,
    sql`select ${sql.join(selected, sql`, `)},
          ${byStandard ? sql`count(distinct s.id)` : sql`count(*)`}::int as count,
          grouping(${expressions[0]!})::int as is_total
        from subjects s
        join cases c on c.id = s.case_id
        ${byStandard ? unnestStandards : sql``}
        where ${subjectWhere(query)}
        group by grouping sets ((${sql.join(expressions, sql`, `)}), ())`,
  );

  let total = 0;
  const groups = [];
  for (const row of rows) {
    const count = Number(row.count);
    if (Number(row.is_total) === 1) total = count;
    else groups.push({ values: query.dimensions.map((_, i) => String(row[`d${i}`])), count });
  }
  return buildStatsResult(query.dimensions, query, groups, total);
}
