import "server-only";
import { and, asc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { figureLookup } from "@/lib/stats/grid";
import { publishedKeys, tableLayout } from "@/lib/stats/layout";
import type { DisclosedResult } from "@/lib/stats/disclose";
import {
  canonicalSpec,
  specOfCanonical,
  specText,
  type Atom,
  type CanonicalSpec,
  type ReleaseKey,
  type ReleaseSpec,
  type ServedTable,
} from "@/lib/stats/release-check";
import type { StatsResult } from "@/lib/stats/result";
import type { Role } from "@/lib/vocabulary";
import { selectRows, type Database } from "../index";
import { disclosureReleases, figuresVersion, publishedTables } from "../schema";
import { dimensionSqlFor, subjectWhere } from "./subject-sql";

/** A published table's definition, from the builder choice it was stored with. */
function publishedSpec(parameters: Record<string, unknown>): ReleaseSpec {
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === "string" && v ? v.split(",") : undefined);
  const spec: ReleaseSpec = { dimensions: [parameters.rows, ...(parameters.cols ? [parameters.cols] : [])] as ReleaseSpec["dimensions"] };
  if (parameters.from !== undefined) spec.from = Number(parameters.from);
  if (parameters.to !== undefined) spec.to = Number(parameters.to);
  if (typeof parameters.asAt === "string") spec.asAt = parameters.asAt;
  for (const key of ["platform", "rank_group", "device"] as const) {
    const values = list(parameters[key]);
    if (values) (spec as unknown as Record<string, unknown>)[key] = values;
  }
  return spec;
}

/** The figures a result showed: every published key whose figure is not withheld. */
export function shownKeysOf(result: StatsResult | DisclosedResult): ReleaseKey[] {
  const figure = figureLookup(result);
  return publishedKeys(tableLayout(result)).filter((key) => figure(key) !== null);
}

/** Every published response's table, as everyone can read it. */
export async function listPublishedReleases(db: Database): Promise<ServedTable[]> {
  const rows = await db.select({ parameters: publishedTables.parameters, figures: publishedTables.figures }).from(publishedTables);
  return rows.map((row) => ({ spec: publishedSpec(row.parameters), shown: shownKeysOf(row.figures) }));
}

/** A figure of a served table, with when it was last shown (ISO time, so that the latest sorts last). */
interface ShownFigure {
  key: ReleaseKey;
  at: string;
}

/**
 * What a role has been served since the given time: each table once (first served
 * first), with every figure it showed since then. A table whose figures were all
 * withheld still counts: it splits the officers as any other table does.
 */
export async function listServedReleases(db: Database, role: Role, since: Date): Promise<ServedTable[]> {
  const rows = await db
    .select({ spec: disclosureReleases.spec, shown: disclosureReleases.shown })
    .from(disclosureReleases)
    .where(and(eq(disclosureReleases.role, role), gte(disclosureReleases.servedAt, since)))
    .orderBy(asc(disclosureReleases.id));
  const after = since.toISOString();
  return rows.map((row) => ({
    spec: specOfCanonical(row.spec as CanonicalSpec),
    shown: (row.shown as ShownFigure[]).filter((figure) => figure.at >= after).map((figure) => figure.key),
  }));
}

/** Advisory lock (two-key form, with the role) held while a role's served tables are written. */
const RELEASES_LOCK = 72114004;

/**
 * Records what a role was served: one row per role and table, whose figures gain the
 * time they were shown (a figure shown before keeps the later of its times), so that a
 * table asked for again adds no row. Rows and figures last served before `since` (the
 * memory period) are dropped on the way: the check no longer weighs them. New tables are
 * added in the order served, which is the order the check weighs them in afterwards. One
 * writer per role at a time (a few milliseconds), so that two requests never wait on each
 * other's rows in opposite orders.
 */
