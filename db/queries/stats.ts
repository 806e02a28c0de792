import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { StatDimension } from "@/lib/stats/dimensions";
import type { StatsQuery } from "@/lib/validation/stats";
import { buildStatsResult, type StatsResult } from "@/lib/stats/result";
import { selectRows, type Database } from "../index";

/**
 * How each dimension is computed. Only these fixed fragments ever reach the SQL:
 * the caller chooses among them by name, never by text.
 */
const dimensionSql: Record<StatDimension, SQL> = {
  year: sql.raw(`extract(year from c.recorded_on)::int::text`),
  rank_group: sql.raw(`s.rank_group::text`),
  rank: sql.raw(`s.rank::text`),
  finding: sql.raw(`coalesce(s.finding::text, 'ongoing')`),
  sanction: sql.raw(
    `case when s.outcome is not null then s.outcome::text when s.finding = 'case_to_answer' then 'none' else 'not_applicable' end`,
  ),
  platform: sql.raw(`c.platform::text`),
  device: sql.raw(`c.device::text`),
  standard: sql.raw(`std.standard`),
};

// A subject breaching several Standards counts once under each; one with none recorded still counts.
const unnestStandards = sql.raw(
  `cross join lateral unnest(case when cardinality(s.standards) > 0 then s.standards::text[] else array['not_recorded'] end) as std(standard)`,
);

export type SubjectCountQuery = Omit<StatsQuery, "format">;

/**
 * Subject officers counted by the chosen dimensions, with the grand total, in one
 * query: GROUPING SETS gives the per-group rows and the () total row together.
 */
export async function countSubjects(db: Database, query: SubjectCountQuery): Promise<StatsResult> {
  const expressions = query.dimensions.map((d) => dimensionSql[d]);
  const byStandard = query.dimensions.includes("standard");
  const conditions: SQL[] = [sql`true`];
  if (query.from !== undefined) conditions.push(sql`c.recorded_on >= make_date(${query.from}::int, 1, 1)`);
  if (query.to !== undefined) conditions.push(sql`c.recorded_on < make_date(${query.to + 1}::int, 1, 1)`);

  const selected = expressions.map((e, i) => sql`${e} as ${sql.identifier(`d${i}`)}`);
  const rows = await selectRows<Record<string, string | number>>(
    db,
    sql`select ${sql.join(selected, sql`, `)},
          ${byStandard ? sql`count(distinct s.id)` : sql`count(*)`}::int as count,
          grouping(${expressions[0]!})::int as is_total
        from subjects s
        join cases c on c.id = s.case_id
        ${byStandard ? unnestStandards : sql``}
        where ${sql.join(conditions, sql` and `)}
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
