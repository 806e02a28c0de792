import { z } from "zod";
import { CASE_REF_PATTERN } from "@/lib/cases/case-ref";

/** A case reference as the system writes it; anything else cannot be a case. */
export const caseRefSchema = z.string().regex(CASE_REF_PATTERN);

export const evidenceDescriptionSchema = z
  .string()
  .trim()
  .max(1000, "Describe the file in at most 1,000 characters.")
  .transform((v) => v || null);

export const evidenceIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
