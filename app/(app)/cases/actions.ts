"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb, type Database } from "@/db";
import { approveRestrictedAccess, grantRestrictedAccess, revokeRestrictedAccess } from "@/db/queries/case-grants-admin";
import { createCase } from "@/db/queries/case-intake";
import { addCaseNote, assignCase, assignCases, completeTask, linkCases } from "@/db/queries/case-work";
import { recordFinding } from "@/db/queries/subjects";
import { applySubjectAction, startAssessments } from "@/db/queries/workflow";
import { validatedAction } from "@/server/actions/validated-action";
import { whatComesNext } from "@/lib/cases/workflow";
import type { SessionUser } from "@/server/auth/session";
import type { Permission } from "@/lib/permissions";
import { todayIso } from "@/lib/dates";
import { formatDateTime } from "@/lib/format";
import { addSubjectSchema, caseIntakeFormSchema, editCaseDetailsSchema, removeSubjectSchema } from "@/lib/validation/cases";
import { approveCaseAccessSchema, grantCaseAccessSchema, revokeCaseAccessSchema } from "@/lib/validation/case-access";
import { addNoteSchema, assignCaseSchema, bulkAssignSchema, completeTaskSchema, linkCaseSchema } from "@/lib/validation/case-work";
import { deleteSearchSchema, saveSearchSchema } from "@/lib/validation/case-list";
import { deleteSearch, saveSearch } from "@/db/queries/saved-searches";
import { recordFindingSchema } from "@/lib/validation/findings";
import { startAssessmentsSchema, subjectActionSchema } from "@/lib/validation/workflow";
import { iopcModeSchema, iopcReferralSchema } from "@/lib/validation/iopc-referral";
import { recordIopcMode, recordIopcReferral } from "@/db/queries/iopc-referral";
import { addSubject, editCaseDetails, removeSubject } from "@/db/queries/subject-changes";
import { decideBystander } from "@/db/queries/bystanders";
import { recordCriminalProceedings, recordMeasure } from "@/db/queries/subject-records";
import { criminalProceedingsSchema, measureSchema } from "@/lib/validation/subject-records";
import { bystanderDecisionSchema } from "@/lib/validation/chat-groups";

/** A change to one case, made on today's date: the case's page shown afresh, and the person told what was done. */
function caseChange<S extends z.ZodType<{ ref: string }>, R>(
  permission: Permission,
  schema: S,
  change: (db: Database, user: SessionUser, input: z.output<S>, today: string) => Promise<R>,
  message: (result: R, input: z.output<S>) => string,
) {
  return validatedAction(permission, schema, async (input, user) => {
    const result = await change(await getDb(), user, input, todayIso());
    revalidatePath(`/cases/${input.ref}`);
    return { data: null, message: message(result, input) };
  });
}

export const grantCaseAccessAction = validatedAction("case-access:grant", grantCaseAccessSchema, async (input, user) => {
  const { expiresAt, pending } = await grantRestrictedAccess(await getDb(), user, input);
  revalidatePath(`/cases/${input.ref}`);
  if (pending) {
    return {
      data: null,
      message: `Your request is recorded. Access you ask for yourself needs a second supervisor's approval (two-person rule): ask another supervisor to approve it on ${input.ref}'s page. Unapproved, it lapses on ${formatDateTime(expiresAt)}.`,
    };
  }
  return { data: null, message: `${input.email} may see ${input.ref} until ${formatDateTime(expiresAt)}.` };
});

export const approveCaseAccessAction = caseChange(
  "case-access:grant",
  approveCaseAccessSchema,
  approveRestrictedAccess,
  ({ expiresAt }) => `Approved: the access lasts until ${formatDateTime(expiresAt)}.`,
);

export const revokeCaseAccessAction = caseChange("case-access:grant", revokeCaseAccessSchema, revokeRestrictedAccess, () => "Access ended.");

export const recordFindingAction = validatedAction("cases:decide", recordFindingSchema, async (input, user) => {
  const { ref, version } = await recordFinding(await getDb(), user, input);
  revalidatePath(`/cases/${ref}`);
  return { data: { version }, message: "Finding recorded." };
});

export const createCaseAction = validatedAction("cases:create", caseIntakeFormSchema, async (input, user) => {
  const { ref } = await createCase(await getDb(), user, input, todayIso());
  revalidatePath("/cases");
  return { data: { ref }, message: `Case ${ref} recorded.` };
});

