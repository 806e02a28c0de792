import { z } from "zod";
import { findings } from "@/lib/vocabulary";

export const recordFindingSchema = z.object({
  subjectId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  finding: z.enum(findings.keys, { message: "Choose the finding" }),
  findingOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date of the decision"),
  rationale: z.string().trim().min(20, "Write the rationale for the decision (at least 20 characters), including for a decision not to act").max(5000, "Use at most 5,000 characters"),
});
