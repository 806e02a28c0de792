/**
 * `npm run bench`: measures the app side by side with the bare database on real
 * PostgreSQL at a given size, prints a table and writes bench/results.json. It works on
 * a database of its own, created on the server at BENCH_POSTGRES_URL (default: the local
 * test server), seeded with the demo, topped up with the synthetic national data set
 * (`npm run db:load`'s loader) and dropped afterwards; the HTTP scenarios run the
 * production build (built first when there is none).
 *
 * Options: --subjects N (default 1,000,000), --runs N (default 30), --slow-runs N for
 * baselines that aggregate every base row (default 3), --extract-runs N (default 3),
 * --seconds N of HTTP load per route (default 30), --connections N (default 20).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { openDatabase, selectRows } from "@/db/index";
import { loadSynthetic } from "@/db/load-synthetic";
import { prepareDatabase } from "@/db/prepare";
import { users } from "@/db/schema";
import { createTestPostgresDatabase } from "@/tests/postgres";
import { importScenario } from "./import-scenario";
import type { Scenario } from "./measure";
import { caseListScenarios, dashboardScenarios, statsScenarios, type BenchContext } from "./scenarios";
import { ensureBuild, extractScenario, httpScenarios, signIn, startServer } from "./server";
import { numberOption } from "../scripts/cli-options";
import { todayIso } from "@/lib/dates";

const log = (line: string) => console.log(line);

function printTable(size: number, scenarios: Scenario[]) {
  console.log(`\nBenchmark on PostgreSQL, ${size.toLocaleString("en-GB")} subject records (times in ms)`);
  console.table(
    scenarios.map((s) => ({
      scenario: s.name,
      "app median": s.app.median_ms,
      "app p95 (or p97.5 under load)": s.app.p95_ms ?? s.app.p97_5_ms,
      "app p99": s.app.p99_ms ?? "",
      "baseline median": s.baseline.median_ms,
      "baseline p95 (or p97.5)": s.baseline.p95_ms ?? s.baseline.p97_5_ms,
      ratio: s.ratio,
      "app rate": s.app.rows_per_s ? `${s.app.rows_per_s} rows/s` : s.app.rps ? `${s.app.rps} req/s` : "",
      "baseline rate": s.baseline.rows_per_s ? `${s.baseline.rows_per_s} rows/s` : s.baseline.rps ? `${s.baseline.rps} req/s` : "",
      "server MB": s.app.rss_mb ?? "",
      "first request ms": s.app.first_request_ms ?? "",
      errors: s.app.errors ?? "",
    })),
  );
}

/**
 * Issue 19's targets, each with whether this run met it. Under HTTP load autocannon gives
 * p97.5, not p95: a p97.5 under the bound means the p95 is too, so that is what is checked.
 */
function checkTargets(scenarios: Scenario[], loadRate: number) {
  const find = (prefix: string) => scenarios.filter((s) => s.name.startsWith(prefix));
  const dashboard = find("dashboard")[0];
  const extract = find("CSV extract")[0];
  const httpBound = (name: string) => (name.includes("/dashboard") ? 300 : 150);
  const targets = [
    { target: "synthetic loader at least 50,000 subject rows/s", met: loadRate >= 50_000 },
    ...(dashboard ? [{ target: "supervisor's dashboard data under 300 ms at p95, one request at a time", met: (dashboard.app.p95_ms ?? Infinity) < 300 }] : []),
    ...(extract ? [{ target: "CSV extract at least 0.9x COPY's rows/s", met: extract.ratio <= 1 / 0.9 }] : []),
    ...find("bulk import").map((s) => ({ target: "bulk import at least 50,000 rows/s, validated, all or nothing", met: (s.app.rows_per_s ?? 0) >= 50_000 })),
    ...find("HTTP").flatMap((s) => [
      { target: `${s.name}: at least a third of /api/health's rate`, met: s.ratio <= 3 },
      // A run that served nothing has no latency to speak of: not met.
      { target: `${s.name}: p95 under ${httpBound(s.name)} ms (p97.5 checked)`, met: (s.app.rps ?? 0) > 0 && (s.app.p97_5_ms ?? Infinity) < httpBound(s.name) },
      { target: `${s.name}: no errors`, met: s.app.errors === 0 },
    ]),
  ];
  console.log("\nTargets:");
  for (const t of targets) console.log(`  ${t.met ? "met    " : "NOT MET"}  ${t.target}`);
  return targets;
}

