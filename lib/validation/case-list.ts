import { z } from "zod";
import { storable } from "./text";
import { CASE_REF_PATTERN } from "@/lib/cases/case-ref";
import { devices, platforms, rankGroups, stages } from "@/lib/vocabulary";

const blank = (value: unknown) => (value === "" ? undefined : value);
const optionalEnum = <T extends readonly [string, ...string[]]>(keys: T, message: string) => z.preprocess(blank, z.enum(keys, { message }).optional());

export const caseSorts = ["recorded", "due", "ref"] as const;
export type CaseSort = (typeof caseSorts)[number];

const brokenCursor = "That page link is broken. Start again from the first page.";

/** A date that exists, in any year: the due-date sort pages past closed cases with 9999-12-31. */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });

/**
 * Where a page of the list starts or ends: the sort value and id of a boundary row. The
 * value is a date or a case reference and the id fits PostgreSQL's integer, so that no
 * link a person edits reaches the database as something it cannot compare; which of the
 * two the sort needs is checked with the sort (caseListQuerySchema).
 */
export const cursorSchema = z
  .string(brokenCursor)
  .max(200, brokenCursor)
  .transform((value, ctx) => {
    try {
      const decoded = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown;
      const key = z.union([calendarDate, z.string().regex(CASE_REF_PATTERN)]);
      const parsed = z.tuple([key, z.number().int().positive().max(2_147_483_647)]).safeParse(decoded);
      if (parsed.success) return { key: parsed.data[0], id: parsed.data[1] };
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: "custom", message: brokenCursor });
    return z.NEVER;
  });

export function encodeCursor(key: string, id: number): string {
  return Buffer.from(JSON.stringify([key, id]), "utf8").toString("base64url");
}

/** The case list's URL: filters, search, sort and the page, all optional. */
export const caseListQuerySchema = z
  .object({
    q: z.preprocess(blank, storable(z.string().trim().max(100, "Search for at most 100 characters")).optional()),
    status: optionalEnum(stages.keys, "Choose a status from the list"),
    platform: optionalEnum(platforms.keys, "Choose a platform from the list"),
    device: optionalEnum(devices.keys, "Choose a device from the list"),
    rankGroup: optionalEnum(rankGroups.keys, "Choose a rank group from the list"),
    year: z.preprocess(
      blank,
      z.coerce
        .number({ message: "Give a year like 2025" })
        .int("Give a year like 2025")
        .min(2000, "Give a year from 2000")
        .max(2100, "Give a year before 2100")
        .optional(),
    ),
    mine: z.preprocess(blank, z.literal("1", { message: "Show only your cases with mine=1, or leave it out" }).optional()),
    overdue: z.preprocess(blank, z.literal("1", { message: "Show only overdue cases with overdue=1, or leave it out" }).optional()),
    sort: z.preprocess(blank, z.enum(caseSorts, { message: "Sort by recorded, due or ref" }).default("recorded")),
    dir: z.preprocess(blank, z.enum(["asc", "desc"], { message: "Sort asc or desc" }).optional()),
    after: z.preprocess(blank, cursorSchema.optional()),
    before: z.preprocess(blank, cursorSchema.optional()),
    restrictedPage: z.preprocess(
      blank,
      z.coerce
        .number({ message: "Give the page of restricted cases as a number, like 2" })
        .int("Give the page of restricted cases as a whole number, like 2")
        .min(1, "Pages of restricted cases start at 1")
        .max(100_000, "There are not that many pages of restricted cases")
        .default(1),
    ),
    size: z.preprocess(
      blank,
      z.coerce
        .number({ message: "Show 25, 50 or 100 a page" })
        .pipe(z.union([z.literal(25), z.literal(50), z.literal(100)], { message: "Show 25, 50 or 100 a page" }))
        .default(50),
    ),
  })
  .superRefine((query, ctx) => {
    const wantsRef = query.sort === "ref";
    for (const edge of ["after", "before"] as const) {
      const key = query[edge]?.key;
      if (key !== undefined && CASE_REF_PATTERN.test(key) !== wantsRef) ctx.addIssue({ code: "custom", path: [edge], message: brokenCursor });
    }
  });

export type CaseListQuery = z.output<typeof caseListQuerySchema>;

/** The default direction of each sort: newest first, most urgent first, references in order. */
export function sortDirection(query: Pick<CaseListQuery, "sort" | "dir">): "asc" | "desc" {
  return query.dir ?? (query.sort === "recorded" ? "desc" : "asc");
}
