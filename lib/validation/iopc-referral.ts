import { z } from "zod";
import { iopcModes, iopcReferralCriteria, matterTypes } from "@/lib/vocabulary";
import { caseRefField, checkboxField, isoDateField, optionalDateField, repeatedField } from "./form-values";
import { storable } from "./text";

/** The appropriate authority's decision whether to refer the case to the IOPC, as the case page sends it. */
export const iopcReferralSchema = z.object({
  ref: caseRefField,
  matterType: z.enum(matterTypes.keys, { message: "Choose the type of matter" }),
  criteria: repeatedField(z.enum(iopcReferralCriteria.keys, { message: "Choose criteria from the list" })),
  referred: checkboxField,
  decidedOn: isoDateField("Give the date of the decision as a date"),
  referredOn: optionalDateField("Give the date of referral as a date, or leave it blank if not referred"),
  rationale: storable(
    z
      .string()
      .trim()
      .min(20, "Write the rationale for the decision (at least 20 characters), including for not referring")
      .max(5000, "Use at most 5,000 characters"),
  ),
});
export type IopcReferralInput = z.output<typeof iopcReferralSchema>;

/** The IOPC's decision on the mode of investigation. */
export const iopcModeSchema = z.object({
  ref: caseRefField,
  mode: z.enum(iopcModes.keys, { message: "Choose what the IOPC decided" }),
  modeDecidedOn: isoDateField("Give the date of the IOPC's decision as a date"),
});
export type IopcModeInput = z.output<typeof iopcModeSchema>;
