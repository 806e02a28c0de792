import { z } from "zod";

/**
 * What PostgreSQL cannot store, or would store altered: NUL is refused outright in text
 * and in JSON; other control characters (tab and line breaks aside) have no business in
 * a record; an unpaired UTF-16 surrogate would be silently replaced on the way in.
 */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE = "Remove the control characters (such as NUL) from the text: they cannot be stored";
export const BROKEN_CHARACTER_MESSAGE = "The text contains a broken character (half of an emoji or symbol): type it again";

/** Why a text cannot be stored, or null when it can: for checks outside zod, such as a CSV cell. */
export function storableProblem(value: string): string | null {
  if (controlCharacters.test(value)) return CONTROL_CHARACTER_MESSAGE;
  if (!value.isWellFormed()) return BROKEN_CHARACTER_MESSAGE;
  return null;
}

/** Adds the storable-text checks to a string schema, after its own. */
export function storable<T extends z.ZodString>(schema: T): T {
  return schema
    .refine((value) => !controlCharacters.test(value), CONTROL_CHARACTER_MESSAGE)
    .refine((value) => value.isWellFormed(), BROKEN_CHARACTER_MESSAGE) as T;
}

/** For writing a value someone sent into the audit trail as it was refused: made storable, and cut short. */
export function forAuditLog(value: string, maxLength = 80): string {
  return value.toWellFormed().replace(new RegExp(controlCharacters.source, "g"), "\uFFFD").slice(0, maxLength);
}

const isoPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that exists (no 30 February), between 1900 and 2100: one message, the most specific. */
export function isoDate(message: string) {
  return z.string().superRefine((value, ctx) => {
    if (!isoPattern.test(value)) {
      ctx.addIssue({ code: "custom", message });
      return;
    }
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)) ctx.addIssue({ code: "custom", message: `${message}: that is not a real date` });
    else if (value < "1900-01-01" || value > "2100-12-31") ctx.addIssue({ code: "custom", message: `${message}: between 1900 and 2100` });
  });
}

/** A row id as forms send it: a whole number that fits PostgreSQL's integer. */
export function rowId(message: string) {
  return z.coerce.number({ message }).int(message).positive(message).max(2_147_483_647, message);
}

/** A row id from a URL segment, or null when it is not one PostgreSQL's integer can hold. */
export function parseRowId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 && id <= 2_147_483_647 ? id : null;
}

/** A URL segment decoded, or null when its escapes are not valid UTF-8. */
export function decodeSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
