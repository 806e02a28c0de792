import { and, count, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/index";
import { readImportCsv } from "@/lib/cases/import-csv";
import { formatProblem } from "@/lib/cases/import-problems";
import { validateImport } from "@/lib/cases/import-validate";
import type { CaseImportRow } from "@/lib/validation/case-import";
import { databaseKinds, openSeededDatabase } from "@/tests/databases";
import { sampleImportCsv } from "@/tests/import-sample";
import { auditEvents, caseImports, cases, people, subjects, users } from "../schema";
import { importCaseRows } from "./case-import";
import { inRolledBackTransaction } from "@/tests/rollback";

async function rowsOf(csv: string): Promise<CaseImportRow[]> {
  const read = readImportCsv(new TextEncoder().encode(csv));
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join("\n"));
  const valid = await validateImport(read.records, { today: "2026-11-20" });
  if (!valid.ok) throw new Error(valid.problems.map(formatProblem).join("\n"));
  return valid.rows;
}

const file = { fileName: "history.csv", fileSha256: "a".repeat(64) };

describe.each(databaseKinds)("bulk import on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openSeededDatabase(kind);
  });
  afterAll(() => handle.close());

  const supervisorOf = async (db: Database) => {
    const [row] = await db.select({ id: users.id, role: users.role, team: users.team }).from(users).where(eq(users.email, "supervisor@demo.police.uk"));
    return row!;
  };
  const countOf = async (db: Database) => {
    const [s] = await db.select({ n: count() }).from(subjects);
    const [c] = await db.select({ n: count() }).from(cases);
    const [p] = await db.select({ n: count() }).from(people);
    return { subjects: s!.n, cases: c!.n, people: p!.n };
  };

  it("adds a good file whole, and the same file again adds nothing", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await supervisorOf(tx);
      const rows = await rowsOf(sampleImportCsv({ rows: 300 }));
      const before = await countOf(tx);
      const progress: number[] = [];

      const first = await importCaseRows(tx, actor, rows, { ...file, onProgress: (saved) => void progress.push(saved) });
      expect(first).toMatchObject({ ok: true, summary: { rowCount: 300, casesAdded: 150, subjectsAdded: 300, peopleAdded: 300 } });
      expect(await countOf(tx)).toEqual({ subjects: before.subjects + 300, cases: before.cases + 150, people: before.people + 300 });
      expect(progress).toEqual([300]);

      const again = await importCaseRows(tx, actor, rows, file);
      expect(again).toMatchObject({ ok: true, summary: { rowCount: 300, casesAdded: 0, subjectsAdded: 0, peopleAdded: 0 } });
      expect(await countOf(tx)).toEqual({ subjects: before.subjects + 300, cases: before.cases + 150, people: before.people + 300 });

      const imports = await tx.select({ casesAdded: caseImports.casesAdded, subjectsAdded: caseImports.subjectsAdded }).from(caseImports);
      expect(imports).toEqual([
        { casesAdded: 150, subjectsAdded: 300 },
        { casesAdded: 0, subjectsAdded: 0 },
      ]);
      const [audited] = await tx.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, "case.imported"));
      expect(audited!.n).toBe(150);
      const [summaryEvents] = await tx.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, "cases.imported"));
      expect(summaryEvents!.n).toBe(2);
    });
  });

  it("derives stages, case status and who has left from the records", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const rows = await rowsOf(sampleImportCsv({ rows: 12 }));
      expect((await importCaseRows(tx, await supervisorOf(tx), rows, file)).ok).toBe(true);
      const imported = await tx
        .select({ ref: cases.ref, status: cases.status, stage: subjects.stage, finding: subjects.finding, outcome: subjects.outcome, regime: subjects.regime, personStatus: people.status, leftOn: people.leftOn })
        .from(subjects)
        .innerJoin(cases, eq(cases.id, subjects.caseId))
        .innerJoin(people, eq(people.id, subjects.personId))
        .where(like(cases.ref, "PSD-2016-%"));
      expect(imported).toHaveLength(12);
      for (const s of imported) {
        expect(s.stage).toBe(s.finding === "withdrawn" ? "withdrawn" : "finalised");
        expect(s.regime).toBe("2012");
        if (s.outcome === "dismissal_with_notice") expect(s).toMatchObject({ personStatus: "left", leftOn: expect.stringMatching(/^2016-12-01$/) });
        else if (s.outcome === "would_have_been_dismissed") expect(s).toMatchObject({ personStatus: "left", leftOn: null });
        else expect(s.personStatus).toBe("serving");
      }
      // Rows 4 and 5 (withdrawn and not recorded) share a case: one withdrawn subject does not withdraw the case.
      expect(new Set(imported.map((s) => s.status))).toEqual(new Set(["finalised"]));
    });
  });

  it("stores text exactly, whatever quotes, backslashes, braces or commas it holds", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const summary = 'He wrote "NULL", {a,b} and C:\\temp\\x; then left';
      const name = `O'Brien "Bob", Jr`;
      const csv = sampleImportCsv({ rows: 2 }).replaceAll("Historical record 0: offensive messages in a group chat", `"${summary.replaceAll('"', '""')}"`).replace("Historic Officer 0", `"${name.replaceAll('"', '""')}"`);
      const rows = await rowsOf(csv);
      expect((await importCaseRows(tx, await supervisorOf(tx), rows, file)).ok).toBe(true);
      const [stored] = await tx.select({ summary: cases.summary }).from(cases).where(eq(cases.ref, "PSD-2016-100000"));
      expect(stored!.summary).toBe(summary);
      const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.serviceNumber, "H2016-000000"));
      expect(person!.name).toBe(name);
    });
  });

  it("refuses the whole file, storing nothing, when a reference belongs to another case, naming the row", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [existing] = await tx.select({ ref: cases.ref, recordedOn: cases.recordedOn }).from(cases).where(eq(cases.restricted, false)).limit(1);
      const rows = await rowsOf(sampleImportCsv({ rows: 100 }).replaceAll("PSD-2016-100029", existing!.ref));
      const before = await countOf(tx);
      const result = await importCaseRows(tx, await supervisorOf(tx), rows, file);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problems.map(formatProblem)).toEqual([
          `Row 60, case_ref: ${existing!.ref} is already the reference of a case recorded on ${existing!.recordedOn}, not 2016-06-10. Give this case another reference.`,
        ]);
      }
      expect(await countOf(tx)).toEqual(before);
      expect(await tx.select().from(caseImports).where(and(eq(caseImports.fileName, file.fileName)))).toEqual([]);
    });
  });
});