export async function recordServedReleases(
  db: Database,
  served: { role: Role; userId: number; channel: string; tables: ServedTable[]; at: Date; since: Date },
): Promise<void> {
  const bySpec = new Map<string, { spec: CanonicalSpec; shown: Map<string, ReleaseKey> }>();
  for (const table of served.tables) {
    const text = specText(table.spec);
    const entry = bySpec.get(text) ?? { spec: canonicalSpec(table.spec), shown: new Map() };
    for (const key of table.shown) entry.shown.set(JSON.stringify(key), key);
    bySpec.set(text, entry);
  }
  const at = served.at.toISOString();
  const rows = [...bySpec.values()].map((entry) => ({
    role: served.role,
    servedTo: served.userId,
    channel: served.channel,
    spec: entry.spec,
    shown: [...entry.shown.values()].map((key): ShownFigure => ({ key, at })),
    servedAt: served.at,
  }));
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${RELEASES_LOCK}, hashtext(${served.role}))`);
    await tx.delete(disclosureReleases).where(and(eq(disclosureReleases.role, served.role), lt(disclosureReleases.servedAt, served.since)));
    if (rows.length === 0) return;
    await tx
      .insert(disclosureReleases)
      .values(rows)
      .onConflictDoUpdate({
        target: [disclosureReleases.role, disclosureReleases.spec],
        set: {
          servedTo: sql`excluded.served_to`,
          channel: sql`excluded.channel`,
          servedAt: sql`greatest(${sql.raw(`"disclosure_releases"."served_at"`)}, excluded.served_at)`,
          // Each figure once, at the latest time it was shown, in the order first shown; figures past the memory period go.
          shown: sql`(select coalesce(jsonb_agg(jsonb_build_object('key', f.key, 'at', f.at) order by f.first), '[]'::jsonb)
            from (select e.value -> 'key' as key, max(e.value ->> 'at') as at, min(e.place) as first
                  from jsonb_array_elements(${sql.raw(`"disclosure_releases"."shown"`)} || excluded.shown) with ordinality as e(value, place)
                  group by e.value -> 'key') f
            where f.at >= ${served.since.toISOString()})`,
        },
      });
  });
}

/** Each subject's values for a table, or null when the table does not count them. Standards are sorted, so that one set is one value. */
function signatureSql(spec: ReleaseSpec): SQL {
  const dims = dimensionSqlFor(spec.asAt);
  const standards = sql.raw(
    `case when cardinality(s.standards) > 0 then array_to_string(array(select unnest(s.standards::text[]) order by 1), '|') else 'not_recorded' end`,
  );
  const parts = spec.dimensions.map((d) => (d === "standard" ? standards : dims[d]));
  return sql`case when ${subjectWhere(spec)} then json_build_array(${sql.join(parts, sql`, `)})::text end`;
}

/**
 * The atoms of a set of tables: subject officers grouped by the cell they fall in in
 * every table at once, restricted cases included (every aggregate counts them).
 */
export async function listAtoms(db: Database, specs: ReleaseSpec[]): Promise<Atom[]> {
  if (specs.length === 0) return [];
  const names = specs.map((_, i) => sql.identifier(`t${i}`));
  const rows = await selectRows<Record<string, string | number | null>>(
    db,
    sql`select ${sql.join(names, sql`, `)}, count(*)::int as n
        from (select ${sql.join(
          specs.map((spec, i) => sql`${signatureSql(spec)} as ${names[i]!}`),
          sql`, `,
        )}
              from subjects s join cases c on c.id = s.case_id) as signed
        group by ${sql.join(names, sql`, `)}`,
  );
  return rows
    .map((row) => ({
      count: Number(row.n),
      signature: specs.map((spec, i) => {
        const text = row[`t${i}`];
        if (text === null || text === undefined) return null;
        return (JSON.parse(String(text)) as (string | number)[]).map((v, d) => (spec.dimensions[d] === "standard" ? String(v).split("|") : [String(v)]));
      }),
    }))
    .filter((atom) => atom.signature.some((s) => s !== null));
}

/**
 * How many committed changes to what the statistics count this database has seen
 * (migration 0020): equal readings mean equal atoms for the same tables.
 */
export async function readFiguresVersion(db: Database): Promise<string> {
  const [row] = await db.select({ n: sql<string>`coalesce(sum(${figuresVersion.n}), 0)::text` }).from(figuresVersion);
  return row!.n;
}
