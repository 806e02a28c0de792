import { z } from "zod";
import { rowId, storable } from "./text";
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

/** What a saved search keeps: the filters and the order, never a page, a cursor or the restricted list's page. */
const savedKeys = ["q", "status", "platform", "device", "rankGroup", "year", "mine", "overdue", "sort", "dir", "size"] as const;

/**
 * The list's query string as a saved search keeps it (issue 17, item 9): the filter and
 * order keys only, in one order, and only if the list itself would accept them.
 */
export function savedSearchQuery(queryString: string): { ok: true; query: string } | { ok: false; error: string } {
  const given = new URLSearchParams(queryString);
  const kept = new URLSearchParams();
  for (const key of savedKeys) {
    const value = given.get(key);
    if (value) kept.set(key, value);
  }
  const parsed = caseListQuerySchema.safeParse(Object.fromEntries(kept));
  if (!parsed.success) return { ok: false, error: `Fix the search first: ${parsed.error.issues[0]!.message.toLowerCase()}` };
  if (kept.size === 0) return { ok: false, error: "Set a filter or a search first: the whole list needs no saving" };
  return { ok: true, query: kept.toString() };
}

export const saveSearchSchema = z
  .object({
    name: storable(z.string().trim().min(1, "Name the search, like Overdue WhatsApp cases").max(80, "Use at most 80 characters")),
    query: z.string().max(2000, "The search is too long to save"),
  })
  .transform((input, ctx) => {
    const saved = savedSearchQuery(input.query);
    if (!saved.ok) {
      ctx.addIssue({ code: "custom", path: ["name"], message: saved.error });
      return z.NEVER;
    }
    return { name: input.name, query: saved.query };
  });

export const deleteSearchSchema = z.object({ id: rowId("Reload the page: the saved search is missing from the form") });
