import { z } from "zod";

/**
 * A form field that may be sent several times (checkboxes): one value arrives as a
 * string, several as an array, none as nothing.
 */
export function repeatedField<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

export const caseRefField = z.string().regex(/^PSD-\d{4}-\d{4,6}$/, "Give the case reference, like PSD-2026-0042");

export const isoDateField = (message: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), message);
