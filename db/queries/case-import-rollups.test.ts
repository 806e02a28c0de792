import { count, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { selectRows, type Database } from "@/db/index";
import { importColumnNames } from "@/lib/cases/import-columns";
import { readImportCsv } from "@/lib/cases/import-csv";
import { formatProblem } from "@/lib/cases/import-problems";
import { validateImport } from "@/lib/cases/import-validate";
import { toCsv } from "@/lib/csv";
import type { CaseImportRow } from "@/lib/validation/case-import";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { sampleImportRecords } from "@/tests/import-sample";
import { inRolledBackTransaction } from "@/tests/rollback";
import { cases, people, subjects } from "../schema";
import { importCaseRows } from "./case-import";
import { arrayLiteral } from "./pg-arrays";

const derivedTables = [
  "subject_counts",
  "subject_standard_counts",
  "finalised_case_facts",
  "finalised_case_counts",
  "case_status_counts",
  "person_allegation_peaks",
];

/** Every table the triggers keep, as sorted text; zero counts left out unless asked for (a count that went to zero is no figure). */
async function derivedContents(db: Database, options: { zeros: boolean } = { zeros: false }) {
  const out: string[] = [];
  for (const table of derivedTables) {
    const rows = await selectRows<Record<string, unknown>>(db, sql.raw(`select * from ${table}`));
    out.push(
      ...rows
        .filter((r) => options.zeros || !("n" in r) || Number(r.n) !== 0)
        .map((r) => `${table} ${JSON.stringify(r, (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v))}`),
    );
  }
  return out.sort();
}

/** The kept tables equal what rebuilding them from the base tables gives (the status counts' rebuild counts the cases). */
async function expectEqualToRebuild(db: Database, label: string) {
  const kept = await derivedContents(db);
  await db.execute(sql`select rebuild_dashboard_rollups()`);
  await db.execute(sql`select rebuild_case_status_counts()`);
  await db.execute(sql`select rebuild_allegation_peaks()`);
  expect(kept, label).toEqual(await derivedContents(db));
}

async function versions(db: Database) {
  const [row] = await selectRows<{ figures: string; caseload: string }>(
    db,
    sql`select (select coalesce(sum(n), 0) from figures_version)::text as figures, (select coalesce(sum(n), 0) from caseload_version)::text as caseload`,
  );
  return { figures: BigInt(row!.figures), caseload: BigInt(row!.caseload) };
}

async function baseCounts(db: Database) {
  const [s] = await db.select({ n: count() }).from(subjects);
  const [c] = await db.select({ n: count() }).from(cases);
  const [p] = await db.select({ n: count() }).from(people);
  return { subjects: s!.n, cases: c!.n, people: p!.n };
}

async function rowsOf(records: Record<string, string>[]): Promise<CaseImportRow[]> {
  const csv = toCsv(
    importColumnNames,
    records.map((r) => importColumnNames.map((name) => r[name] ?? "")),
  );
  const read = readImportCsv(new TextEncoder().encode(csv));
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join("\n"));
  const valid = await validateImport(read.records, { today: "2026-11-20" });
  if (!valid.ok) throw new Error(valid.problems.map(formatProblem).join("\n"));
  return valid.rows;
}

/**
 * 300 records of 2019 (before the 2020 regulations, as the sample's outcomes need): the first ten name demo officers with an
 * allegation within a year of them (so their peaks grow), and case 5 has every subject
 * withdrawn (so it is a withdrawn case, with no finalised facts).
 */
async function fileTouchingEveryRollup(db: Database): Promise<{ rows: CaseImportRow[]; officers: number[] }> {
  const officers = await selectRows<{ id: number; service_number: string; name: string }>(
    db,
    sql`select distinct p.id, p.service_number, p.name from people p join subjects s on s.person_id = p.id join cases c on c.id = s.case_id
        where c.recorded_on between '2018-07-01' and '2019-06-30' order by p.id limit 10`,
  );
  expect(officers).toHaveLength(10);
  const records = sampleImportRecords({ rows: 300, year: 2019 });
  officers.forEach((officer, i) => Object.assign(records[i]!, { service_number: officer.service_number, name: officer.name }));
  const withdrawn = {
    finding: "withdrawn",
    finding_on: "2019-07-01",
    severity: "misconduct",
    recommendation: "",
    proceedings: "",
    outcome: "",
    outcome_on: "",
  };
  Object.assign(records[10]!, withdrawn);
  Object.assign(records[11]!, withdrawn);
  return { rows: await rowsOf(records), officers: officers.map((o) => o.id) };
}

