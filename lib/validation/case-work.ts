import { z } from "zod";
import { rowId, storable } from "./text";
import { CASE_REF_PATTERN } from "@/lib/cases/case-ref";
import { caseRefField, repeatedField } from "./form-values";

export const addNoteSchema = z.object({
  ref: caseRefField,
  body: storable(z.string().trim().min(1, "Write the note").max(10_000, "Use at most 10,000 characters")),
});

export const linkCaseSchema = z.object({
  ref: caseRefField,
  otherRef: z.string().trim().toUpperCase().pipe(caseRefField),
  reason: storable(z.string().trim().min(5, "Say why the cases are linked (at least 5 characters)").max(1000, "Use at most 1,000 characters")),
});

export const assignCaseSchema = z.object({
  ref: caseRefField,
  version: rowId("Reload the case: the form is missing its version"),
  userId: rowId("Choose an investigator"),
});

/** The most cases one assignment takes: a page of the list at its largest. */
export const MAX_BULK_ASSIGN = 100;

/** A case ticked in the list, with the version the list showed: "PSD-2026-0042@7". */
const listedCase = z
  .string()
  .regex(new RegExp(`^${CASE_REF_PATTERN.source.slice(1, -1)}@\\d{1,9}$`), "Reload the list: a ticked case is missing its version")
  .transform((value) => {
    const [ref, version] = value.split("@") as [string, string];
    return { ref, version: Number(version) };
  });

export const bulkAssignSchema = z.object({
  cases: repeatedField(listedCase)
    .pipe(z.array(z.object({ ref: z.string(), version: z.number() })).min(1, "Tick the cases to assign"))
    .refine((list) => list.length <= MAX_BULK_ASSIGN, `Assign at most ${MAX_BULK_ASSIGN} cases at once`)
    .refine((list) => new Set(list.map((c) => c.ref)).size === list.length, "Each case once: reload the list and tick them again"),
  userId: rowId("Choose an investigator"),
});

export const completeTaskSchema = z.object({
  ref: caseRefField,
  taskId: rowId("Reload the case: the task is missing from the form"),
});
