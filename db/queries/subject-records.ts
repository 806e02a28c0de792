import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { convictionIsGrossMisconduct, criminalRefusal } from "@/lib/conduct/criminal";
import { measureRefusal } from "@/lib/conduct/suspension";
import { AppError } from "@/lib/errors";
import type { CriminalProceedingsInput, MeasureInput } from "@/lib/validation/subject-records";
import type { Database, Transaction } from "../index";
import { criminalProceedings, subjectMeasures, subjects } from "../schema";
import { auditBy } from "./audit";
import { type CaseActor, visibleCaseForChange } from "./case-work";

/** The subject on the case, locked with the case, if the actor may see the case. */
async function subjectForChange(tx: Transaction, actor: CaseActor, ref: string, subjectId: number) {
  const found = await visibleCaseForChange(tx, actor, ref);
  const [subject] = await tx
    .select({ id: subjects.id })
    .from(subjects)
    .where(and(eq(subjects.id, subjectId), eq(subjects.caseId, found.id)));
  if (!subject) throw new AppError("not_found", "That subject is not on this case.");
  return subject;
}

/** The criminal proceedings and suspensions of a case's subjects, by subject id. */
export async function listSubjectRecords(db: Database, caseId: number) {
  const [criminal, measures] = await Promise.all([
    db
      .select({
        subjectId: criminalProceedings.subjectId,
        referredOn: criminalProceedings.referredOn,
        offence: criminalProceedings.offence,
        indictableOnly: criminalProceedings.indictableOnly,
        chargedOn: criminalProceedings.chargedOn,
        outcome: criminalProceedings.outcome,
        outcomeOn: criminalProceedings.outcomeOn,
      })
      .from(criminalProceedings)
      .innerJoin(subjects, eq(subjects.id, criminalProceedings.subjectId))
      .where(eq(subjects.caseId, caseId)),
    db
      .select({
        subjectId: subjectMeasures.subjectId,
        kind: subjectMeasures.kind,
        startedOn: subjectMeasures.startedOn,
        reason: subjectMeasures.reason,
        lastReviewedOn: subjectMeasures.lastReviewedOn,
        endedOn: subjectMeasures.endedOn,
      })
      .from(subjectMeasures)
      .innerJoin(subjects, eq(subjects.id, subjectMeasures.subjectId))
      .where(eq(subjects.caseId, caseId))
      .orderBy(subjectMeasures.startedOn),
  ]);
  return { criminal: new Map(criminal.map((c) => [c.subjectId, c])), measures };
}

/** Whether the subject's criminal outcome makes the conduct gross misconduct (SI 2025/558), for the severity assessment. */
export async function isGrossMisconductByConviction(tx: Transaction, subjectId: number): Promise<boolean> {
  const [record] = await tx
    .select({ indictableOnly: criminalProceedings.indictableOnly, outcome: criminalProceedings.outcome, outcomeOn: criminalProceedings.outcomeOn })
    .from(criminalProceedings)
    .where(eq(criminalProceedings.subjectId, subjectId));
  return convictionIsGrossMisconduct(record ?? null);
}

/** Records or updates the criminal proceedings beside a subject's matter, audited with what changed. */
export async function recordCriminalProceedings(db: Database, actor: CaseActor, input: CriminalProceedingsInput, today: string) {
  const { ref, subjectId, ...record } = input;
  const refusal = criminalRefusal(record, today);
  if (refusal) throw new AppError("bad_request", refusal);
  return db.transaction(async (tx) => {
    await subjectForChange(tx, actor, ref, subjectId);
    await tx
      .insert(criminalProceedings)
      .values({ subjectId, ...record, recordedBy: actor.id })
      .onConflictDoUpdate({ target: criminalProceedings.subjectId, set: { ...record, recordedBy: actor.id, updatedAt: sql`now()` } });
    await auditBy(tx, actor, { action: "case.criminal_proceedings_recorded", entityType: "case", entityId: ref, detail: { subjectId, ...record } });
    return { grossMisconduct: convictionIsGrossMisconduct(record) };
  });
}

/** Starts a suspension or restriction, or records a review or its end (2020 reg 11), audited. */
export async function recordMeasure(db: Database, actor: CaseActor, input: MeasureInput, today: string) {
  return db.transaction(async (tx) => {
    await subjectForChange(tx, actor, input.ref, input.subjectId);
    const [open] = await tx
      .select({ id: subjectMeasures.id, startedOn: subjectMeasures.startedOn, lastReviewedOn: subjectMeasures.lastReviewedOn })
      .from(subjectMeasures)
      .where(and(eq(subjectMeasures.subjectId, input.subjectId), isNull(subjectMeasures.endedOn)))
      .for("update");
    const refusal = measureRefusal(open ?? null, input, today);
    if (refusal) throw new AppError("bad_request", refusal);
    if (!open) {
      if (!input.kind) throw new AppError("bad_request", "Choose suspension or restricted duties.");
      if (!input.reason || input.reason.length < 10) throw new AppError("bad_request", "Give the reason for the measure (at least 10 characters).");
      await tx.insert(subjectMeasures).values({
        subjectId: input.subjectId,
        kind: input.kind,
        startedOn: input.startedOn!,
        reason: input.reason,
        endedOn: input.endedOn,
        recordedBy: actor.id,
      });
    } else {
      await tx
        .update(subjectMeasures)
        .set({ lastReviewedOn: input.reviewedOn ?? open.lastReviewedOn, endedOn: input.endedOn, updatedAt: sql`now()` })
        .where(eq(subjectMeasures.id, open.id));
    }
    const what = !open ? "started" : input.endedOn ? "ended" : "reviewed";
    await auditBy(tx, actor, {
      action: `case.measure_${what}`,
      entityType: "case",
      entityId: input.ref,
      detail: { subjectId: input.subjectId, kind: input.kind, startedOn: input.startedOn, reviewedOn: input.reviewedOn, endedOn: input.endedOn },
    });
    return { what };
  });
}
