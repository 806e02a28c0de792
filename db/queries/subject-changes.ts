import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { regimeFor } from "@/lib/conduct/rules";
import { AppError } from "@/lib/errors";
import type { AddSubjectInput, EditCaseDetailsInput, RemoveSubjectInput } from "@/lib/validation/cases";
import { type Rank, type Stage, type Standard, stages } from "@/lib/vocabulary";
import type { Database, Transaction } from "../index";
import { cases, criminalProceedings, people, subjectMeasures, subjects, tasks } from "../schema";
import { auditBy } from "./audit";
import { resolvePerson } from "./case-intake";
import { refreshCaseStatus } from "./case-status";
import { type CaseActor, visibleCaseForChange } from "./case-work";

const staleCase = "The case changed after you opened it. Reload it to see what changed; nothing was saved.";

/** Stages at which a subject may be taken off the case as added in error: nothing has been decided about them yet. */
const removable = new Set(["recorded", "assessment"]);

/**
 * Puts a person on a case as a subject at the recorded stage, under the regime of the date
 * the case came to notice; the case's version moves and it stands at "recorded" again.
 * For a subject added after intake and for a bystander made a subject (issue 18).
 */
export async function insertSubject(
  tx: Transaction,
  found: { id: number; recordedOn: string; status: Stage },
  subject: { personId: number; rank: Rank; allegation: string | null; standards: Standard[] },
  today: string,
) {
  const [added] = await tx
    .insert(subjects)
    .values({ caseId: found.id, ...subject, regime: regimeFor(found.recordedOn), stage: "recorded" })
    .returning({ id: subjects.id });
  await tx
    .update(cases)
    .set({ version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
    .where(eq(cases.id, found.id));
  await refreshCaseStatus(tx, found.id, found.status, today);
  return added!;
}

/**
 * Adds a subject officer to a case after intake (issue 17): someone on record by service
 * number, or a new person. The subject starts at "recorded" under the regime of the date
 * the case came to notice, so the case stands at "recorded" again until they move on.
 */
export async function addSubject(db: Database, actor: CaseActor, input: AddSubjectInput, today: string) {
  return db.transaction(async (tx) => {
    const found = await visibleCaseForChange(tx, actor, input.ref);
    if (found.version !== input.version) throw new AppError("conflict", staleCase);
    const personId = await resolvePerson(tx, input);
    const [already] = await tx
      .select({ id: subjects.id })
      .from(subjects)
      .where(and(eq(subjects.caseId, found.id), eq(subjects.personId, personId)));
    if (already) throw new AppError("bad_request", "That officer is already a subject on this case.");
    const [person] = await tx.select({ name: people.name, serviceNumber: people.serviceNumber }).from(people).where(eq(people.id, personId));
    const added = await insertSubject(tx, found, { personId, rank: input.rank, allegation: input.allegation || null, standards: [] }, today);
    await auditBy(tx, actor, {
      action: "case.subject_added",
      entityType: "case",
      entityId: input.ref,
      detail: { subjectId: added.id, personId, serviceNumber: person!.serviceNumber, rank: input.rank },
    });
    return { name: person!.name };
  });
}

/**
 * Takes a subject added in error off a case, with the reason; the audit trail keeps who it
 * was. Only before anything is decided about them: afterwards the allegation is withdrawn
 * (one of the three kinds), which the figures count.
 */
export async function removeSubject(db: Database, actor: CaseActor, input: RemoveSubjectInput, today: string) {
  return db.transaction(async (tx) => {
    const found = await visibleCaseForChange(tx, actor, input.ref);
    const [subject] = await tx
      .select({ id: subjects.id, stage: subjects.stage, version: subjects.version, name: people.name, serviceNumber: people.serviceNumber })
      .from(subjects)
      .innerJoin(people, eq(people.id, subjects.personId))
      .where(and(eq(subjects.id, input.subjectId), eq(subjects.caseId, found.id)));
    if (!subject) throw new AppError("not_found", "That subject is not on this case.");
    if (subject.version !== input.version)
      throw new AppError("conflict", `${subject.name}'s record changed after you opened it. Reload the case; nothing was saved.`);
    if (!removable.has(subject.stage)) {
      throw new AppError(
        "bad_request",
        `${subject.name}'s allegation is at the ${stages.labels[subject.stage].toLowerCase()} stage, past the severity assessment: withdraw it instead, saying which kind of withdrawal it is.`,
      );
    }
    const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(subjects).where(eq(subjects.caseId, found.id))) as [{ n: number }];
    if (n <= 1) throw new AppError("bad_request", "A case needs at least one subject officer. Add the right officer first, then remove this one.");
    const [recorded] = await tx
      .select({
        n: sql<number>`(select count(*) from ${criminalProceedings} where ${criminalProceedings.subjectId} = ${subject.id}) + (select count(*) from ${subjectMeasures} where ${subjectMeasures.subjectId} = ${subject.id})`,
      })
      .from(subjects)
      .where(eq(subjects.id, subject.id));
    if (Number(recorded?.n) > 0) {
      throw new AppError(
        "bad_request",
        `${subject.name} has criminal proceedings or a suspension recorded: withdraw the allegation instead, so that the record stays.`,
      );
    }
    await tx.delete(tasks).where(eq(tasks.subjectId, subject.id));
    await tx.delete(subjects).where(eq(subjects.id, subject.id));
    await tx
      .update(cases)
      .set({ version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
      .where(eq(cases.id, found.id));
    await refreshCaseStatus(tx, found.id, found.status, today);
    await auditBy(tx, actor, {
      action: "case.subject_removed",
      entityType: "case",
      entityId: input.ref,
      detail: { subjectId: subject.id, serviceNumber: subject.serviceNumber, reason: input.reason },
    });
    return { name: subject.name };
  });
}

const detailColumns = ["summary", "platform", "channel", "groupSize", "contentType", "device", "incidentOn"] as const;

/** Corrects what the case records about what happened, version-checked; the audit keeps each change, old and new. */
export async function editCaseDetails(db: Database, actor: CaseActor, input: EditCaseDetailsInput) {
  return db.transaction(async (tx) => {
    const found = await visibleCaseForChange(tx, actor, input.ref);
    if (found.version !== input.version) throw new AppError("conflict", staleCase);
    const [before] = await tx
      .select({
        summary: cases.summary,
        platform: cases.platform,
        channel: cases.channel,
        groupSize: cases.groupSize,
        contentType: cases.contentType,
        device: cases.device,
        incidentOn: cases.incidentOn,
        recordedOn: cases.recordedOn,
      })
      .from(cases)
      .where(eq(cases.id, found.id));
    const after = { ...input, groupSize: input.groupSize ?? null, incidentOn: input.incidentOn ?? null };
    if (after.incidentOn && after.incidentOn > before!.recordedOn) {
      throw new AppError("bad_request", `The incident cannot be after the case was recorded (${before!.recordedOn}).`);
    }
    const changes = Object.fromEntries(
      detailColumns.filter((column) => before![column] !== after[column]).map((column) => [column, { from: before![column], to: after[column] }]),
    );
    if (Object.keys(changes).length === 0) return { changed: 0 };
    await tx
      .update(cases)
      .set({ ...Object.fromEntries(detailColumns.map((column) => [column, after[column]])), version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
      .where(eq(cases.id, found.id));
    await auditBy(tx, actor, { action: "case.details_corrected", entityType: "case", entityId: input.ref, detail: { changes } });
    return { changed: Object.keys(changes).length };
  });
}
