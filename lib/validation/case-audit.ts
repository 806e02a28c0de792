import { z } from "zod";
import { isoDate } from "./text";

/** A filter left empty in the form arrives as "": it means "any". */
const blankAsAny = (value: unknown) => (value === "" ? undefined : value);

/**
 * The case audit trail's filters and page, from the URL (page and CSV alike): an action
 * code as the trail records them, a person by user id, and a range of London days.
 */
export const caseAuditQuerySchema = z
  .object({
    action: z.preprocess(
      blankAsAny,
      z
        .string()
        .max(80, "Choose an action from the list")
        .regex(/^[a-z_]+\.[a-z_]+$/, "Choose an action from the list")
        .optional(),
    ),
    actor: z.preprocess(
      blankAsAny,
      z.coerce
        .number({ message: "Choose a person from the list" })
        .int("Choose a person from the list")
        .positive("Choose a person from the list")
        .max(2_147_483_647, "Choose a person from the list")
        .optional(),
    ),
    from: z.preprocess(blankAsAny, isoDate("Give the first day as a date, such as 2026-11-30").optional()),
    to: z.preprocess(blankAsAny, isoDate("Give the last day as a date, such as 2026-12-01").optional()),
    page: z.preprocess(
      blankAsAny,
      z.coerce
        .number({ message: "The page must be a number" })
        .int("The page must be a whole number")
        .min(1, "The page must be 1 or more")
        .max(100_000, "There is no such page")
        .default(1),
    ),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "The last day must be on or after the first day", path: ["to"] });

export type CaseAuditQuery = z.infer<typeof caseAuditQuerySchema>;
export const caseAuditPageSize = 50;
