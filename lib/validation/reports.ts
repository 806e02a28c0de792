import { z } from "zod";
import { platforms } from "@/lib/vocabulary";

export const submitReportSchema = z.object({
  description: z.string().trim().min(10, "Describe what you saw (at least 10 characters)").max(5000, "Use at most 5,000 characters"),
  platform: z.enum(platforms.keys, { message: "Choose where you saw it" }),
  groupName: z.string().trim().max(200, "Use at most 200 characters").optional().transform((v) => v || null),
  seenOn: z
    .string()
    .optional()
    .transform((v) => v || null)
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as a date").nullable()),
  peopleInvolved: z.string().trim().max(1000, "Use at most 1,000 characters").optional().transform((v) => v || null),
  confidential: z.literal("on").optional().transform((v) => v === "on"),
});

export type ReportInput = z.infer<typeof submitReportSchema>;

export const reportRefSchema = z.object({ ref: z.string().regex(/^RPT-\d{4}-\d{5}$/, "Give the report reference") });

/** What a reporter is told of their report's progress: never the case it became. */
export const reportStatusLabels = {
  submitted: "Received",
  triaged: "Being looked at",
  converted: "Being investigated",
  closed: "Closed",
} as const;
