import { z } from "zod";
import { criminalOutcomes } from "@/lib/conduct/criminal";
import { measureKinds } from "@/lib/conduct/suspension";
import { caseRefField, checkboxField, isoDateField, optionalChoiceField, optionalDateField } from "./form-values";
import { rowId, storable } from "./text";

const target = {
  ref: caseRefField,
  subjectId: rowId("Reload the case: the subject is missing from the form"),
};

/** Criminal proceedings beside the conduct matter, as the subject's form sends them. */
export const criminalProceedingsSchema = z.object({
  ...target,
  referredOn: isoDateField("Give the date of the referral to the police or CPS as a date"),
  offence: storable(z.string().trim().min(3, "Name the offence").max(500, "Use at most 500 characters")),
  indictableOnly: checkboxField,
  chargedOn: optionalDateField("Give the date of the charge as a date, or leave it empty"),
  outcome: optionalChoiceField(criminalOutcomes, "Choose the outcome"),
  outcomeOn: optionalDateField("Give the date of the outcome as a date, or leave it empty"),
});
export type CriminalProceedingsInput = z.output<typeof criminalProceedingsSchema>;

/** A suspension or restriction started, reviewed or ended (2020 reg 11). */
export const measureSchema = z.object({
  ...target,
  kind: optionalChoiceField(measureKinds, "Choose suspension or restricted duties"),
  startedOn: optionalDateField("Give the date it started as a date"),
  reason: z
    .string()
    .optional()
    .transform((v) => v?.trim() || null)
    .pipe(storable(z.string().max(2000, "Use at most 2,000 characters")).nullable()),
  reviewedOn: optionalDateField("Give the date of the review as a date"),
  endedOn: optionalDateField("Give the date it ended as a date"),
});
export type MeasureInput = z.output<typeof measureSchema>;