/** The import left nothing deferred: a case and subject record inserted the ordinary way next are kept by their triggers. */
async function expectOrdinaryInsertKept(db: Database, personId: number, ref: string) {
  const [setting] = await selectRows<{ value: string | null }>(db, sql`select current_setting('psd.defer_insert_rollups', true) as value`);
  expect(setting!.value).not.toBe("on");
  const [added] = await db
    .insert(cases)
    .values({
      ref,
      summary: "Offensive messages",
      source: "colleague_report",
      platform: "whatsapp",
      channel: "group_chat",
      contentType: "discriminatory",
      device: "personal",
      recordedOn: "2019-03-10",
      status: "finalised",
    })
    .returning({ id: cases.id });
  await db.insert(subjects).values({
    caseId: added!.id,
    personId,
    rank: "sergeant",
    standards: ["discreditable_conduct"],
    finding: "not_recorded",
    regime: "2012",
    stage: "finalised",
  });
  await expectEqualToRebuild(db, `after an ordinary insert (${ref})`);
}

const file = { fileName: "history.csv", fileSha256: "b".repeat(64) };

/** Issue 19, item 5: an import brings the rollups up to date once for all its rows (migration 0038), exactly as the triggers would. */
describe.each(databaseKinds)("an import's rollups on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("equal their rebuilds after an import, both versions move, and the same file again changes nothing", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await demoAccount(tx, "supervisor@demo.police.uk");
      const { rows, officers } = await fileTouchingEveryRollup(tx);
      const peaksOf = async () =>
        selectRows<{ person_id: number; peak: number }>(
          tx,
          sql`select person_id, peak from person_allegation_peaks where person_id = any(${arrayLiteral(officers)}::int[]) order by person_id`,
        );
      const peaksBefore = await peaksOf();
      const versionsBefore = await versions(tx);

      const first = await importCaseRows(tx, actor, rows, file);
      expect(first).toMatchObject({ ok: true, summary: { casesAdded: 150, subjectsAdded: 300, peopleAdded: 290 } });
      const versionsAfter = await versions(tx);
      expect(versionsAfter.figures).toBeGreaterThan(versionsBefore.figures);
      expect(versionsAfter.caseload).toBeGreaterThan(versionsBefore.caseload);
      expect(await peaksOf(), "the file gives its officers a second allegation within a year").not.toEqual(peaksBefore);
      const [withdrawnCase] = await selectRows<{ status: string }>(tx, sql`select status from cases where ref = 'PSD-2019-100005'`);
      expect(withdrawnCase!.status).toBe("withdrawn");
      await expectEqualToRebuild(tx, "after the import");
      await expectOrdinaryInsertKept(tx, officers[0]!, "PSD-2019-999998");

      const before = { derived: await derivedContents(tx), counts: await baseCounts(tx) };
      const again = await importCaseRows(tx, actor, rows, file);
      expect(again).toMatchObject({ ok: true, summary: { casesAdded: 0, subjectsAdded: 0, peopleAdded: 0 } });
      expect({ derived: await derivedContents(tx), counts: await baseCounts(tx) }).toEqual(before);
      await expectEqualToRebuild(tx, "after the same file again");
    });
  });

  it("a file the database refuses part-way leaves every table as it was, and later inserts are kept by the triggers", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await demoAccount(tx, "supervisor@demo.police.uk");
      const { rows, officers } = await fileTouchingEveryRollup(tx);
      const before = { derived: await derivedContents(tx, { zeros: true }), counts: await baseCounts(tx), versions: await versions(tx) };

      // A Standard no column takes, in the last row: the cases and people are in by then, and the subjects' insert fails.
      const bad = rows.map((row, i) => (i === rows.length - 1 ? { ...row, standards: ["no_such_standard"] as unknown as CaseImportRow["standards"] } : row));
      await expect(importCaseRows(tx, actor, bad, file)).rejects.toThrow(/standard/);
      expect({ derived: await derivedContents(tx, { zeros: true }), counts: await baseCounts(tx), versions: await versions(tx) }).toEqual(before);
      await expectOrdinaryInsertKept(tx, officers[0]!, "PSD-2019-999999");

      expect((await importCaseRows(tx, actor, rows, file)).ok).toBe(true);
      await expectEqualToRebuild(tx, "after the corrected file");
    });
  });
});
