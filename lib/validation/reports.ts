import { z } from "zod";
import { platforms } from "@/lib/vocabulary";
import { isoDate, storable } from "./text";
import { referencePattern } from "@/lib/references";

export const submitReportSchema = z.object({
  description: storable(z.string().trim().min(10, "Describe what you saw (at least 10 characters)").max(5000, "Use at most 5,000 characters")),
  platform: z.enum(platforms.keys, { message: "Choose where you saw it" }),
  groupName: storable(z.string().trim().max(200, "Use at most 200 characters"))
    .optional()
    .transform((v) => v || null),
  seenOn: z
    .string()
    .optional()
    .transform((v) => v || null)
    .pipe(isoDate("Give the date you saw it as a date").nullable()),
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
