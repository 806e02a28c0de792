import { z } from "zod";
import { platforms } from "@/lib/vocabulary";
import { rowId, storable } from "./text";
import { caseRefField, optionalDateField } from "./form-values";
import { referencePattern } from "@/lib/references";

export const submitReportSchema = z.object({
  description: storable(z.string().trim().min(10, "Describe what you saw (at least 10 characters)").max(5000, "Use at most 5,000 characters")),
  platform: z.enum(platforms.keys, { message: "Choose where you saw it" }),
  groupName: storable(z.string().trim().max(200, "Use at most 200 characters"))
    .optional()
    .transform((v) => v || null),
  seenOn: optionalDateField("Give the date you saw it as a date"),
  peopleInvolved: storable(z.string().trim().max(1000, "Use at most 1,000 characters"))
    .optional()
    .transform((v) => v || null),
  confidential: z
    .literal("on", { message: "Tick the box or leave it empty" })
    .optional()
    .transform((v) => v === "on"),
});

export type ReportInput = z.infer<typeof submitReportSchema>;

export const reportRefSchema = z.object({ ref: z.string().regex(referencePattern("report"), "Give the report reference") });

const reportRefField = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.string().regex(referencePattern("report"), "Give a report reference like RPT-2026-00001"));
const triageTarget = {
  ref: z.string().regex(referencePattern("report"), "Give the report reference"),
  version: rowId("Reload the queue: the form is missing the report's version"),
};

/** Close with no further action: the reason is PSD's record, never shown to the reporter. */
export const noFurtherActionSchema = z.object({
  ...triageTarget,
  reason: storable(z.string().trim().min(10, "Give the reason for no further action (at least 10 characters)").max(2000, "Use at most 2,000 characters")),
});

/** Add the report to a case already open, one the triager may see. */
export const linkReportSchema = z.object({ ...triageTarget, caseRef: z.string().trim().toUpperCase().pipe(caseRefField) });

/** Close as a duplicate of an earlier report of the same thing. */
export const duplicateReportSchema = z.object({ ...triageTarget, duplicateOf: reportRefField });

/** Ask the reporter for more: the question is shown to them as written. */
export const requestInformationSchema = z.object({
  ...triageTarget,
  question: storable(z.string().trim().min(10, "Write the question for the reporter (at least 10 characters)").max(2000, "Use at most 2,000 characters")),
});

/** The reporter's answer, which puts the report back in the queue. */
export const answerReportSchema = z.object({
  ref: z.string().regex(referencePattern("report"), "Give the report reference"),
  answer: storable(z.string().trim().min(2, "Write your answer").max(5000, "Use at most 5,000 characters")),
});
