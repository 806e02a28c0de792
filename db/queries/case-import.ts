import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import type { ImportProblem } from "@/lib/cases/import-problems";
import type { CaseImportRow } from "@/lib/validation/case-import";
import type { Outcome } from "@/lib/vocabulary";
import { selectRows, type Database } from "../index";
import { caseImports, users, type NewCase, type NewPerson } from "../schema";
import { auditBy } from "./audit";
import { arrayLiteral } from "./pg-arrays";
import { addStagedRows, stageImport } from "./case-import-staging";

/** Advisory lock held by the import's transaction (one-key form, apart from the audit chain's). */
const IMPORT_LOCK = 72114003;

/** References per lookup and audit insert; each travels as one array parameter. */
const BATCH = 5000;

const dismissals = new Set<Outcome>(["dismissal_with_notice", "dismissal_without_notice", "staff_dismissal_with_notice", "staff_summary_dismissal"]);

export interface ImportSummary {
  importId: number;
  rowCount: number;
  casesAdded: number;
  subjectsAdded: number;
  peopleAdded: number;
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problems: ImportProblem[] };

export interface ImportOptions {
  fileName: string;
  fileSha256: string;
  /** Called after each batch of subject records is written. */
  onProgress?: (saved: number, total: number) => void | Promise<void>;
}

/** Thrown inside the transaction to undo it when the database shows a problem the file alone did not. */
class Refused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super("import refused");
  }
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** The case of each reference, from its first row; withdrawn only when every subject in the file is. */
function casesOf(rows: readonly CaseImportRow[]): { firstRow: Map<string, number>; values: NewCase[] } {
  const byRef = new Map<string, { row: CaseImportRow; allWithdrawn: boolean }>();
  for (const row of rows) {
    const seen = byRef.get(row.case_ref);
    if (!seen) byRef.set(row.case_ref, { row, allWithdrawn: row.finding === "withdrawn" });
    else seen.allWithdrawn &&= row.finding === "withdrawn";
  }
  const firstRow = new Map<string, number>();
  const values: NewCase[] = [];
  for (const [ref, { row, allWithdrawn }] of byRef) {
    firstRow.set(ref, row.row);
    values.push({
      ref,
      summary: row.summary,
      source: row.source,
      platform: row.platform,
      channel: row.channel,
      groupSize: row.group_size,
      contentType: row.content_type,
      device: row.device,
      incidentOn: row.incident_on,
      recordedOn: row.recorded_on,
      status: allWithdrawn ? "withdrawn" : "finalised",
    });
  }
  return { firstRow, values };
}

/**
 * Each officer once: the rank of their latest record as the current one, and "left"
 * when a record dismissed them (left on the outcome's date) or says they would have
 * been dismissed (they left before the outcome, on a date the record does not give).
 */
function peopleOf(rows: readonly CaseImportRow[]): NewPerson[] {
  const byNumber = new Map<string, { person: NewPerson; latest: string }>();
  for (const row of rows) {
    let entry = byNumber.get(row.service_number);
    if (!entry) {
      entry = { person: { serviceNumber: row.service_number, name: row.name, rank: row.rank, status: "serving", leftOn: null }, latest: row.recorded_on };
      byNumber.set(row.service_number, entry);
    } else if (row.recorded_on > entry.latest) {
      entry.person.rank = row.rank;
      entry.latest = row.recorded_on;
    }
    if (row.outcome === "would_have_been_dismissed") entry.person.status = "left";
    if (row.outcome && dismissals.has(row.outcome)) {
      entry.person.status = "left";
      if (row.outcome_on && (!entry.person.leftOn || row.outcome_on > entry.person.leftOn)) entry.person.leftOn = row.outcome_on;
    }
  }
  return [...byNumber.values()].map((e) => e.person);
}

const closedStatuses = new Set(["finalised", "withdrawn"]);
const caseFields = ["summary", "source", "platform", "channel", "groupSize", "contentType", "device", "incidentOn", "recordedOn", "status"] as const;
const subjectFields = ["rank", "severity", "recommendation", "finding", "findingOn", "proceedings", "outcome", "outcomeOn", "regime"] as const;
const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

interface ExistingCase {
  id: number;
  ref: string;
  restricted: boolean;
  values: Record<(typeof caseFields)[number], string | number | null>;
}

/**
 * What an import may do to records that exist already: nothing. A row may name an
 * existing case only when it repeats it exactly (so a file imported twice adds nothing)
 * and never an open or restricted one; a service number must keep its name, as at
 * intake. Each problem names the row and the column, for a file that can be corrected.
 */
