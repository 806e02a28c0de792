/**
 * The bulk-import scenario: a CSV of `rows` valid historical records read, validated and
 * stored with importCaseRows, as the import route does, on a database of its own
 * (created at `serverUrl`, migrated, seeded with the demo, dropped afterwards); then the
 * same file again (adds nothing). The baseline writes the same number of rows by bare
 * SQL on the server (generate_series, no client work, rolled back): on a shared machine
 * the absolute figures move with the load, the ratio much less.
 */
import { createHash } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import { openDatabase } from "@/db/index";
import { prepareDatabase } from "@/db/prepare";
import { importCaseRows } from "@/db/queries/case-import";
import { users } from "@/db/schema";
import { checkImportFile } from "@/server/import-check";
import { createTestPostgresDatabase } from "@/tests/postgres";
import { sampleImportCsv } from "@/tests/import-sample";
import { round2, type Scenario } from "./measure";
import { todayIso } from "@/lib/dates";

class RolledBack extends Error {}

const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000);

interface LoopDelay {
  /** How late the event loop ran a timer while the step ran: what every other request on the server would wait. */
  loop_delay_p99_ms: number;
  loop_delay_max_ms: number;
}

export interface ImportMeasurement {
  scenario: Scenario;
  steps: ({ step: string; ms: number; rows_per_s: number; added?: number } & Partial<LoopDelay>)[];
  megabytes: number;
}

/** Runs one step, timing it and the event loop's delay meanwhile. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; delay: LoopDelay }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  histogram.disable();
  return { result, ms, delay: { loop_delay_p99_ms: round2(histogram.percentile(99) / 1e6), loop_delay_max_ms: round2(histogram.max / 1e6) } };
}

export async function importScenario(serverUrl: string, rows: number): Promise<ImportMeasurement> {
  const database = await createTestPostgresDatabase(serverUrl, "bench_import");
  const handle = await openDatabase({ kind: "postgres", url: database.url });
  try {
    await prepareDatabase(handle, { seedDemo: true });
    const [actor] = await handle.db
      .select({ id: users.id, role: users.role, team: users.team })
      .from(users)
      .where(eq(users.email, "supervisor@demo.police.uk"));
    const bytes = new TextEncoder().encode(sampleImportCsv({ rows, year: 2010 }));

    // As the import route does: on a worker thread once the file is large enough.
    const check = await timed(() => checkImportFile(bytes, { today: todayIso() }));
    const valid = check.result;
    if (!valid.ok) throw new Error("the sample file did not validate");

    const file = { fileName: "bench.csv", fileSha256: createHash("sha256").update(bytes).digest("hex") };
    const save = await timed(() => importCaseRows(handle.db, actor!, valid.rows, file));
    const repeat = await timed(() => importCaseRows(handle.db, actor!, valid.rows, file));
    const first = save.result;
    const again = repeat.result;
    if (!first.ok || !again.ok) throw new Error("the import was refused");

    const start = performance.now();
    await handle.db
      .transaction(async (tx) => {
        const half = Math.ceil(rows / 2);
        await tx.execute(sql`insert into cases (ref, summary, source, platform, channel, group_size, content_type, device, incident_on, recorded_on, status)
          select 'PSD-2009-' || (100000 + g), 'Historical record ' || g || ': offensive messages in a group chat', 'colleague_report', 'whatsapp',
            'group_chat', 5, 'discriminatory', 'personal', '2009-01-01', '2009-01-10', 'finalised' from generate_series(0, ${half - 1}) g`);
        await tx.execute(
          sql`insert into people (service_number, name, rank) select 'B2009-' || g, 'Baseline Officer ' || g, 'constable' from generate_series(0, ${rows - 1}) g`,
        );
        await tx.execute(sql`insert into subjects (case_id, person_id, rank, standards, finding, regime, stage)
          select c.id, p.id, 'constable', '{equality_and_diversity,discreditable_conduct}', 'not_recorded', '2012', 'finalised'
          from people p join cases c on c.ref = 'PSD-2009-' || (100000 + substr(p.service_number, 7)::int / 2)
          where p.service_number like 'B2009-%'`);
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    const baselineMs = performance.now() - start;

    return {
      megabytes: bytes.length / 1048576,
      steps: [
        { step: "read and validate the CSV", ms: Math.round(check.ms), rows_per_s: perSecond(rows, check.ms), ...check.delay },
        { step: "store (importCaseRows)", ms: Math.round(save.ms), rows_per_s: perSecond(rows, save.ms), added: first.summary.subjectsAdded, ...save.delay },
        { step: "whole import", ms: Math.round(check.ms + save.ms), rows_per_s: perSecond(rows, check.ms + save.ms) },
        { step: "baseline: bare SQL on the server", ms: Math.round(baselineMs), rows_per_s: perSecond(rows, baselineMs) },
        { step: "same file again", ms: Math.round(repeat.ms), rows_per_s: perSecond(rows, repeat.ms), added: again.summary.subjectsAdded, ...repeat.delay },
      ],
      scenario: {
        name: `bulk import, ${rows.toLocaleString("en-GB")} rows`,
        app: { rows_per_s: perSecond(rows, save.ms) },
        baseline: { rows_per_s: perSecond(rows, baselineMs) },
        ratio: round2(save.ms / baselineMs),
        note: `storing only; reading and validating the file ran at ${perSecond(rows, check.ms).toLocaleString("en-GB")} rows/s`,
      },
    };
  } finally {
    await handle.close();
    await database.drop();
  }
}
