"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { answerOwnReport, closeWithNoFurtherAction, linkReportToCase, markReportDuplicate, requestMoreInformation } from "@/db/queries/report-triage";
import { convertReportToCase, submitReport } from "@/db/queries/reports";
import { validatedAction } from "@/server/actions/validated-action";
import {
  answerReportSchema,
  duplicateReportSchema,
  linkReportSchema,
  noFurtherActionSchema,
  reportRefSchema,
  requestInformationSchema,
  submitReportSchema,
} from "@/lib/validation/reports";
import { todayIso } from "@/lib/dates";
import { triageConfirmation } from "@/lib/reports/triage";

export const submitReportAction = validatedAction("reports:create", submitReportSchema, async (input, user) => {
  const { ref } = await submitReport(await getDb(), user, input);
  revalidatePath("/reports");
  return { data: { ref }, message: `Your report is ${ref}.` };
});

export const convertReportAction = validatedAction("reports:convert", reportRefSchema, async (input, user) => {
  const caseRef = await convertReportToCase(await getDb(), user, input.ref, todayIso());
  revalidatePath("/reports/queue", "layout");
  return { data: { caseRef }, message: triageConfirmation("passed_for_investigation", input.ref, caseRef) };
});

export const closeReportNoFurtherActionAction = validatedAction("reports:convert", noFurtherActionSchema, async (input, user) => {
  await closeWithNoFurtherAction(await getDb(), user, input);
  revalidatePath("/reports/queue", "layout");
  return { data: null, message: triageConfirmation("no_further_action", input.ref) };
});

export const linkReportToCaseAction = validatedAction("reports:convert", linkReportSchema, async (input, user) => {
  const caseRef = await linkReportToCase(await getDb(), user, input);
  revalidatePath("/reports/queue", "layout");
  return { data: { caseRef }, message: triageConfirmation("linked_to_case", input.ref, caseRef) };
});

export const markReportDuplicateAction = validatedAction("reports:convert", duplicateReportSchema, async (input, user) => {
  const originalRef = await markReportDuplicate(await getDb(), user, input);
  revalidatePath("/reports/queue", "layout");
  return { data: null, message: triageConfirmation("duplicate", input.ref, originalRef) };
});

export const requestReportInformationAction = validatedAction("reports:convert", requestInformationSchema, async (input, user) => {
  await requestMoreInformation(await getDb(), user, input);
  revalidatePath("/reports/queue", "layout");
  return { data: null, message: triageConfirmation("more_information_needed", input.ref) };
});

export const answerReportAction = validatedAction("reports:create", answerReportSchema, async (input, user) => {
  await answerOwnReport(await getDb(), user, input);
  revalidatePath(`/reports/${input.ref}`);
  return { data: null, message: "Thank you: your answer was sent. PSD will look at your report again and you will be told of the outcome." };
});
