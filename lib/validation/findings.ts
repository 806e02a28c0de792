import { z } from "zod";
import { findings } from "@/lib/vocabulary";
import { isoDate, rowId, storable } from "./text";

export const recordFindingSchema = z.object({
  subjectId: rowId("Choose the subject officer"),
  version: rowId("Reload the case: the form is missing its version"),
  finding: z.enum(findings.keys, { message: "Choose the finding" }),
  findingOn: isoDate("Give the date of the decision"),
  rationale: storable(
    z
      .string()
      .trim()
      .min(20, "Write the rationale for the decision (at least 20 characters), including for a decision not to act")
      .max(5000, "Use at most 5,000 characters"),
  ),
});