async function existingRecordProblems(
  tx: Database,
  rows: readonly CaseImportRow[],
  caseValues: NewCase[],
  firstRow: Map<string, number>,
): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const existingCases = new Map<string, ExistingCase>();
  for (const batch of chunks(caseValues.map((c) => c.ref))) {
    const found = await selectRows<{
      id: number;
      ref: string;
      restricted: boolean;
      summary: string;
      source: string;
      platform: string;
      channel: string;
      group_size: number | null;
      content_type: string;
      device: string;
      incident_on: string | null;
      recorded_on: string;
      status: string;
    }>(
      tx,
      sql`select id, ref, restricted, summary, source, platform, channel, group_size, content_type, device, incident_on::text, recorded_on::text, status
          from cases where ref = any(${arrayLiteral(batch)}::text[]) for update`,
    );
    for (const c of found) {
      existingCases.set(c.ref, {
        id: c.id,
        ref: c.ref,
        restricted: c.restricted,
        values: {
          summary: c.summary,
          source: c.source,
          platform: c.platform,
          channel: c.channel,
          groupSize: c.group_size,
          contentType: c.content_type,
          device: c.device,
          incidentOn: c.incident_on,
          recordedOn: c.recorded_on,
          status: c.status,
        },
      });
    }
  }
  const identicalCases = new Set<string>();
  for (const value of caseValues) {
    const existing = existingCases.get(value.ref);
    if (!existing) continue;
    const row = firstRow.get(value.ref)!;
    if (existing.restricted) {
      problems.push({
        row,
        column: "case_ref",
        message: `${value.ref} is a restricted case: an import never adds to or changes one. Give this case another reference, or remove its rows.`,
      });
    } else if (!closedStatuses.has(existing.values.status as string)) {
      problems.push({
        row,
        column: "case_ref",
        message: `${value.ref} is an open case: an import never adds to or changes one. Give this case another reference, or remove its rows.`,
      });
    } else {
      const differ = caseFields.filter((field) => (existing.values[field] ?? null) !== (value[field] ?? null));
      if (differ.length > 0) {
        problems.push({
          row,
          column: "case_ref",
          message: `${value.ref} already exists with other details (${differ.join(", ")}): an import adds new cases and never changes one. Give this case another reference.`,
        });
      } else identicalCases.add(value.ref);
    }
  }

  const names = new Map<string, string>();
  for (const batch of chunks([...new Set(rows.map((r) => r.service_number))])) {
    const found = await selectRows<{ service_number: string; name: string }>(
      tx,
      sql`select service_number, name from people where service_number = any(${arrayLiteral(batch)}::text[])`,
    );
    for (const p of found) names.set(p.service_number, p.name);
  }
  for (const row of rows) {
    const known = names.get(row.service_number);
    if (known !== undefined && !sameName(known, row.name)) {
      problems.push({
        row: row.row,
        column: "name",
        message: `Service number ${row.service_number} belongs to ${known} in the records, not ${row.name}. Check the service number or the name.`,
      });
    }
  }

  if (identicalCases.size > 0) {
    const ids = [...identicalCases].map((ref) => existingCases.get(ref)!.id);
    const stored = await selectRows<{
      ref: string;
      service_number: string;
      rank: string;
      standards: string[] | string;
      severity: string | null;
      recommendation: string | null;
      finding: string | null;
      finding_on: string | null;
      proceedings: string | null;
      outcome: string | null;
      outcome_on: string | null;
      regime: string;
    }>(
      tx,
      sql`select c.ref, p.service_number, s.rank, s.standards::text[] as standards, s.severity, s.recommendation, s.finding, s.finding_on::text, s.proceedings, s.outcome, s.outcome_on::text, s.regime
          from subjects s join cases c on c.id = s.case_id join people p on p.id = s.person_id
          where s.case_id = any(${arrayLiteral(ids)}::int[])`,
    );
    const bySubject = new Map(stored.map((s) => [`${s.ref}|${s.service_number}`, s]));
    const listed = new Set<string>();
    for (const row of rows) {
      if (!identicalCases.has(row.case_ref)) continue;
      const key = `${row.case_ref}|${row.service_number}`;
      listed.add(key);
      const subject = bySubject.get(key);
      const standards = (s: string[] | string) =>
        (Array.isArray(s)
          ? s
          : s
              .replace(/^\{|\}$/g, "")
              .split(",")
              .filter(Boolean)
        )
          .slice()
          .sort()
          .join(";");
      const fromRow = {
        rank: row.rank,
        severity: row.severity,
        recommendation: row.recommendation,
        finding: row.finding,
        findingOn: row.finding_on,
        proceedings: row.proceedings,
        outcome: row.outcome,
        outcomeOn: row.outcome_on,
        regime: row.regime,
      };
      const fromStore = subject && {
        rank: subject.rank,
        severity: subject.severity,
        recommendation: subject.recommendation,
        finding: subject.finding,
        findingOn: subject.finding_on,
        proceedings: subject.proceedings,
        outcome: subject.outcome,
        outcomeOn: subject.outcome_on,
        regime: subject.regime,
      };
      const differ = fromStore ? subjectFields.filter((field) => (fromStore[field] ?? null) !== (fromRow[field] ?? null)) : [];
      if (!subject) {
        problems.push({
          row: row.row,
          column: "service_number",
          message: `${row.case_ref} already exists and ${row.service_number} is not a subject officer of it: an import never adds a subject to an existing case.`,
        });
      } else if (differ.length > 0 || standards(subject.standards) !== [...row.standards].sort().join(";")) {
        problems.push({
          row: row.row,
          column: "case_ref",
          message: `${row.case_ref} already holds ${row.service_number} with another record (${differ.length > 0 ? differ.join(", ") : "standards"}): an import never changes a finding or outcome. Correct it on the case page instead.`,
        });
      }
    }
  }
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/**
 * Imports validated historical rows, all or nothing, in one transaction. Cases are
 * keyed by reference, people by service number and subjects by case and person, each
 * inserted with ON CONFLICT DO NOTHING: importing the same rows again adds nothing. A
 * row that would add to or change an existing case or person is refused, naming the
 * row (existingRecordProblems), so the only cases an import changes are those it adds,
 * and each of those is audited.
 */
