import { z } from "zod";
import { isoDate, storable } from "./text";
import { channels, jobRoles, platforms, rankGroups, spotCheckOutcomes } from "@/lib/vocabulary";
import { CASE_REF_PATTERN, CASE_REF_EXAMPLE } from "@/lib/cases/case-ref";
import { referencePattern } from "@/lib/references";

const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? null : v.trim()))
    .pipe(schema.nullable());

const wholeNumber = (message: string, min: number, max: number) =>
  z.string({ message }).trim().regex(/^\d+$/, message).transform(Number).pipe(z.number().int().min(min, message).max(max, message));

/** What every check records, random or with cause. */
const safeguards = {
  legalBasis: storable(z.string().trim().min(10, "Give the legal basis for the check (at least 10 characters)").max(2000, "Use at most 2,000 characters")),
  proportionality: storable(
    z.string().trim().min(20, "Explain why the check is proportionate (at least 20 characters)").max(4000, "Use at most 4,000 characters"),
  ),
  dpiaRef: storable(z.string().trim().min(3, "Give the data-protection impact assessment reference").max(60, "Use at most 60 characters")),
};

export const SEED_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export const drawSampleSchema = z.object({
  unit: optional(storable(z.string().max(120, "Use at most 120 characters"))),
  rankGroup: optional(z.enum(rankGroups.keys, { message: "Choose a rank group" })),
  jobRole: optional(z.enum(jobRoles.keys, { message: "Choose a role" })),
  sampleSize: wholeNumber("Give the sample size as a whole number from 1 to 500", 1, 500),
  excludeMonths: wholeNumber("Give the months as a whole number from 0 to 60", 0, 60),
  seed: optional(z.string().regex(SEED_PATTERN, "Use up to 64 letters, digits, dots, dashes or underscores, or leave it empty")),
  ...safeguards,
});

export type DrawSampleInput = z.infer<typeof drawSampleSchema>;

/** The population criteria a draw records, exactly as chosen. */
export type DrawCriteria = Pick<DrawSampleInput, "unit" | "rankGroup" | "jobRole" | "sampleSize" | "excludeMonths">;

export const withCauseSchema = z
  .object({
    serviceNumber: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{3,20}$/, "Give the person's service number"),
    causeIntelligence: optional(storable(z.string().max(4000, "Use at most 4,000 characters"))),
    causeCaseRef: optional(z.string().regex(CASE_REF_PATTERN, `Give a case reference like ${CASE_REF_EXAMPLE}, or leave it empty`)),
    ...safeguards,
  })
  .refine((r) => r.causeIntelligence !== null || r.causeCaseRef !== null, {
    message: "Give the intelligence or the case that justifies the check",
    path: ["causeIntelligence"],
  });

export type WithCauseInput = z.infer<typeof withCauseSchema>;

export const spotCheckRefSchema = z.string().regex(referencePattern("spotCheck"), "Give the spot-check reference");

export const recordOutcomeSchema = z
  .object({
    ref: spotCheckRefSchema,
    outcome: z.enum(spotCheckOutcomes.keys, { message: "Choose the outcome" }),
    findings: storable(
      z.string().trim().min(10, "Describe what the check found, or that it found nothing (at least 10 characters)").max(5000, "Use at most 5,000 characters"),
    ),
    checkedOn: isoDate("Give the date of the check as a date"),
    platform: optional(z.enum(platforms.keys, { message: "Choose the platform" })),
    channel: optional(z.enum(channels.keys, { message: "Choose how it was shared" })),
  })
  .refine((r) => r.outcome !== "referral" || r.channel !== null, { message: "For a referral, say how the content was shared", path: ["channel"] });

export type RecordOutcomeInput = z.infer<typeof recordOutcomeSchema>;
