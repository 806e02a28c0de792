import { z } from "zod";
import { isoDate } from "./text";
import { CASE_REF_PATTERN, CASE_REF_EXAMPLE } from "@/lib/cases/case-ref";

/**
 * A form field that may be sent several times (checkboxes): one value arrives as a
 * string, several as an array, none as nothing.
 */
export function repeatedField<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

export const caseRefField = z.string().regex(CASE_REF_PATTERN, `Give the case reference, like ${CASE_REF_EXAMPLE}`);

export const isoDateField = isoDate;

/** An HTML checkbox: present ("on") when ticked, absent otherwise. */
export const checkboxField = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** A date a form may leave empty: null when empty, an ISO date otherwise. */
export function optionalDateField(message: string) {
  return z
    .string()
    .optional()
    .transform((v) => v || null)
    .pipe(isoDate(message).nullable());
}

/** A choice a form may leave empty: null when empty, one of `keys` otherwise. */
export function optionalChoiceField<const T extends readonly [string, ...string[]]>(keys: T, message: string) {
  return z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(keys, { message }).nullable());
}
