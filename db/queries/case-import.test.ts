import { and, count, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import { readImportCsv } from "@/lib/cases/import-csv";
import { formatProblem } from "@/lib/cases/import-problems";
import { validateImport } from "@/lib/cases/import-validate";
import type { CaseImportRow } from "@/lib/validation/case-import";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { sampleImportCsv } from "@/tests/import-sample";
import { auditEvents, caseImports, cases, people, subjects } from "../schema";
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
  const handle = useSeededDatabase(kind);

  const countOf = async (db: Database) => {
    const [s] = await db.select({ n: count() }).from(subjects);
    const [c] = await db.select({ n: count() }).from(cases);
    const [p] = await db.select({ n: count() }).from(people);
    return { subjects: s!.n, cases: c!.n, people: p!.n };
  };

  it("adds a good file whole, and the same file again adds nothing", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await demoAccount(tx, "supervisor@demo.police.uk");
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
      expect((await importCaseRows(tx, await demoAccount(tx, "supervisor@demo.police.uk"), rows, file)).ok).toBe(true);
      const imported = await tx
        .select({
          ref: cases.ref,
          status: cases.status,
          stage: subjects.stage,
          finding: subjects.finding,
          outcome: subjects.outcome,
          regime: subjects.regime,
          personStatus: people.status,
          leftOn: people.leftOn,
        })
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
      const csv = sampleImportCsv({ rows: 2 })
        .replaceAll("Historical record 0: offensive messages in a group chat", `"${summary.replaceAll('"', '""')}"`)
        .replace("Historic Officer 0", `"${name.replaceAll('"', '""')}"`);
      const rows = await rowsOf(csv);
      expect((await importCaseRows(tx, await demoAccount(tx, "supervisor@demo.police.uk"), rows, file)).ok).toBe(true);
      const [stored] = await tx.select({ summary: cases.summary }).from(cases).where(eq(cases.ref, "PSD-2016-100000"));
      expect(stored!.summary).toBe(summary);
      const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.serviceNumber, "H2016-000000"));
      expect(person!.name).toBe(name);
    });
  });

  const refusedWith = async (tx: Database, rows: CaseImportRow[]) => {
    const before = { ...(await countOf(tx)), imports: (await tx.select({ n: count() }).from(caseImports))[0]!.n };
    const result = await importCaseRows(tx, await demoAccount(tx, "supervisor@demo.police.uk"), rows, file);
    expect({ ...(await countOf(tx)), imports: (await tx.select({ n: count() }).from(caseImports))[0]!.n }).toEqual(before);
    if (result.ok) throw new Error("the import should have been refused");
    return result.problems.map(formatProblem);
  };

  // Issue 13, item 3: each of these merged silently into existing records on the main of 2026-12-01.
  it("refuses a row that names an existing case with other details, storing nothing, naming the row", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [existing] = await tx
        .select({ ref: cases.ref })
        .from(cases)
        .where(and(eq(cases.restricted, false), eq(cases.status, "finalised")))
        .limit(1);
      const rows = await rowsOf(sampleImportCsv({ rows: 100 }).replaceAll("PSD-2016-100029", existing!.ref));
      const problems = await refusedWith(tx, rows);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        new RegExp(
          `^Row 60, case_ref: ${existing!.ref} already exists with other details \\(summary, .*recordedOn.*\\): an import adds new cases and never changes one`,
        ),
      );
    });
  });

  it("refuses a row that names an open case of another team, and one that names a restricted case", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [open] = await tx
        .select({ ref: cases.ref })
        .from(cases)
        .where(and(eq(cases.team, "PSD Team 2"), eq(cases.restricted, false), eq(cases.status, "investigation")))
        .limit(1);
      const [restricted] = await tx.select({ ref: cases.ref }).from(cases).where(eq(cases.restricted, true)).limit(1);
      const rows = await rowsOf(sampleImportCsv({ rows: 100 }).replaceAll("PSD-2016-100029", open!.ref).replaceAll("PSD-2016-100003", restricted!.ref));
      const before = await tx.select({ n: count() }).from(subjects).innerJoin(cases, eq(cases.id, subjects.caseId)).where(eq(cases.ref, open!.ref));
      expect(await refusedWith(tx, rows)).toEqual([
        `Row 8, case_ref: ${restricted!.ref} is a restricted case: an import never adds to or changes one. Give this case another reference, or remove its rows.`,
        `Row 60, case_ref: ${open!.ref} is an open case: an import never adds to or changes one. Give this case another reference, or remove its rows.`,
      ]);
      const after = await tx.select({ n: count() }).from(subjects).innerJoin(cases, eq(cases.id, subjects.caseId)).where(eq(cases.ref, open!.ref));
      expect(after).toEqual(before);
      expect(
        await tx
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.entityId, open!.ref), like(auditEvents.action, "case.%import%"))),
      ).toEqual([]);
    });
  });

  it("refuses a service number whose name differs from the records, as intake does", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [officer] = await tx.select({ serviceNumber: people.serviceNumber, name: people.name }).from(people).limit(1);
      const rows = await rowsOf(sampleImportCsv({ rows: 20 }).replace("H2016-000007", officer!.serviceNumber));
      expect(await refusedWith(tx, rows)).toEqual([
        `Row 9, name: Service number ${officer!.serviceNumber} belongs to ${officer!.name} in the records, not Historic Officer 7. Check the service number or the name.`,
      ]);
    });
  });

  it("refuses a second file that adds a subject to, or changes a finding on, a case the first one brought in", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await demoAccount(tx, "supervisor@demo.police.uk");
      const first = await rowsOf(sampleImportCsv({ rows: 20 }));
      expect((await importCaseRows(tx, actor, first, file)).ok).toBe(true);
      const changed = first.map((row) =>
        row.service_number === "H2016-000001" ? { ...row, finding: "not_recorded" as const, finding_on: null, severity: null } : row,
      );
      const added = { ...first[0]!, row: 22, service_number: "H2016-999999", name: "Another Officer" };
      expect(await refusedWith(tx, [...changed, added])).toEqual([
        "Row 3, case_ref: PSD-2016-100000 already holds H2016-000001 with another record (severity, finding, findingOn): an import never changes a finding or outcome. Correct it on the case page instead.",
        "Row 22, service_number: PSD-2016-100000 already exists and H2016-999999 is not a subject officer of it: an import never adds a subject to an existing case.",
      ]);
    });
  });
});
