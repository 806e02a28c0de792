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
import type { StatDimension } from "@/lib/stats/dimensions";
import { arrangeAtoms, AtomSetBuilder, distinctSpecs, type AtomSet } from "@/lib/stats/atom-sets";
import { joinedGroupPart, subjectGroupParts } from "./subject-sql";

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

/** What a group of alike subject officers holds: only the columns the tables asked for need are read. */
interface SubjectGroup {
  year: number;
  early: boolean | null;
  platform: string | null;
  device: string | null;
  source: string | null;
  rank_group: string | null;
  rank: string | null;
  finding: string | null;
  outcome: string | null;
  standards: string[] | null;
  group_part: string | null;
  /** Per as-at date asked for: recorded by then, finding known by then, sanction known by then. */
  as_at: [boolean, boolean, boolean][] | null;
  n: number;
}

/**
 * The columns a set of tables splits officers by, grouped in the database. Only what some
 * table needs is read, so that the groups are as few as the tables allow (at 1,000,000
 * subjects this replaced a query building every table's cell per subject, 10 to 20 s).
 */
function subjectGroupsSql(specs: ReleaseSpec[], asAts: string[]): SQL {
  const uses = (dimension: StatDimension) => specs.some((spec) => spec.dimensions.includes(dimension));
  const filters = (key: "platform" | "device" | "rank_group") => specs.some((spec) => (spec[key]?.length ?? 0) > 0);
  const finding = uses("finding") || uses("sanction");
  const column = (needed: boolean, expression: string, name: string) => sql.raw(`${needed ? expression : "null"} as ${name}`);
  const asAt =
    asAts.length === 0
      ? sql.raw("null::jsonb as as_at")
      : sql`jsonb_build_array(${sql.join(
          asAts.map(
            (date) =>
              sql`jsonb_build_array(c.recorded_on <= ${date}::date, s.finding_on is null or s.finding_on <= ${date}::date, s.outcome_on is null or s.outcome_on <= ${date}::date)`,
          ),
          sql`, `,
        )}) as as_at`;
  // Grouped by the enums themselves, which compare as numbers (by text they took twice as
  // long at a million subjects), and made text once grouped.
  const selected = [
    sql.raw("extract(year from c.recorded_on)::int as year"),
    column(uses("financial_year"), "extract(month from c.recorded_on) < 4", "early"),
    column(uses("platform") || filters("platform"), "c.platform", "platform"),
    column(uses("device") || filters("device"), "c.device", "device"),
    column(uses("source"), "c.source", "source"),
    column(uses("rank_group") || filters("rank_group"), "s.rank_group", "rank_group"),
    column(uses("rank"), "s.rank", "rank"),
    column(finding, "s.finding", "finding"),
    column(uses("sanction"), "s.outcome", "outcome"),
    column(uses("standard"), "s.standards", "standards"),
    sql`${uses("group_part") ? joinedGroupPart : sql.raw("null")} as group_part`,
    asAt,
  ];
  const groups = selected.map((_, i) => sql.raw(String(i + 1)));
  return sql`select year, early, platform::text, device::text, source::text, rank_group::text, rank::text, finding::text, outcome::text,
      standards::text[], group_part::text, as_at, n
    from (select ${sql.join(selected, sql`, `)}, count(*)::int as n
      from subjects s join cases c on c.id = s.case_id
      ${uses("group_part") ? sql`left join ${subjectGroupParts} gp on gp.subject_id = s.id` : sql``}
      group by ${sql.join(groups, sql`, `)}) as alike`;
}

/**
 * A group's values in a table, or null when the table does not count them: the rules of
 * dimensionSqlFor and subjectWhere (lib's subject-sql), applied to a group's columns.
 * Standards come sorted, so that one set is one value.
 */
function signatureOf(group: SubjectGroup, spec: ReleaseSpec, asAtIndex: number | null): string[][] | null {
  const knownAt = asAtIndex === null ? null : group.as_at![asAtIndex]!;
  if (knownAt && !knownAt[0]) return null;
  if (spec.from !== undefined && group.year < spec.from) return null;
  if (spec.to !== undefined && group.year > spec.to) return null;
  const outside = (list: readonly string[] | undefined, value: string | null) => list !== undefined && list.length > 0 && !list.includes(value!);
  if (outside(spec.platform, group.platform) || outside(spec.device, group.device) || outside(spec.rank_group, group.rank_group)) return null;
  const finding = group.finding !== null && (knownAt?.[1] ?? true) ? group.finding : "ongoing";
  return spec.dimensions.map((dimension): string[] => {
    switch (dimension) {
      case "year":
        return [String(group.year)];
      case "financial_year": {
        const start = group.year - (group.early ? 1 : 0);
        return [`${start}-${String((start + 1) % 100).padStart(2, "0")}`];
      }
      case "finding":
        return [finding];
      case "sanction":
        return [group.outcome !== null && (knownAt?.[2] ?? true) ? group.outcome : finding === "case_to_answer" ? "none" : "not_applicable"];
      case "standard":
        return group.standards && group.standards.length > 0 ? [...group.standards].sort() : ["not_recorded"];
      default:
        return [group[dimension]!];
    }
  });
}

/**
 * The atoms of a set of distinct tables (subject officers grouped by the cell they fall in
 * in every table at once, restricted cases included: every aggregate counts them), in
 * no particular order: what `arrangeAtoms` puts in a request's order, and what is kept
 * between requests (by the tables as a set, whatever order a request names them in).
 */
export async function groupAtoms(db: Database, specs: ReleaseSpec[]): Promise<AtomSet> {
  const atoms = new AtomSetBuilder(specs.length);
  if (specs.length === 0) return atoms.build();
  const asAts = [...new Set(specs.flatMap((spec) => (spec.asAt ? [spec.asAt] : [])))];
  const groups = await selectRows<SubjectGroup>(db, subjectGroupsSql(specs, asAts));
  for (const group of groups) {
    atoms.add(
      specs.map((spec) => signatureOf(group, spec, spec.asAt ? asAts.indexOf(spec.asAt) : null)),
      Number(group.n),
    );
  }
  return atoms.build();
}

/** The atoms of a set of tables, in the order `arrangeAtoms` gives. A table asked for twice is read once. */
export async function listAtoms(db: Database, specs: ReleaseSpec[]): Promise<Atom[]> {
  const grouped = distinctSpecs(specs);
  return arrangeAtoms(grouped, await groupAtoms(db, grouped), specs);
}

/**
 * How many committed changes to what the statistics count this database has seen
 * (migration 0020): equal readings mean equal atoms for the same tables.
 */
export async function readFiguresVersion(db: Database): Promise<string> {
  const [row] = await db.select({ n: sql<string>`coalesce(sum(${figuresVersion.n}), 0)::text` }).from(figuresVersion);
  return row!.n;
}
