import "server-only";
import { and, eq, gte, sql, type SQL } from "drizzle-orm";
import { figureLookup } from "@/lib/stats/grid";
import { publishedKeys, tableLayout } from "@/lib/stats/layout";
import type { DisclosedResult } from "@/lib/stats/disclose";
import { specText, type Atom, type ReleaseKey, type ReleaseSpec, type ServedTable } from "@/lib/stats/release-check";
import type { StatsResult } from "@/lib/stats/result";
import type { Role } from "@/lib/vocabulary";
import { selectRows, type Database } from "../index";
import { disclosureReleases, publishedTables } from "../schema";
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

/** What a role has been served since the given time, each table once with every figure it ever showed. */
export async function listServedReleases(db: Database, role: Role, since: Date): Promise<ServedTable[]> {
  const rows = await db
    .select({ spec: disclosureReleases.spec, shown: disclosureReleases.shown })
    .from(disclosureReleases)
    .where(and(eq(disclosureReleases.role, role), gte(disclosureReleases.servedAt, since)));
  const merged = new Map<string, { spec: ReleaseSpec; shown: Map<string, ReleaseKey> }>();
  for (const row of rows) {
    const spec = row.spec as ReleaseSpec;
    const entry = merged.get(specText(spec)) ?? { spec, shown: new Map() };
    for (const key of row.shown as ReleaseKey[]) entry.shown.set(JSON.stringify(key), key);
    merged.set(specText(spec), entry);
  }
  return [...merged.values()].map(({ spec, shown }) => ({ spec, shown: [...shown.values()] }));
}

export async function recordServedReleases(db: Pick<Database, "insert">, served: { role: Role; userId: number; channel: string; tables: ServedTable[] }): Promise<void> {
  if (served.tables.length === 0) return;
  await db.insert(disclosureReleases).values(
    served.tables.map((t) => ({ role: served.role, servedTo: served.userId, channel: served.channel, spec: t.spec, shown: t.shown })),
  );
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
        from (select ${sql.join(specs.map((spec, i) => sql`${signatureSql(spec)} as ${names[i]!}`), sql`, `)}
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
