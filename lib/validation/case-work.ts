import { z } from "zod";
import { rowId, storable } from "./text";
import { caseRefField } from "./form-values";

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

export const completeTaskSchema = z.object({
  ref: caseRefField,
  taskId: rowId("Reload the case: the task is missing from the form"),
});
