"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { createWithCauseCheck, drawRandomSample, recordSpotCheckOutcome } from "@/db/queries/spot-checks";
import { validatedAction } from "@/server/actions/validated-action";
import { todayIso } from "@/lib/dates";
import { drawSampleSchema, recordOutcomeSchema, withCauseSchema } from "@/lib/validation/spot-checks";

export const drawSampleAction = validatedAction("spot-checks:manage", drawSampleSchema, async (input, user) => {
  const ref = await drawRandomSample(await getDb(), user, input, todayIso());
  revalidatePath("/spot-checks");
  return { data: { ref }, message: `Drawn as ${ref}.` };
});

export const openWithCauseCheckAction = validatedAction("spot-checks:manage", withCauseSchema, async (input, user) => {
  const ref = await createWithCauseCheck(await getDb(), user, input, todayIso());
  revalidatePath("/spot-checks");
  return { data: { ref }, message: `Opened as ${ref}.` };
});

export const recordSpotCheckOutcomeAction = validatedAction("spot-checks:manage", recordOutcomeSchema, async (input, user) => {
  const { caseRef } = await recordSpotCheckOutcome(await getDb(), user, input, todayIso());
  revalidatePath("/spot-checks");
  revalidatePath(`/spot-checks/${input.ref}`);
  return { data: { caseRef }, message: caseRef ? `Outcome recorded; case ${caseRef} opened.` : "Outcome recorded." };
});
