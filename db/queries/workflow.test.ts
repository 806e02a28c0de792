import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import type { WorkflowAction } from "@/lib/cases/workflow";
import { AppError } from "@/lib/errors";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { caseIntake, caseWithSubjects, type DemoAccount, demoAccount, demoAccounts } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents, cases, people, subjects, tasks } from "../schema";
import { createCase, searchPeople } from "./case-intake";
import { applySubjectAction, startAssessments } from "./workflow";

const today = "2026-11-22";
type RecordOutcome = Extract<WorkflowAction, { kind: "record_outcome" }>;

/** Records the outcome of a meeting or hearing held on 2026-11-20 and chaired by a chief officer. */
const recordOutcome = (
  tx: Database,
  actor: DemoAccount,
  target: { ref: string; subjectId: number; version: number },
  proceedingsFinding: RecordOutcome["proceedingsFinding"],
  outcome: RecordOutcome["outcome"],
) =>
  applySubjectAction(tx, actor, {
    ...target,
    action: { kind: "record_outcome", proceedingsFinding, outcome, heldOn: "2026-11-20", panelChair: "chief_officer" },
    today,
  });

const intake = (serviceNumbers: string[]) => caseIntake(serviceNumbers.map((serviceNumber, i) => ({ serviceNumber, name: `Test Officer ${i + 1}` })));

