"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { grantRestrictedAccess, revokeRestrictedAccess } from "@/db/queries/case-grants-admin";
import { recordFinding } from "@/db/queries/subjects";
import { validatedAction } from "@/lib/actions/validated-action";
import { grantCaseAccessSchema, revokeCaseAccessSchema } from "@/lib/validation/case-access";
import { recordFindingSchema } from "@/lib/validation/findings";
import { formatDateTime } from "@/lib/format";

export const grantCaseAccessAction = validatedAction("case-access:grant", grantCaseAccessSchema, async (input, user) => {
  const { expiresAt } = await grantRestrictedAccess(await getDb(), user, input);
  revalidatePath(`/cases/${input.ref}`);
  return { data: null, message: `${input.email} may see ${input.ref} until ${formatDateTime(expiresAt)}.` };
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
