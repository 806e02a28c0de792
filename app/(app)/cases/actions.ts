"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { approveRestrictedAccess, grantRestrictedAccess, revokeRestrictedAccess } from "@/db/queries/case-grants-admin";
import { createCase } from "@/db/queries/case-intake";
import { addCaseNote, assignCase, completeTask, linkCases } from "@/db/queries/case-work";
import { recordFinding } from "@/db/queries/subjects";
import { applySubjectAction } from "@/db/queries/workflow";
import { validatedAction } from "@/server/actions/validated-action";
import { whatComesNext } from "@/lib/cases/workflow";
import { todayIso } from "@/lib/dates";
import { formatDateTime } from "@/lib/format";
import { addSubjectSchema, caseIntakeFormSchema, editCaseDetailsSchema, removeSubjectSchema } from "@/lib/validation/cases";
import { approveCaseAccessSchema, grantCaseAccessSchema, revokeCaseAccessSchema } from "@/lib/validation/case-access";
import { addNoteSchema, assignCaseSchema, completeTaskSchema, linkCaseSchema } from "@/lib/validation/case-work";
import { recordFindingSchema } from "@/lib/validation/findings";
import { subjectActionSchema } from "@/lib/validation/workflow";
import { iopcModeSchema, iopcReferralSchema } from "@/lib/validation/iopc-referral";
import { recordIopcMode, recordIopcReferral } from "@/db/queries/iopc-referral";
import { addSubject, editCaseDetails, removeSubject } from "@/db/queries/subject-changes";
import { decideBystander } from "@/db/queries/bystanders";
import { recordCriminalProceedings, recordMeasure } from "@/db/queries/subject-records";
import { criminalProceedingsSchema, measureSchema } from "@/lib/validation/subject-records";
import { bystanderDecisionSchema } from "@/lib/validation/chat-groups";

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

export const approveCaseAccessAction = validatedAction("case-access:grant", approveCaseAccessSchema, async (input, user) => {
  const { expiresAt } = await approveRestrictedAccess(await getDb(), user, input);
  revalidatePath(`/cases/${input.ref}`);
  return { data: null, message: `Approved: the access lasts until ${formatDateTime(expiresAt)}.` };
});

export const revokeCaseAccessAction = validatedAction("case-access:grant", revokeCaseAccessSchema, async (input, user) => {
  await revokeRestrictedAccess(await getDb(), user, input);
  revalidatePath(`/cases/${input.ref}`);
  return { data: null, message: "Access ended." };
});

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
    message: `${result.summary}.${result.barredListTask ? " A barred-list report task was created, due in 5 working days." : ""} ${whatComesNext(result.stage)}`,
  };
});

export const recordIopcReferralAction = validatedAction("cases:decide", iopcReferralSchema, async (input, user) => {
  const { referred } = await recordIopcReferral(await getDb(), user, input, todayIso());
  revalidatePath(`/cases/${input.ref}`);
  return {
    data: null,
    message: referred
      ? "Decision recorded: referred to the IOPC. When the IOPC decides how the matter is investigated, record it here."
      : "Decision recorded: not referred to the IOPC.",
  };
});

export const recordIopcModeAction = validatedAction("cases:decide", iopcModeSchema, async (input, user) => {
  await recordIopcMode(await getDb(), user, input, todayIso());
  revalidatePath(`/cases/${input.ref}`);
  return { data: null, message: "The IOPC's decision is recorded." };
});

export const addSubjectAction = validatedAction("cases:work", addSubjectSchema, async (input, user) => {
  const { name } = await addSubject(await getDb(), user, input, todayIso());
  revalidatePath(`/cases/${input.ref}`);
  return { data: null, message: `${name} added as a subject officer, at the recorded stage: start their severity assessment next.` };
});

export const removeSubjectAction = validatedAction("cases:work", removeSubjectSchema, async (input, user) => {
  const { name } = await removeSubject(await getDb(), user, input, todayIso());
  revalidatePath(`/cases/${input.ref}`);
  return { data: null, message: `${name} was taken off the case. The audit trail keeps the record and your reason.` };
});

export const editCaseDetailsAction = validatedAction("cases:work", editCaseDetailsSchema, async (input, user) => {
  const { changed } = await editCaseDetails(await getDb(), user, input);
  revalidatePath(`/cases/${input.ref}`);
  return {
    data: null,
    message: changed === 0 ? "Nothing had changed; nothing was saved." : `Case details corrected (${changed} ${changed === 1 ? "field" : "fields"}).`,
  };
});

export const decideBystanderAction = validatedAction("cases:work", bystanderDecisionSchema, async (input, user) => {
  const { displayName, subject } = await decideBystander(await getDb(), user, input, todayIso());
  revalidatePath(`/cases/${input.ref}`);
  return {
    data: null,
    message: subject
      ? `${displayName} added as a subject, with the Standard "Challenging and reporting improper conduct": start their severity assessment next.`
      : `No action recorded for ${displayName}, with your reason.`,
  };
});

export const recordCriminalProceedingsAction = validatedAction("cases:work", criminalProceedingsSchema, async (input, user) => {
  const { grossMisconduct } = await recordCriminalProceedings(await getDb(), user, input, todayIso());
  revalidatePath(`/cases/${input.ref}`);
  return {
    data: null,
    message: grossMisconduct
      ? "Criminal proceedings saved. The conviction makes the conduct gross misconduct (SI 2025/558): the severity assessment must say so."
      : "Criminal proceedings saved.",
  };
});

export const recordMeasureAction = validatedAction("cases:decide", measureSchema, async (input, user) => {
  const { what } = await recordMeasure(await getDb(), user, input, todayIso());
  revalidatePath(`/cases/${input.ref}`);
  return { data: null, message: `Suspension or restriction ${what}.` };
});

export const addNoteAction = validatedAction("cases:work", addNoteSchema, async (input, user) => {
  await addCaseNote(await getDb(), user, input);
  revalidatePath(`/cases/${input.ref}`);
  return { data: null, message: "Note added." };
});

export const linkCaseAction = validatedAction("cases:work", linkCaseSchema, async (input, user) => {
  await linkCases(await getDb(), user, input);
  revalidatePath(`/cases/${input.ref}`);
  return { data: null, message: `Linked to ${input.otherRef}.` };
});

export const assignCaseAction = validatedAction("cases:assign", assignCaseSchema, async (input, user) => {
  const { name } = await assignCase(await getDb(), user, input);
  revalidatePath(`/cases/${input.ref}`);
  revalidatePath("/cases");
  return { data: null, message: `Assigned to ${name}.` };
});

export const completeTaskAction = validatedAction("cases:decide", completeTaskSchema, async (input, user) => {
  await completeTask(await getDb(), user, input);
  revalidatePath(`/cases/${input.ref}`);
  return { data: null, message: "Task marked done." };
});
