import { z } from "zod";

/** A case reference as the system writes it; anything else cannot be a case. */
export const caseRefSchema = z.string().regex(/^PSD-\d{4}-\d{4,6}$/);

export const evidenceDescriptionSchema = z
  .string()
  .trim()
  .max(1000, "Describe the file in at most 1,000 characters.")
  .transform((v) => v || null);

export const evidenceIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
