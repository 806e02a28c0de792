/**
 * `npm run bench:release-check [-- --requests N]`: what the release check of the figures
 * pages costs, through the app's own query functions on a PostgreSQL database of its own
 * (seeded with the demo): N dashboards in a row as the senior officer, N statistics
 * tables as the FoI officer (the same table again and again, then a different table
 * each time), with the median and p95 per request and the rows the check keeps. Not an
 * HTTP benchmark: it isolates the check from rendering. BENCH_POSTGRES_URL defaults to
 * the local test server.
 */
import { count, eq } from "drizzle-orm";
import { openDatabase, type Database } from "@/db/index";
import { prepareDatabase } from "@/db/prepare";
import { getProtectedDashboard } from "@/db/queries/dashboard";
import { forgetKeptDashboards } from "@/db/queries/dashboard-cache";
import { forgetKeptDecisions } from "@/db/queries/protected-tables";
import { buildStatisticsTable } from "@/db/queries/statistics-table";
import { disclosureReleases, users } from "@/db/schema";
import { parseBuilder, type BuilderChoice } from "@/lib/stats/builder";
import { createTestPostgresDatabase, postgresAdminUrl } from "@/tests/postgres";
import { numberOption } from "../scripts/cli-options";

const K = 5;
const MEMORY_DAYS = 365;

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median_ms: Math.round(at(0.5) * 10) / 10, p95_ms: Math.round(at(0.95) * 10) / 10, total_s: Math.round(times.reduce((a, b) => a + b, 0)) / 1000 };
}

async function timed(n: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  return times;
}

function choiceOf(query: Record<string, string>): BuilderChoice {
  const parsed = parseBuilder(query);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
}

async function main() {
  const requests = numberOption("requests", 200);
  const created = await createTestPostgresDatabase(process.env.BENCH_POSTGRES_URL ?? postgresAdminUrl(), "release_check");
  const handle = await openDatabase({ kind: "postgres", url: created.url });
  try {
    await prepareDatabase(handle, { seedDemo: true });
    const db: Database = handle.db;
    const actor = async (email: string) => (await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email)))[0]!;
    const senior = await actor("senior@demo.police.uk");
    const foi = await actor("foi@demo.police.uk");
    const rows = async () => (await db.select({ n: count() }).from(disclosureReleases))[0]!.n;

    const results: Record<string, unknown>[] = [];
    const filters = [2018, 2019, 2020].map((from) => ({ from, to: 2024 }));
    const dashboard = await timed(requests, (i) =>
      getProtectedDashboard(db, db, { actor: senior, filter: filters[i % filters.length]!, k: K, memoryDays: MEMORY_DAYS, channel: "dashboard" }),
    );
    results.push({ scenario: `senior dashboard, 3 filters in turn, x${requests}`, ...summary(dashboard), rows_kept: await rows() });
    // The same, deciding afresh each time: what a dashboard costs after every change to the data.
    const afresh = await timed(requests, async (i) => {
      await forgetKeptDecisions(db);
      forgetKeptDashboards();
      return getProtectedDashboard(db, db, { actor: senior, filter: filters[i % filters.length]!, k: K, memoryDays: MEMORY_DAYS, channel: "dashboard" });
    });
    results.push({ scenario: `senior dashboard, decided afresh each time, x${requests}`, ...summary(afresh), rows_kept: await rows() });

    const same = choiceOf({ rows: "year", cols: "rank_group", from: "2018", to: "2021" });
    const repeated = await timed(requests, () => buildStatisticsTable(db, db, { actor: foi, choice: same, k: K, memoryDays: MEMORY_DAYS, channel: "page" }));
    results.push({ scenario: `FoI statistics, same table, x${requests}`, ...summary(repeated), rows_kept: await rows() });

    const dims = ["year", "financial_year", "rank_group", "platform", "device", "source"];
    const varied = await timed(Math.min(requests, 30), (i) =>
      buildStatisticsTable(db, db, {
        actor: foi,
        choice: choiceOf({
          rows: dims[i % dims.length]!,
          cols: dims[(i + 1 + Math.floor(i / dims.length)) % dims.length]!,
          from: String(2018 + (i % 3)),
          to: "2024",
        }),
        k: K,
        memoryDays: MEMORY_DAYS,
        channel: "page",
      }).catch(() => undefined),
    );
    results.push({ scenario: `FoI statistics, a different table each time, x${varied.length}`, ...summary(varied), rows_kept: await rows() });
    console.table(results);
  } finally {
    await handle.close();
    await created.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
