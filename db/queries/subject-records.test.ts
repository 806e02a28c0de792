import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { caseIntake, caseWithSubjects, demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents } from "../schema";
import { aboutCase } from "./audit";
import { listSubjectRecords, recordCriminalProceedings, recordMeasure } from "./subject-records";
import { applySubjectAction } from "./workflow";

const today = "2026-11-22";

describe.each(databaseKinds)("criminal proceedings and suspension on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  async function newCase(tx: Database) {
    const investigator = await demoAccount(tx, "investigator@demo.police.uk");
    const officer = { serviceNumber: "CRM001", name: "Convicted Officer" };
    const changes = {
      summary: "Crime-scene photographs shared in a group chat",
      source: "intelligence",
      groupSize: 3,
      contentType: "images_of_victims_or_scenes",
      matterType: "recordable_conduct_matter",
    } as const;
    const { ref, subjects: onCase } = await caseWithSubjects(tx, investigator, caseIntake([officer], changes), today);
    return { ref, investigator, subject: onCase[0]! };
  }

  it("SI 2025/558: a recorded conviction for an indictable-only offence makes the severity assessment refuse anything but gross misconduct", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { ref, investigator, subject } = await newCase(tx);
      const saved = await recordCriminalProceedings(
        tx,
        investigator,
        {
          ref,
          subjectId: subject.id,
          referredOn: "2026-06-01",
          offence: "Misconduct in public office",
          indictableOnly: true,
          chargedOn: "2026-07-01",
          outcome: "convicted",
          outcomeOn: "2026-11-03",
        },
        today,
      );
      expect(saved).toEqual({ grossMisconduct: true });
      let { version } = await applySubjectAction(tx, investigator, {
        ref,
        subjectId: subject.id,
        version: subject.version,
        action: { kind: "start_assessment" },
        today,
      });
      await expect(
        applySubjectAction(tx, investigator, {
          ref,
          subjectId: subject.id,
          version,
          action: { kind: "assess", severity: "misconduct", standards: ["discreditable_conduct"], route: "investigation" },
          today,
        }),
      ).rejects.toThrow(/SI 2025\/558/);
      ({ version } = await applySubjectAction(tx, investigator, {
        ref,
        subjectId: subject.id,
        version,
        action: { kind: "assess", severity: "gross_misconduct", standards: ["discreditable_conduct"], route: "investigation" },
        today,
      }));
      expect(version).toBeGreaterThan(subject.version);
      const records = await listSubjectRecords(tx, subject.caseId);
      expect(records.criminal.get(subject.id)).toMatchObject({ outcome: "convicted", indictableOnly: true });
    });
  });

  it("2020 reg 11: a suspension is started by a supervisor, reviewed and ended, one open at a time, each step audited", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { ref, subject } = await newCase(tx);
      const supervisor = await demoAccount(tx, "supervisor@demo.police.uk");
      const base = { ref, subjectId: subject.id, kind: null, startedOn: null, reason: null, reviewedOn: null, endedOn: null };
      await expect(recordMeasure(tx, supervisor, { ...base, kind: "suspension", startedOn: "2026-11-21", reason: "short" }, today)).rejects.toThrow(/reason/);
      expect(
        await recordMeasure(
          tx,
          supervisor,
          { ...base, kind: "suspension", startedOn: "2026-11-21", reason: "Risk to the investigation and to the public" },
          today,
        ),
      ).toEqual({ what: "started" });
      expect(await recordMeasure(tx, supervisor, { ...base, reviewedOn: "2026-11-22" }, today)).toEqual({ what: "reviewed" });
      expect(await recordMeasure(tx, supervisor, { ...base, endedOn: "2026-11-22" }, today)).toEqual({ what: "ended" });
      const { measures } = await listSubjectRecords(tx, subject.caseId);
      expect(measures).toEqual([
        {
          subjectId: subject.id,
          kind: "suspension",
          startedOn: "2026-11-21",
          reason: "Risk to the investigation and to the public",
          lastReviewedOn: "2026-11-22",
          endedOn: "2026-11-22",
        },
      ]);
      const trail = await tx.select({ action: auditEvents.action }).from(auditEvents).where(aboutCase(ref));
      expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(["case.measure_started", "case.measure_reviewed", "case.measure_ended"]));
    });
  });
});
