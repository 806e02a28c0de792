import { z } from "zod";
import { isoDate } from "./text";

/**
 * A form field that may be sent several times (checkboxes): one value arrives as a
 * string, several as an array, none as nothing.
 */
export function repeatedField<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

export const caseRefField = z.string().regex(/^PSD-\d{4}-\d{4,6}$/, "Give the case reference, like PSD-2026-0042");

export const isoDateField = isoDate;
