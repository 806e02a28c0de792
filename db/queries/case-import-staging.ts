import "server-only";
import { sql } from "drizzle-orm";
import type { CaseImportRow } from "@/lib/validation/case-import";
import { selectRows, type Database } from "../index";
import type { NewCase, NewPerson } from "../schema";
import { copyInto } from "../copy-in";
import { arrayLiteral } from "./pg-arrays";

export interface AddedRows {
  /** References of the cases added, in the file's order. */
  addedRefs: string[];
  peopleAdded: number;
  subjectsAdded: number;
}

/**
 * The file's cases, people and subject records in temporary tables of the transaction,
 * typed as the real tables (so that COPY itself refuses a value no column takes), each
 * row with its place in the file so that rows are added in the file's order.
 */
export async function stageImport(tx: Database, rows: readonly CaseImportRow[], caseValues: NewCase[], personValues: NewPerson[]): Promise<void> {
  await tx.execute(sql`create temporary table import_cases (place int, ref text, summary text, source source, platform platform, channel channel,
    group_size int, content_type content_type, device device, incident_on date, recorded_on date, status stage) on commit drop`);
  await tx.execute(
    sql`create temporary table import_people (place int, service_number text, name text, rank rank, status person_status, left_on date) on commit drop`,
  );
  await tx.execute(sql`create temporary table import_subjects (place int, case_ref text, service_number text, rank rank, standards text,
    severity severity, recommendation recommendation, finding finding, finding_on date, proceedings proceedings, outcome outcome,
    outcome_on date, regime regime, stage stage) on commit drop`);
  await copyInto(
    tx,
    "import_cases",
    ["place", "ref", "summary", "source", "platform", "channel", "group_size", "content_type", "device", "incident_on", "recorded_on", "status"],
    caseValues.map((c, i) => [
      i,
      c.ref,
      c.summary,
      c.source,
      c.platform,
      c.channel,
      c.groupSize ?? null,
      c.contentType,
      c.device,
      c.incidentOn ?? null,
      c.recordedOn,
      c.status ?? null,
    ]),
  );
  await copyInto(
    tx,
    "import_people",
    ["place", "service_number", "name", "rank", "status", "left_on"],
    personValues.map((p, i) => [i, p.serviceNumber, p.name, p.rank, p.status ?? null, p.leftOn ?? null]),
  );
  await copyInto(
    tx,
    "import_subjects",
    [
      "place",
      "case_ref",
      "service_number",
      "rank",
      "standards",
      "severity",
      "recommendation",
      "finding",
      "finding_on",
      "proceedings",
      "outcome",
      "outcome_on",
      "regime",
      "stage",
    ],
    rows.map((r, i) => [
      i,
      r.case_ref,
      r.service_number,
      r.rank,
      arrayLiteral(r.standards),
      r.severity,
      r.recommendation,
      r.finding,
      r.finding_on,
      r.proceedings,
      r.outcome,
      r.outcome_on,
      r.regime,
      r.finding === "withdrawn" ? "withdrawn" : "finalised",
    ]),
  );
}

/**
 * Adds the staged rows to the real tables by one statement each, in the file's order,
 * skipping what exists already, then drops the staging tables. The rollup and peak
 * triggers of these inserts leave their work to apply_deferred_inserts (migration 0038),
 * which does it once for every row added; the status counts, the figures and caseload
 * versions and the foreign keys are kept by their own triggers as for any insert.
 */
export async function addStagedRows(tx: Database): Promise<AddedRows> {
  // The rows each insert added, as its triggers' transition tables would hold them.
  await tx.execute(sql`create temporary table import_added_cases (id int) on commit drop`);
  await tx.execute(sql`create temporary table import_added_subjects (id int) on commit drop`);
  // Local to the transaction: if an insert fails, rolling back (to the savepoint, when
  // the import runs inside another transaction) undoes the setting with the rows.
  await tx.execute(sql`select set_config('psd.defer_insert_rollups', 'on', true)`);
  const addedRefs = (
    await selectRows<{ ref: string }>(
      tx,
      sql`with added as (
            insert into cases (ref, summary, source, platform, channel, group_size, content_type, device, incident_on, recorded_on, status)
            select ref, summary, source, platform, channel, group_size, content_type, device, incident_on, recorded_on, status
            from import_cases order by place
            on conflict (ref) do nothing
            returning id, ref
          ),
          noted as (insert into import_added_cases (id) select id from added)
          select ref from added`,
    )
  ).map((c) => c.ref);
  const [people] = await selectRows<{ n: number }>(
    tx,
    sql`with added as (
          insert into people (service_number, name, rank, status, left_on)
          select service_number, name, rank, status, left_on from import_people order by place
          on conflict (service_number) do nothing
          returning 1
        )
        select count(*)::int as n from added`,
  );
  const peopleAdded = Number(people!.n);
  const [inserted] = await selectRows<{ n: number }>(
    tx,
    sql`with added as (
          insert into subjects (case_id, person_id, rank, standards, severity, recommendation, finding, finding_on,
            proceedings, outcome, outcome_on, regime, stage)
          select c.id, p.id, s.rank, s.standards::standard[], s.severity, s.recommendation, s.finding, s.finding_on,
            s.proceedings, s.outcome, s.outcome_on, s.regime, s.stage
          from import_subjects s join cases c on c.ref = s.case_ref join people p on p.service_number = s.service_number
          order by s.place
          on conflict (case_id, person_id) do nothing
          returning id
        ),
        noted as (insert into import_added_subjects (id) select id from added)
        select count(*)::int as n from added`,
  );
  const subjectsAdded = Number(inserted!.n);
  await tx.execute(sql`select set_config('psd.defer_insert_rollups', 'off', true)`);
  await tx.execute(sql`select apply_deferred_inserts(array(select id from import_added_cases), array(select id from import_added_subjects))`);
  await tx.execute(sql`drop table import_cases, import_people, import_subjects, import_added_cases, import_added_subjects`);
  return { addedRefs, peopleAdded, subjectsAdded };
}
