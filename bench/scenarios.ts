import { PgDialect } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Database } from "@/db/index";
import { listCasePage } from "@/db/queries/case-list";
import { dashboardBaseQuery, dashboardQuery, getDashboardData } from "@/db/queries/dashboard";
import { countSubjects, countSubjectsQuery, type SubjectCountQuery } from "@/db/queries/stats";
import * as schema from "@/db/schema";
import type { CaseViewer } from "@/lib/access/case-access";
import { statsToCsv } from "@/lib/stats/csv";
import { caseListQuerySchema, encodeCursor } from "@/lib/validation/case-list";
import { compare, measure, round2, type Scenario } from "./measure";

/*
 * The in-process scenarios: the app's own query code (query building, driver, shaping)
 * against bare SQL on a plain postgres.js connection, in the same run, on the same data.
 * The HTTP scenarios (the extract, load) are in bench/server.ts.
 * The bulk-import scenario makes a database of its own: bench/import-scenario.ts.
 */

const dialect = new PgDialect();

export interface BenchContext {
  /** The app's database, as the app opens it. */
  db: Database;
  /** Where the bare statements run, on a connection of their own. */
  url: string;
  runs: number;
  /** Runs for baselines that aggregate every base row (seconds each at a million). */
  slowRuns: number;
}

type Bare = { sql: string; params: unknown[] };

async function withBareConnection<T>(url: string, work: (run: (statement: Bare) => Promise<unknown>) => Promise<T>): Promise<T> {
  const raw = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work((statement) => raw.unsafe(statement.sql, statement.params as never[]));
  } finally {
    await raw.end();
  }
}

/** The statements some app code sends, caught once through drizzle's logger, to be replayed bare. */
async function statementsOf(url: string, work: (db: Database) => Promise<unknown>): Promise<Bare[]> {
  const statements: Bare[] = [];
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const db = drizzle({ client, schema, logger: { logQuery: (query, params) => statements.push({ sql: query, params }) } }) as unknown as Database;
    await work(db);
  } finally {
    await client.end();
  }
  return statements;
}

/**
 * (1) Everything the dashboard draws through the app, against the raw aggregate SQL over
 * the base tables that gives the same figures (what a BI tool would run), and against its
 * own statement run bare (what the app's code adds).
 */
export async function dashboardScenarios(context: BenchContext): Promise<Scenario[]> {
  const filter = { from: 2018, to: 2021 };
  const base = dialect.sqlToQuery(dashboardBaseQuery(filter));
  const own = dialect.sqlToQuery(dashboardQuery(filter));
  return withBareConnection(context.url, async (run) => [
    await compare(
      "dashboard",
      () => getDashboardData(context.db, filter),
      () => run(base),
      context.runs,
      context.slowRuns,
    ),
    await compare(
      "dashboard (own statement bare)",
      () => getDashboardData(context.db, filter),
      () => run(own),
      context.runs,
    ),
  ]);
}

/** (2) The case list as a supervisor sees it: the first page, page 5,000, and a filtered page sorted by due date. */
export async function caseListScenarios(context: BenchContext, viewer: CaseViewer, today: string): Promise<Scenario[]> {
  const pageSize = 50;
  // The cursor of the last row of page 4,999, found bare so that the app is timed on page 5,000 alone.
  const [deep] = await withBareConnection(
    context.url,
    async (run) =>
      (await run({
        sql: `select recorded_on::text as key, id from cases order by recorded_on desc, id desc offset $1 limit 1`,
        params: [4_999 * pageSize - 1],
      })) as {
        key: string;
        id: number;
      }[],
  );
  const pages = [
    { name: "case list: first page", params: {} },
    ...(deep ? [{ name: "case list: page 5,000", params: { after: encodeCursor(deep.key, deep.id) } }] : []),
    { name: "case list: filtered, sorted by due date", params: { platform: "whatsapp", rankGroup: "sergeant", sort: "due" } },
  ];
  const scenarios: Scenario[] = [];
  for (const page of pages) {
    const query = caseListQuerySchema.parse({ size: String(pageSize), ...page.params });
    const statements = await statementsOf(context.url, (db) => listCasePage(db, viewer, query, today));
    scenarios.push(
      await withBareConnection(context.url, (run) =>
        compare(
          page.name,
          () => listCasePage(context.db, viewer, query, today),
          async () => {
            for (const statement of statements) await run(statement);
          },
          context.runs,
        ),
      ),
    );
  }
  return scenarios;
}

/**
 * (3) A statistics table of three dimensions, as JSON and as CSV, through the engine,
 * against the raw aggregate SQL over the base tables giving the same counts (measured
 * once, the same statement for both formats).
 */
export async function statsScenarios(context: BenchContext): Promise<Scenario[]> {
  const query: SubjectCountQuery = { dimensions: ["year", "rank_group", "finding"] };
  const base = dialect.sqlToQuery(countSubjectsQuery(query, { useRollup: false }));
  const baseline = await withBareConnection(context.url, (run) => measure(() => run(base), context.slowRuns, 1));
  const formats = [
    { name: "statistics: 3 dimensions, JSON", work: async () => JSON.stringify(await countSubjects(context.db, query)) },
    { name: "statistics: 3 dimensions, CSV", work: async () => statsToCsv(await countSubjects(context.db, query)) },
  ];
  const scenarios: Scenario[] = [];
  for (const format of formats) {
    const app = await measure(format.work, context.runs);
    scenarios.push({ name: format.name, app, baseline, ratio: round2(app.median_ms / Math.max(baseline.median_ms, 0.001)) });
  }
  return scenarios;
}
