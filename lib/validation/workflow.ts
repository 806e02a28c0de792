import { z } from "zod";
import { rowId, storable } from "./text";
import { outcomes, panelChairs, proceedings, proceedingsFindings, severities, standards, withdrawalKinds } from "@/lib/vocabulary";
import { caseRefField, checkboxField, isoDateField, optionalChoiceField, optionalDateField, repeatedField } from "./form-values";
import { assessmentRoutes } from "@/lib/conduct/routes";

const target = {
  ref: caseRefField,
  subjectId: rowId("Reload the case: the subject is missing from the form"),
  version: rowId("Reload the case: the form is missing its version"),
};

const reason = (what: string) =>
  storable(z.string().trim().min(10, `Give the reason for ${what} (at least 10 characters)`).max(5000, "Use at most 5,000 characters"));

/** One workflow step on one subject, as the case page's forms send it. */
export const subjectActionSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ ...target, kind: z.literal("start_assessment") }),
    z.object({
      ...target,
      kind: z.literal("assess"),
      severity: z.enum(severities.keys, { message: "Choose the severity" }),
      standards: repeatedField(z.enum(standards.keys, { message: "Choose Standards from the list" })).refine((list) => list.length > 0, {
        message: "Choose at least one Standard the allegation would breach",
      }),
      route: z.enum(assessmentRoutes, { message: "Choose where the assessment sends the matter" }),
    }),
    z.object({
      ...target,
      kind: z.literal("complete_investigation"),
      recommendation: z.enum(["case_to_answer", "no_case_to_answer"], { message: "Choose the investigator's recommendation" }),
    }),
    z.object({
      ...target,
      kind: z.literal("decide"),
      caseToAnswer: z.enum(["misconduct", "gross_misconduct", "none"], {
        message: "Choose whether there is a case to answer for misconduct, for gross misconduct, or none",
      }),
      referToProceedings: checkboxField,
      decidedOn: z
        .string()
        .optional()
        .transform((v) => v || null)
        .pipe(isoDateField("Give the date the decision was made as a date").nullable()),
      rationale: storable(
        z
          .string()
          .trim()
          .min(20, "Write the rationale for the decision (at least 20 characters), including for a decision not to act")
          .max(5000, "Use at most 5,000 characters"),
      ),
    }),
    z.object({
      ...target,
      kind: z.literal("refer"),
      proceedings: z.enum(proceedings.keys, { message: "Choose the proceedings" }),
      // Required for an officer (the workflow says so, 2020 reg 30-31); the staff policy has no such clock.
      documentsSuppliedOn: optionalDateField("Give the date the notice of referral and the documents were given to the officer as a date"),
      finalWrittenWarningInForce: checkboxField,
      writtenWarningInForce: checkboxField,
      severalUnconnectedIncidents: checkboxField,
    }),
    z.object({
      ...target,
      kind: z.literal("record_outcome"),
      // Empty where there were no proceedings (no case to answer): the step refuses it otherwise.
      proceedingsFinding: optionalChoiceField(proceedingsFindings.keys, "Choose what the proceedings found"),
      outcome: z.enum(outcomes.keys, { message: "Choose the outcome" }),
      heldOn: optionalDateField("Give the date of the meeting or hearing as a date"),
      panelChair: optionalChoiceField(panelChairs.keys, "Choose who chaired the hearing"),
    }),
    z.object({ ...target, kind: z.literal("record_notice"), servedOn: isoDateField("Give the date the notice was given as a date") }),
    z.object({
      ...target,
      kind: z.literal("record_leaving"),
      leftOn: isoDateField("Give the date the officer left as a date"),
      how: z.enum(["resigned", "retired"], { message: "Choose whether the officer resigned or retired" }),
    }),
    z.object({
      ...target,
      kind: z.literal("withdraw"),
      withdrawalKind: z.enum(withdrawalKinds.keys, { message: "Choose what kind of withdrawal this is" }),
      reason: reason("withdrawing"),
      withdrawnOn: z
        .string()
        .optional()
        .transform((v) => v || null)
        .pipe(isoDateField("Give the date of the withdrawal as a date").nullable()),
    }),
    z.object({ ...target, kind: z.literal("reopen"), reason: reason("reopening") }),
    z.object({
      ...target,
      kind: z.literal("complete_rprp"),
      discussedOn: isoDateField("Give the date of the reflective practice discussion as a date"),
      actions: storable(z.string().trim().min(10, "Write the actions agreed (at least 10 characters)").max(5000, "Use at most 5,000 characters")),
      completedOn: isoDateField("Give the date the process was completed as a date"),
    }),
  ],
  { message: "Choose what to do" },
);

export type SubjectActionInput = z.output<typeof subjectActionSchema>;

/**
 * Several subjects' severity assessments started in one step (issue 17, item 10): each as
 * "id:version" as the page showed it, so that a subject someone else moved first refuses
 * the whole step. Starting is all that is shared: each officer is then assessed on their
 * own conduct (2020 reg 14).
 */
export const startAssessmentsSchema = z.object({
  ref: caseRefField,
  subjects: z
    .preprocess(
      (value) => (typeof value === "string" ? [value] : value),
      z
        .array(z.string().regex(/^\d{1,9}:\d{1,9}$/, "Reload the case: the list of officers is damaged"), {
          message: "Reload the case: the list of officers is missing",
        })
        .min(2, "Starting several at once needs two officers or more: use the officer's own form")
        .max(200, "Start at most 200 at once"),
    )
    .transform((list) => list.map((item) => ({ subjectId: Number(item.split(":")[0]), version: Number(item.split(":")[1]) }))),
});
