/**
 * `npm run bench`: measures the app side by side with the bare database, on real
 * PostgreSQL, and writes bench/results.json. It works on a database of its own,
 * created on the server at BENCH_POSTGRES_URL (default: the local test server), seeded
 * with the demo data set, and dropped afterwards. Options: --runs N (default 50).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { openDatabase } from "@/db/index";
import { prepareDatabase } from "@/db/prepare";
import { subjects } from "@/db/schema";
import { createTestPostgresDatabase } from "@/tests/postgres";
import { dashboardScenario } from "../bench/scenarios";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  return value;
}

async function main() {
  const runs = option("runs", 50);
  const server = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const database = await createTestPostgresDatabase(server, "bench");
  const handle = await openDatabase({ kind: "postgres", url: database.url });
  try {
    await prepareDatabase(handle, { seedDemo: true });
    const [row] = await handle.db.select({ n: count() }).from(subjects);
    const size = row!.n;
    const scenarios = [await dashboardScenario(handle.db, database.url, runs)];

    console.log(`Benchmark on PostgreSQL, ${size} subject records, ${runs} runs each (milliseconds)`);
    console.table(
      scenarios.map((s) => ({
        scenario: s.name,
        "app median": s.app.median_ms,
        "app p95": s.app.p95_ms,
        "baseline median": s.baseline.median_ms,
        "baseline p95": s.baseline.p95_ms,
        ratio: s.ratio,
      })),
    );
    const file = path.join(process.cwd(), "bench", "results.json");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ size, scenarios }, null, 2)}\n`);
    console.log(`Written to ${path.relative(process.cwd(), file)}`);
  } finally {
    await handle.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