export const subjectStepAction = validatedAction("cases:work", subjectActionSchema, async (input, user) => {
  const { ref, subjectId, version, ...action } = input;
  const result = await applySubjectAction(await getDb(), user, { ref, subjectId, version, action, today: todayIso() });
  revalidatePath(`/cases/${ref}`);
  return {
    data: { version: result.version },
    message: `${result.summary}.${result.barredListTask ? " A barred-list report task was created, due in 5 working days." : ""}${result.vettingReviewTask ? " A task was created to refer the officer to the force vetting unit for a review of their vetting clearance." : ""} ${whatComesNext(result.stage)}`,
  };
});

export const startAssessmentsAction = validatedAction("cases:work", startAssessmentsSchema, async (input, user) => {
  const { started } = await startAssessments(await getDb(), user, { ...input, today: todayIso() });
  revalidatePath(`/cases/${input.ref}`);
  return {
    data: { started },
    message: `Severity assessment started for ${started} officers. Next: record each officer's severity assessment on their card: each is assessed on their own conduct (2020 reg 14).`,
  };
});

export const recordIopcReferralAction = caseChange("cases:decide", iopcReferralSchema, recordIopcReferral, ({ referred }) =>
  referred
    ? "Decision recorded: referred to the IOPC. When the IOPC decides how the matter is investigated, record it here."
    : "Decision recorded: not referred to the IOPC.",
);

export const recordIopcModeAction = caseChange("cases:decide", iopcModeSchema, recordIopcMode, () => "The IOPC's decision is recorded.");

export const addSubjectAction = caseChange(
  "cases:work",
  addSubjectSchema,
  addSubject,
  ({ name }) => `${name} added as a subject officer, at the recorded stage: start their severity assessment next.`,
);

export const removeSubjectAction = caseChange(
  "cases:work",
  removeSubjectSchema,
  removeSubject,
  ({ name }) => `${name} was taken off the case. The audit trail keeps the record and your reason.`,
);

export const editCaseDetailsAction = caseChange("cases:work", editCaseDetailsSchema, editCaseDetails, ({ changed }) =>
  changed === 0 ? "Nothing had changed; nothing was saved." : `Case details corrected (${changed} ${changed === 1 ? "field" : "fields"}).`,
);

export const decideBystanderAction = caseChange("cases:work", bystanderDecisionSchema, decideBystander, ({ displayName, subject }) =>
  subject
    ? `${displayName} added as a subject, with the Standard "Challenging and reporting improper conduct": start their severity assessment next.`
    : `No action recorded for ${displayName}, with your reason.`,
);

export const recordCriminalProceedingsAction = caseChange("cases:work", criminalProceedingsSchema, recordCriminalProceedings, ({ grossMisconduct }) =>
  grossMisconduct
    ? "Criminal proceedings saved. The conviction makes the conduct gross misconduct (SI 2025/558): the severity assessment must say so."
    : "Criminal proceedings saved.",
);

export const recordMeasureAction = caseChange("cases:decide", measureSchema, recordMeasure, ({ what }) => `Suspension or restriction ${what}.`);

export const addNoteAction = caseChange("cases:work", addNoteSchema, addCaseNote, () => "Note added.");

export const linkCaseAction = caseChange("cases:work", linkCaseSchema, linkCases, (_done, input) => `Linked to ${input.otherRef}.`);

export const assignCaseAction = validatedAction("cases:assign", assignCaseSchema, async (input, user) => {
  const { name } = await assignCase(await getDb(), user, input);
  revalidatePath(`/cases/${input.ref}`);
  revalidatePath("/cases");
  return { data: null, message: `Assigned to ${name}.` };
});

export const bulkAssignAction = validatedAction("cases:assign", bulkAssignSchema, async (input, user) => {
  const { count, name } = await assignCases(await getDb(), user, input);
  revalidatePath("/cases");
  return { data: null, message: `${count} ${count === 1 ? "case" : "cases"} assigned to ${name}, who has been told. Each case's trail records it.` };
});

export const saveSearchAction = validatedAction("cases:read", saveSearchSchema, async (input, user) => {
  const saved = await saveSearch(await getDb(), user, input);
  revalidatePath("/cases");
  return { data: null, message: `Saved as "${saved.name}". It is listed above the filters, for you only.` };
});

export const deleteSearchAction = validatedAction("cases:read", deleteSearchSchema, async (input, user) => {
  const deleted = await deleteSearch(await getDb(), user, input.id);
  revalidatePath("/cases");
  return { data: null, message: `Deleted the saved search "${deleted.name}".` };
});

export const completeTaskAction = caseChange("cases:decide", completeTaskSchema, completeTask, () => "Task marked done.");
