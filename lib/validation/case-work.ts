import { z } from "zod";
import { caseRefField } from "./form-values";

export const addNoteSchema = z.object({
  ref: caseRefField,
  body: z.string().trim().min(1, "Write the note").max(10_000, "Use at most 10,000 characters"),
});

export const linkCaseSchema = z.object({
  ref: caseRefField,
  otherRef: z.string().trim().toUpperCase().pipe(caseRefField),
  reason: z.string().trim().min(5, "Say why the cases are linked (at least 5 characters)").max(1000, "Use at most 1,000 characters"),
});

export const assignCaseSchema = z.object({
  ref: caseRefField,
  version: z.coerce.number().int().positive(),
  userId: z.coerce.number({ message: "Choose an investigator" }).int("Choose an investigator").positive("Choose an investigator"),
});

export const completeTaskSchema = z.object({
  ref: caseRefField,
  taskId: z.coerce.number().int().positive(),
});
