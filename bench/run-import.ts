/**
 * `npm run bench:import [-- --rows N]`: the bulk-import scenario of `npm run bench` on
 * its own (default 100,000 rows), with each step's time. BENCH_POSTGRES_URL defaults to
 * the local test server.
 */
import { importScenario } from "./import-scenario";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  return value;
}

async function main() {
  const rows = option("rows", 100_000);
  const measured = await importScenario(process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test", rows);
  console.log(`Bulk import on PostgreSQL, ${rows.toLocaleString("en-GB")} rows (${measured.megabytes.toFixed(1)} MB)`);
  console.table(measured.steps.map((s) => ({ ...s, rows_per_s: s.rows_per_s.toLocaleString("en-GB") })));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