async function main() {
  const subjects = numberOption("subjects", 1_000_000);
  const runs = numberOption("runs", 30);
  const slowRuns = numberOption("slow-runs", 3);
  const extractRuns = numberOption("extract-runs", 3);
  const seconds = numberOption("seconds", 30);
  const connections = numberOption("connections", 20);
  const importRows = numberOption("import-rows", 100_000);
  const started = performance.now();
  const conditions = { cpus: cpus().length, load_average_at_start: loadavg().map((l) => round1(l)), started_at: new Date().toISOString() };

  const server = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const database = await createTestPostgresDatabase(server, "bench");
  const handle = await openDatabase({ kind: "postgres", url: database.url });
  try {
    await prepareDatabase(handle, { seedDemo: true });
    log(`Loading ${subjects.toLocaleString("en-GB")} subject records…`);
    const loaded = await loadSynthetic(database.url, { subjects, log });
    log(`Loaded at ${loaded.subjectsPerSecond.toLocaleString("en-GB")} subject rows per second (${loaded.seconds.toFixed(1)} s).`);

    const context: BenchContext = { db: handle.db, url: database.url, runs, slowRuns };
    const [supervisor] = await handle.db
      .select({ id: users.id, role: users.role, team: users.team })
      .from(users)
      .where(eq(users.email, "supervisor@demo.police.uk"));
    const [size] = await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from subjects`);
    const [{ ref: teamCase } = { ref: "" }] = await selectRows<{ ref: string }>(
      handle.db,
      sql`select c.ref from cases c join subjects s on s.case_id = c.id
          where c.team = 'PSD Team 1' and not c.restricted and c.ref like 'PSD-%'
          group by c.id, c.ref order by count(*) desc, c.id limit 1`,
    );
    if (!teamCase) throw new Error("No team case to measure the case page on.");
    log("Dashboard…");
    const scenarios: Scenario[] = [...(await dashboardScenarios(context))];
    log("Case list…");
    scenarios.push(...(await caseListScenarios(context, supervisor!, todayIso())));
    log("Statistics…");
    scenarios.push(...(await statsScenarios(context)));
    log(`Bulk import of ${importRows.toLocaleString("en-GB")} rows…`);
    scenarios.push((await importScenario(server, importRows)).scenario);

    ensureBuild(log);
    const app = await startServer(database.url);
    try {
      const senior = await signIn(app.url, "senior@demo.police.uk");
      const supervisorCookie = await signIn(app.url, "supervisor@demo.police.uk");
      const investigatorCookie = await signIn(app.url, "investigator@demo.police.uk");
      log("CSV extract…");
      // The extract is the supervisor's only (issue 13: administrators see no case content).
      scenarios.push(await extractScenario(app, database.url, supervisorCookie, extractRuns));
      scenarios.push(
        ...(await httpScenarios(
          app,
          [
            // Every page as each role that sees it: the supervisor's dashboard has the early-intervention panel.
            { path: "/dashboard", cookie: senior, as: "senior officer" },
            { path: "/dashboard", cookie: supervisorCookie, as: "supervisor" },
            { path: "/cases", cookie: supervisorCookie, as: "supervisor" },
            { path: "/cases", cookie: investigatorCookie, as: "investigator" },
            // A demo case of the investigator's team, with several subjects: the heaviest case page both roles open.
            { path: `/cases/${teamCase}`, cookie: supervisorCookie, as: "supervisor" },
            { path: `/cases/${teamCase}`, cookie: investigatorCookie, as: "investigator" },
            { path: "/api/stats?dimension=year,rank_group,finding", cookie: senior, as: "senior officer" },
          ],
          { connections, seconds, log },
        )),
      );
    } finally {
      await app.stop();
    }

    const total = Number(size!.n);
    printTable(total, scenarios);
    const targets = checkTargets(scenarios, loaded.subjectsPerSecond);
    const results = {
      size: total,
      conditions: { ...conditions, load_average_at_end: loadavg().map((l) => round1(l)), minutes: round1((performance.now() - started) / 60_000) },
      load: { subjects: total - loaded.before, seconds: round1(loaded.seconds), rows_per_s: loaded.subjectsPerSecond },
      scenarios,
      targets,
    };
    const file = path.join(process.cwd(), "bench", "results.json");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log(`\nWritten to ${path.relative(process.cwd(), file)} after ${results.conditions.minutes} minutes.`);
  } finally {
    await handle.close();
    await database.drop();
  }
}

function round1(value: number) {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
