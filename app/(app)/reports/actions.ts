"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { convertReportToCase, submitReport } from "@/db/queries/reports";
import { validatedAction } from "@/server/actions/validated-action";
import { reportRefSchema, submitReportSchema } from "@/lib/validation/reports";
import { todayIso } from "@/lib/dates";

export const submitReportAction = validatedAction("reports:create", submitReportSchema, async (input, user) => {
  const { ref } = await submitReport(await getDb(), user, input);
  revalidatePath("/reports");
  return { data: { ref }, message: `Your report is ${ref}.` };
});

export const convertReportAction = validatedAction("reports:convert", reportRefSchema, async (input, user) => {
  const caseRef = await convertReportToCase(await getDb(), user, input.ref, todayIso());
  revalidatePath("/reports/queue");
  return { data: { caseRef }, message: `Case ${caseRef} opened from ${input.ref}.` };
});
