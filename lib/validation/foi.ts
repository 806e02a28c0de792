import { z } from "zod";
import { foiStatuses } from "@/lib/vocabulary";
import { isoDate as date, storable } from "./text";
import { referenceKinds, referencePattern } from "@/lib/references";

const isoDate = (label: string) => date(`Give the ${label} as a date`);
const checkbox = z.literal("on", { message: "Tick the box or leave it empty" }).optional();

export const createFoiRequestSchema = z
  .object({
    receivedOn: isoDate("date received"),
    subject: storable(z.string().trim().min(5, "Describe what was asked (at least 5 characters)").max(2000, "Use at most 2,000 characters")),
    s40_2: checkbox,
    s31: checkbox,
    s12: checkbox,
    costEstimateHours: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === "" ? null : Number(v)))
      .pipe(z.number({ message: "Give the estimate in whole hours" }).int("Give the estimate in whole hours").min(0).max(10_000).nullable()),
  })
  .refine((r) => !r.s12 || r.costEstimateHours !== null, { message: "Give the time estimate when s.12 is applied", path: ["costEstimateHours"] })
  .transform(({ s40_2, s31, s12, ...rest }) => ({
    ...rest,
    exemptions: [...(s40_2 ? ["s40_2" as const] : []), ...(s31 ? ["s31" as const] : []), ...(s12 ? ["s12" as const] : [])],
  }));

export const updateFoiRequestSchema = z.object({
  ref: z.string().regex(referencePattern("foiRequest"), "Give the request reference"),
  status: z.enum(foiStatuses.keys, { message: "Choose a status" }),
  respondedOn: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(isoDate("response date").nullable()),
});

export const publishTableSchema = z.object({
  query: storable(z.string().min(1, "The table to publish is missing: build it again").max(2000, "The table's choices are too long: build it again")),
  title: storable(z.string().trim().min(5, "Give the table a title (at least 5 characters)").max(200, "Use at most 200 characters")),
  foiRef: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.string().regex(referencePattern("foiRequest"), `Give a request reference like ${referenceKinds.foiRequest.example}, or leave it empty`).nullable()),
});