describe.each(databaseKinds)("intake and workflow on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("Police Act 1996 s 88L: an officer who resigned under investigation and then faces no proceedings gets the further report that removes them from the advisory list", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { investigator, supervisor } = await demoAccounts(tx, "investigator", "supervisor");
      const { ref, subjects: onCase } = await caseWithSubjects(tx, investigator, intake(["TSTL01"]), today);
      const subject = onCase[0]!;
      const subjectId = subject.id;
      let version = subject.version;
      const steps = [
        { actor: investigator, action: { kind: "start_assessment" as const } },
        {
          actor: investigator,
          action: { kind: "assess" as const, severity: "gross_misconduct" as const, standards: ["confidentiality" as const], route: "investigation" as const },
        },
        { actor: investigator, action: { kind: "record_leaving" as const, leftOn: today, how: "resigned" as const } },
        { actor: investigator, action: { kind: "complete_investigation" as const, recommendation: "no_case_to_answer" as const } },
        {
          actor: supervisor,
          action: {
            kind: "decide" as const,
            caseToAnswer: "none" as const,
            referToProceedings: false,
            rationale: "The photographs were never shared outside the team.",
          },
        },
      ];
      for (const { actor, action } of steps) ({ version } = await applySubjectAction(tx, actor, { ref, subjectId, version, action, today }));
      const raised = await tx.select({ kind: tasks.kind, dueOn: tasks.dueOn }).from(tasks).where(eq(tasks.subjectId, subjectId)).orderBy(tasks.kind);
      expect(raised).toEqual(
        expect.arrayContaining([
          { kind: "advisory_list_notification", dueOn: "2026-11-27" },
          { kind: "advisory_list_further_report", dueOn: "2026-11-27" },
        ]),
      );
    });
  });

  it("records a group-chat case with three subjects and takes one through to an outcome", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { investigator, supervisor } = await demoAccounts(tx, "investigator", "supervisor");
      const { ref } = await createCase(tx, investigator, intake(["TST001", "TST002", "TST003"]), today);
      const [created] = await tx.select().from(cases).where(eq(cases.ref, ref));
      expect(created).toMatchObject({ status: "recorded", assignedTo: investigator.id, team: investigator.team, stageDueOn: "2026-11-24" });
      const caseSubjects = await tx.select().from(subjects).where(eq(subjects.caseId, created!.id));
      expect(caseSubjects).toHaveLength(3);
      expect(caseSubjects.every((s) => s.regime === "2020" && s.stage === "recorded")).toBe(true);

      const subject = caseSubjects[0]!;
      let version = subject.version;
      const steps = [
        { actor: investigator, action: { kind: "start_assessment" as const } },
        {
          actor: investigator,
          action: { kind: "assess" as const, severity: "misconduct" as const, standards: ["equality_and_diversity" as const], route: "investigation" as const },
        },
        { actor: investigator, action: { kind: "complete_investigation" as const, recommendation: "case_to_answer" as const } },
        {
          actor: supervisor,
          action: {
            kind: "decide" as const,
            caseToAnswer: "misconduct" as const,
            referToProceedings: true,
            rationale: "The officer posted two of the memes himself.",
          },
        },
        {
          actor: supervisor,
          action: {
            kind: "refer" as const,
            proceedings: "misconduct_meeting" as const,
            documentsSuppliedOn: today,
            finalWrittenWarningInForce: false,
            writtenWarningInForce: false,
            severalUnconnectedIncidents: false,
          },
        },
      ];
      for (const { actor, action } of steps) {
        ({ version } = await applySubjectAction(tx, actor, { ref, subjectId: subject.id, version, action, today }));
      }
      const target = { ref, subjectId: subject.id, version };
      await expect(recordOutcome(tx, supervisor, target, "misconduct", "dismissal_without_notice")).rejects.toThrow(
        /not open to a misconduct meeting \(2020 reg 42\(2\)/,
      );
      const done = await recordOutcome(tx, supervisor, target, "misconduct", "final_written_warning");
      expect(done).toMatchObject({ stage: "finalised", caseStatus: "recorded", vettingReviewTask: true, barredListTask: false });

      const [stored] = await tx.select().from(subjects).where(eq(subjects.id, subject.id));
      expect(stored).toMatchObject({
        stage: "finalised",
        assessmentRoute: "investigation",
        finding: "case_to_answer",
        findingOn: today,
        caseToAnswerFor: "misconduct",
        referToProceedings: true,
        proceedings: "misconduct_meeting",
        proceedingsFinding: "misconduct",
        outcome: "final_written_warning",
      });
      // The statutory clocks as tasks: the reg 19 report (opened with the investigation, closed
      // unneeded when it ended in time) and the reg 31 response (closed with the outcome).
      const clocks = await tx
        .select({ kind: tasks.kind, dueOn: tasks.dueOn, completedAt: tasks.completedAt })
        .from(tasks)
        .where(eq(tasks.subjectId, subject.id))
        .orderBy(tasks.kind);
      // Vetting Code of Practice 2023: misconduct found and the officer stays, so the vetting unit
      // reviews the clearance at once: a task dated by the meeting, open.
      expect(clocks).toEqual([
        { kind: "policing_body_report", dueOn: "2027-11-20", completedAt: expect.any(Date) },
        { kind: "referral_response", dueOn: "2026-12-11", completedAt: expect.any(Date) },
        { kind: "vetting_review", dueOn: "2026-11-20", completedAt: null },
      ]);
      const trail = await tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, ref));
      expect(trail.map((e) => e.action)).toEqual(
        expect.arrayContaining(["case.created", "case.subject_start_assessment", "case.subject_decide", "case.subject_record_outcome"]),
      );
      expect(trail.filter((e) => e.action.startsWith("case.subject_"))).toHaveLength(6);
    });
  });

  it("issue 17, item 10: starts several officers' severity assessments in one step, all or none, each audited", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const investigator = await demoAccount(tx, "investigator@demo.police.uk");
      const { ref, subjects: onCase } = await caseWithSubjects(tx, investigator, intake(["TSA001", "TSA002", "TSA003"]), today);
      const [a, b, c] = onCase as [(typeof onCase)[number], (typeof onCase)[number], (typeof onCase)[number]];
      // One of them moved by someone else first: the whole step is refused and nothing changes.
      await applySubjectAction(tx, investigator, { ref, subjectId: c.id, version: c.version, action: { kind: "start_assessment" }, today });
      await expect(
        startAssessments(tx, investigator, { ref, subjects: [a, b, c].map((s) => ({ subjectId: s.id, version: s.version })), today }),
      ).rejects.toThrow(AppError);
      const stages = async () =>
        (await tx.select({ id: subjects.id, stage: subjects.stage }).from(subjects).where(eq(subjects.caseId, a.caseId))).map((s) => s.stage).sort();
      expect(await stages()).toEqual(["assessment", "recorded", "recorded"]);

      expect(await startAssessments(tx, investigator, { ref, subjects: [a, b].map((s) => ({ subjectId: s.id, version: s.version })), today })).toEqual({
        started: 2,
      });
      expect(await stages()).toEqual(["assessment", "assessment", "assessment"]);
      const audited = await tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, ref));
      expect(audited.filter((e) => e.action === "case.subject_start_assessment")).toHaveLength(3);
    });
  });

  it("refuses a stale edit, saying what changed and who changed it, and stores nothing", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const investigator = await demoAccount(tx, "investigator@demo.police.uk");
      const { ref, subjects: onCase } = await caseWithSubjects(tx, investigator, intake(["TST010"]), today);
      const subject = onCase[0]!;
      const start = subject.version;
      await applySubjectAction(tx, investigator, { ref, subjectId: subject.id, version: start, action: { kind: "start_assessment" }, today });
      const stale = applySubjectAction(tx, investigator, {
        ref,
        subjectId: subject.id,
        version: start,
        action: { kind: "withdraw", withdrawalKind: "investigation_discontinued", reason: "Duplicate of an earlier report" },
        today,
      });
      await expect(stale).rejects.toSatisfy(
        (error: unknown) =>
          error instanceof AppError &&
          error.code === "conflict" &&
          /Test Officer 1's record changed after you opened it: it is now at the severity assessment stage\. investigator@demo\.police\.uk changed it/.test(
            error.message,
          ),
      );
      const [after] = await tx.select({ stage: subjects.stage, withdrawnReason: subjects.withdrawnReason }).from(subjects).where(eq(subjects.id, subject.id));
      expect(after).toEqual({ stage: "assessment", withdrawnReason: null });
    });
  });

  it("moves the case with its least advanced subject and finalises it when all are done; a dismissal raises a barred-list task due in 5 working days (SI 2017/1135 reg 3(1))", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const supervisor = await demoAccount(tx, "supervisor@demo.police.uk");
      const { ref, subjects: rows } = await caseWithSubjects(tx, supervisor, intake(["TST020", "TST021"]), today);
      const [a, b] = rows;
      await applySubjectAction(tx, supervisor, {
        ref,
        subjectId: a!.id,
        version: a!.version,
        action: { kind: "withdraw", withdrawalKind: "investigation_discontinued", reason: "No evidence this officer was in the group" },
        today,
      });
      let [c] = await tx.select({ status: cases.status }).from(cases).where(eq(cases.ref, ref));
      expect(c!.status).toBe("recorded");
      // The second officer has left: the hearing can only say he would have been dismissed.
      await tx.update(people).set({ status: "left", leftOn: "2026-10-01" }).where(eq(people.id, b!.personId));
      await tx.update(subjects).set({ stage: "outcome", finding: "case_to_answer", proceedings: "misconduct_hearing" }).where(eq(subjects.id, b!.id));
      const atHearing = { ref, subjectId: b!.id, version: b!.version };
      await expect(recordOutcome(tx, supervisor, atHearing, "gross_misconduct", "dismissal_without_notice")).rejects.toThrow(
        /only disciplinary outcome for a former officer/,
      );
      await recordOutcome(tx, supervisor, atHearing, "gross_misconduct", "would_have_been_dismissed");
      [c] = await tx.select({ status: cases.status, stageDueOn: cases.stageDueOn }).from(cases).where(eq(cases.ref, ref));
      expect(c).toEqual({ status: "finalised", stageDueOn: null });
      const open = await tx.select({ kind: tasks.kind, dueOn: tasks.dueOn }).from(tasks).where(eq(tasks.subjectId, b!.id));
      // SI 2017/1135 reg 3(1): 5 working days beginning with the finding; 22 November 2026 is a Sunday, so Monday 23rd to Friday 27th.
      // SI 2017/1135 reg 3(1): 5 working days beginning with the finding, made at the hearing on Friday 20 November (Fri, Mon-Thu).
      // A dismissal goes to the barred list, not to a vetting review.
      expect(open).toEqual([{ kind: "barred_list_notification", dueOn: "2026-11-26" }]);
    });
  });

  it("records an officer who resigns under investigation as having left, with an advisory list task due in 5 working days (SI 2017/1135 reg 12(1))", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const supervisor = await demoAccount(tx, "supervisor@demo.police.uk");
      const { ref, subjects: onCase } = await caseWithSubjects(tx, supervisor, intake(["TST030"]), today);
      const row = onCase[0]!;
      await tx.update(subjects).set({ stage: "investigation", severity: "gross_misconduct", severityOn: "2026-11-20" }).where(eq(subjects.id, row.id));
      const left = await applySubjectAction(tx, supervisor, {
        ref,
        subjectId: row.id,
        version: row.version,
        action: { kind: "record_leaving", leftOn: "2026-11-20", how: "resigned" },
        today,
      });
      expect(left.stage).toBe("investigation");
      const [person] = await tx.select({ status: people.status, leftOn: people.leftOn }).from(people).where(eq(people.id, row.personId));
      expect(person).toEqual({ status: "left", leftOn: "2026-11-20" });
      const open = await tx.select({ kind: tasks.kind, dueOn: tasks.dueOn }).from(tasks).where(eq(tasks.subjectId, row.id));
      expect(open).toEqual([{ kind: "advisory_list_notification", dueOn: "2026-11-26" }]);
      // 2020 reg 4(2) and Schedule 1: from now on a meeting is refused for this officer.
      await tx.update(subjects).set({ stage: "proceedings", finding: "case_to_answer" }).where(eq(subjects.id, row.id));
      await expect(
        applySubjectAction(tx, supervisor, {
          ref,
          subjectId: row.id,
          version: left.version,
          action: {
            kind: "refer",
            proceedings: "misconduct_meeting",
            documentsSuppliedOn: "2026-03-02",
            finalWrittenWarningInForce: false,
            writtenWarningInForce: false,
            severalUnconnectedIncidents: false,
          },
          today,
        }),
      ).rejects.toThrow(/cannot be referred to a misconduct meeting/);
    });
  });

  it("keeps another team's case out of reach", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { investigator, investigator2: other } = await demoAccounts(tx, "investigator", "investigator2");
      const { ref, subjects: onCase } = await caseWithSubjects(tx, investigator, intake(["TST030"]), today);
      const subject = onCase[0]!;
      await expect(
        applySubjectAction(tx, other, { ref, subjectId: subject.id, version: subject.version, action: { kind: "start_assessment" }, today }),
      ).rejects.toThrow(/not on a case you can see/);
    });
  });

  it("refuses a service number that belongs to someone else, and finds people by number or name", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const investigator = await demoAccount(tx, "investigator@demo.police.uk");
      const [someone] = await tx.select().from(people).limit(1);
      const clash = intake([someone!.serviceNumber]);
      await expect(createCase(tx, investigator, clash, today)).rejects.toThrow(new RegExp(`belongs to ${someone!.name}`));
      expect((await searchPeople(tx, someone!.serviceNumber.toLowerCase())).map((p) => p.id)).toContain(someone!.id);
      const surname = someone!.name.split(" ").at(-1)!;
      expect((await searchPeople(tx, surname.slice(0, 3))).some((p) => p.name.includes(surname.slice(0, 3)))).toBe(true);
      expect(await searchPeople(tx, "%")).toEqual([]);
    });
  });
});
