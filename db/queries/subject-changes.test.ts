import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { caseIntake, caseWithSubjects, demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents, cases, people, subjects } from "../schema";
import { createCase } from "./case-intake";
import { addSubject, editCaseDetails, removeSubject } from "./subject-changes";
import { recordMeasure } from "./subject-records";
import { applySubjectAction } from "./workflow";

const today = "2026-11-22";
const firstOfficer = { serviceNumber: "CHG001", name: "First Officer" };
// As recorded: the test of editCaseDetails below changes the content type and the device from these.
const recorded = { summary: "A report from a colleague about a team WhatsApp group", groupSize: 6, contentType: "other", device: "not_known" } as const;
const intake = caseIntake([firstOfficer], recorded);

describe.each(databaseKinds)("changing a case after intake on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  async function caseRow(tx: Database, ref: string) {
    const [row] = await tx.select().from(cases).where(eq(cases.ref, ref));
    return row!;
  }

  it("adds a subject after intake, at the recorded stage under the case's regime; the case stands at recorded again; audited", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await demoAccount(tx, "investigator@demo.police.uk");
      const { ref, subjects: onCase } = await caseWithSubjects(tx, actor, intake, today);
      const first = onCase[0]!;
      await applySubjectAction(tx, actor, { ref, subjectId: first.id, version: first.version, action: { kind: "start_assessment" }, today });
      expect((await caseRow(tx, ref)).status).toBe("assessment");

      const before = await caseRow(tx, ref);
      await addSubject(
        tx,
        actor,
        { ref, version: before.version, serviceNumber: "CHG002", name: "Second Officer", rank: "sergeant", allegation: "Posted two of the images" },
        today,
      );
      const after = await caseRow(tx, ref);
      expect(after.status).toBe("recorded");
      const [added] = await tx
        .select({ stage: subjects.stage, regime: subjects.regime, rank: subjects.rank, allegation: subjects.allegation })
        .from(subjects)
        .innerJoin(people, eq(people.id, subjects.personId))
        .where(and(eq(subjects.caseId, after.id), eq(people.serviceNumber, "CHG002")));
      expect(added).toEqual({ stage: "recorded", regime: "2020", rank: "sergeant", allegation: "Posted two of the images" });

      await expect(
        addSubject(tx, actor, { ref, version: before.version, serviceNumber: "CHG003", name: "Third Officer", rank: "constable", allegation: "" }, today),
      ).rejects.toThrow(/changed after you opened it/);
      await expect(
        addSubject(tx, actor, { ref, version: after.version, serviceNumber: "CHG002", name: "Second Officer", rank: "sergeant", allegation: "" }, today),
      ).rejects.toThrow(/already a subject/);
      await expect(
        addSubject(tx, actor, { ref, version: after.version, serviceNumber: "CHG002", name: "Someone Else", rank: "sergeant", allegation: "" }, today),
      ).rejects.toThrow(/belongs to Second Officer/);
      const trail = await tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, ref));
      expect(trail.map((e) => e.action)).toContain("case.subject_added");
    });
  });

  it("removes a subject added in error before the assessment, never the last one, never one further on", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await demoAccount(tx, "investigator@demo.police.uk");
      const { ref } = await createCase(tx, actor, caseIntake([firstOfficer, { serviceNumber: "CHG010", name: "Wrong Officer" }], recorded), today);
      const rows = await tx
        .select({ id: subjects.id, version: subjects.version, serviceNumber: people.serviceNumber })
        .from(subjects)
        .innerJoin(people, eq(people.id, subjects.personId))
        .innerJoin(cases, eq(cases.id, subjects.caseId))
        .where(eq(cases.ref, ref));
      const wrong = rows.find((r) => r.serviceNumber === "CHG010")!;
      const right = rows.find((r) => r.serviceNumber === "CHG001")!;
      await removeSubject(tx, actor, { ref, subjectId: wrong.id, version: wrong.version, reason: "Added to the wrong case by mistake." }, today);
      expect(await tx.select().from(subjects).where(eq(subjects.id, wrong.id))).toEqual([]);
      await expect(removeSubject(tx, actor, { ref, subjectId: right.id, version: right.version, reason: "Trying to empty the case." }, today)).rejects.toThrow(
        /at least one subject/,
      );

      await applySubjectAction(tx, actor, { ref, subjectId: right.id, version: right.version, action: { kind: "start_assessment" }, today });
      const { version } = (await tx.select({ version: subjects.version }).from(subjects).where(eq(subjects.id, right.id)))[0]!;
      await applySubjectAction(tx, actor, {
        ref,
        subjectId: right.id,
        version,
        action: { kind: "assess", severity: "misconduct", standards: ["discreditable_conduct"], route: "investigation" },
        today,
      });
      await addSubject(
        tx,
        actor,
        { ref, version: (await caseRow(tx, ref)).version, serviceNumber: "CHG011", name: "Another Officer", rank: "constable", allegation: "" },
        today,
      );
      const [moved] = await tx.select({ version: subjects.version }).from(subjects).where(eq(subjects.id, right.id));
      await expect(
        removeSubject(tx, actor, { ref, subjectId: right.id, version: moved!.version, reason: "Should be withdrawn instead." }, today),
      ).rejects.toThrow(/withdraw it instead/);
    });
  });

  it("keeps a subject with a suspension recorded: their allegation is withdrawn instead", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await demoAccount(tx, "investigator@demo.police.uk");
      const supervisor = await demoAccount(tx, "supervisor@demo.police.uk");
      const { ref } = await createCase(tx, actor, caseIntake([firstOfficer, { serviceNumber: "CHG020", name: "Suspended Officer" }], recorded), today);
      const [row] = await tx
        .select({ id: subjects.id, version: subjects.version })
        .from(subjects)
        .innerJoin(people, eq(people.id, subjects.personId))
        .where(eq(people.serviceNumber, "CHG020"));
      await recordMeasure(
        tx,
        supervisor,
        { ref, subjectId: row!.id, kind: "suspension", startedOn: "2026-11-21", reason: "Risk to the investigation", reviewedOn: null, endedOn: null },
        today,
      );
      await expect(
        removeSubject(tx, actor, { ref, subjectId: row!.id, version: row!.version, reason: "Added to the wrong case by mistake." }, today),
      ).rejects.toThrow(/withdraw the allegation instead/);
    });
  });

  it("corrects the case details, version-checked, auditing each change old and new", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await demoAccount(tx, "investigator@demo.police.uk");
      const { ref } = await createCase(tx, actor, intake, today);
      const before = await caseRow(tx, ref);
      const details = {
        ref,
        version: before.version,
        summary: intake.summary,
        platform: "whatsapp" as const,
        channel: "group_chat" as const,
        groupSize: 6,
        contentType: "discriminatory" as const,
        device: "personal" as const,
        incidentOn: "2026-11-18",
      };
      expect(await editCaseDetails(tx, actor, details)).toEqual({ changed: 3 });
      const after = await caseRow(tx, ref);
      expect(after).toMatchObject({ contentType: "discriminatory", device: "personal", incidentOn: "2026-11-18", version: before.version + 1 });
      await expect(editCaseDetails(tx, actor, details)).rejects.toThrow(/changed after you opened it/);
      await expect(editCaseDetails(tx, actor, { ...details, version: after.version, incidentOn: "2026-11-21" })).rejects.toThrow(/after the case was recorded/);
      const [entry] = await tx
        .select({ detail: auditEvents.detail })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, ref), eq(auditEvents.action, "case.details_corrected")));
      expect(entry!.detail).toEqual({
        changes: {
          contentType: { from: "other", to: "discriminatory" },
          device: { from: "not_known", to: "personal" },
          incidentOn: { from: null, to: "2026-11-18" },
        },
      });
    });
  });
});
