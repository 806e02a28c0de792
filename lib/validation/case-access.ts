import { z } from "zod";
import { rowId, storable } from "./text";
import { CASE_REF_PATTERN, CASE_REF_EXAMPLE } from "@/lib/cases/case-ref";

export const MAX_GRANT_DAYS = 30;

export const grantCaseAccessSchema = z.object({
  ref: z.string().regex(CASE_REF_PATTERN, `Give the case reference, like ${CASE_REF_EXAMPLE}`),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter the email address of the person to give access to")),
  reason: storable(z.string().trim().min(10, "Say why this person needs access (at least 10 characters)").max(1000, "Use at most 1,000 characters")),
  days: z.coerce
    .number({ message: "Give the number of days" })
    .int("Give a whole number of days")
    .min(1, "Access lasts at least 1 day")
    .max(MAX_GRANT_DAYS, `Access lasts at most ${MAX_GRANT_DAYS} days; grant it again if it is still needed`),
});

export const revokeCaseAccessSchema = z.object({
  ref: grantCaseAccessSchema.shape.ref,
  grantId: rowId("Choose the access to end"),
});

export const approveCaseAccessSchema = z.object({
  ref: grantCaseAccessSchema.shape.ref,
  grantId: rowId("Choose the request to approve"),
});