export async function importCaseRows(db: Database, actor: CaseViewer, rows: readonly CaseImportRow[], options: ImportOptions): Promise<ImportOutcome> {
  try {
    const summary = await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(caseImports)
        .values({ fileName: options.fileName, fileSha256: options.fileSha256, rowCount: rows.length, casesAdded: 0, subjectsAdded: 0, importedBy: actor.id })
        .returning({ id: caseImports.id });
      const importId = created!.id;

      const { firstRow, values: caseValues } = casesOf(rows);
      // One import at a time, so that what is checked below is still so when it is written;
      // a large file is long work by nature, so the request's statement timeout does not apply.
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
      await tx.execute(sql`set local statement_timeout = 0`);
      const refusals = await existingRecordProblems(tx, rows, caseValues, firstRow);
      if (refusals.length > 0) throw new Refused(refusals);
      // The rows go into staging tables with COPY, then into the real tables by one
      // statement each: the database parses them at COPY speed, and the rollups are
      // brought up to date once for all of them.
      await stageImport(tx, rows, caseValues, peopleOf(rows));
      const { addedRefs, peopleAdded, subjectsAdded } = await addStagedRows(tx);
      await options.onProgress?.(rows.length, rows.length);

      const detail = JSON.stringify({ importId });
      for (const batch of chunks(addedRefs)) {
        await tx.execute(
          sql`insert into audit_events (actor_id, actor_role, action, entity_type, entity_id, detail)
              select ${actor.id}, ${actor.role}::role, 'case.imported', 'case', ref, ${detail}::jsonb
              from unnest(${arrayLiteral(batch)}::text[]) as t(ref)`,
        );
      }
      const summary: ImportSummary = { importId, rowCount: rows.length, casesAdded: addedRefs.length, subjectsAdded, peopleAdded };
      await tx.update(caseImports).set({ casesAdded: summary.casesAdded, subjectsAdded }).where(eq(caseImports.id, importId));
      await auditBy(tx, actor, {
        action: "cases.imported",
        entityType: "case_import",
        entityId: String(importId),
        detail: { fileName: options.fileName, fileSha256: options.fileSha256, ...summary },
      });
      return summary;
    });
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** The most recent imports, for the import page. */
export async function listCaseImports(db: Database, limit = 10) {
  return db
    .select({
      id: caseImports.id,
      fileName: caseImports.fileName,
      fileSha256: caseImports.fileSha256,
      rowCount: caseImports.rowCount,
      casesAdded: caseImports.casesAdded,
      subjectsAdded: caseImports.subjectsAdded,
      importedByName: users.name,
      importedAt: caseImports.importedAt,
    })
    .from(caseImports)
    .innerJoin(users, eq(users.id, caseImports.importedBy))
    .orderBy(desc(caseImports.id))
    .limit(limit);
}

/** An earlier import of the same bytes, so that a person is told the file is not new. */
export async function findEarlierImport(db: Database, fileSha256: string) {
  const [row] = await db
    .select({ importedAt: caseImports.importedAt, importedByName: users.name })
    .from(caseImports)
    .innerJoin(users, eq(users.id, caseImports.importedBy))
    .where(eq(caseImports.fileSha256, fileSha256))
    .orderBy(caseImports.id)
    .limit(1);
  return row ?? null;
}

/** Records a refused import, with how many problems it had; nothing else was written. */
export async function recordRefusedImport(db: Database, actor: CaseViewer, detail: { fileName: string; fileSha256: string; problemCount: number }) {
  await auditBy(db, actor, { action: "cases.import_refused", entityType: "case_import", detail });
}
