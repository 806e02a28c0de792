import { z } from "zod";
import { storable } from "./text";
import { devices, platforms, rankGroups, stages } from "@/lib/vocabulary";

const blank = (value: unknown) => (value === "" ? undefined : value);
const optionalEnum = <T extends readonly [string, ...string[]]>(keys: T, message: string) => z.preprocess(blank, z.enum(keys, { message }).optional());

export const caseSorts = ["recorded", "due", "ref"] as const;
export type CaseSort = (typeof caseSorts)[number];

/** Where a page of the list starts or ends: the sort value and id of a boundary row. */
export const cursorSchema = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    try {
      const decoded = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown;
      const parsed = z.tuple([z.string().max(40), z.number().int().positive()]).safeParse(decoded);
      if (parsed.success) return { key: parsed.data[0], id: parsed.data[1] };
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: "custom", message: "That page link is broken. Start again from the first page." });
    return z.NEVER;
  });

export function encodeCursor(key: string, id: number): string {
  return Buffer.from(JSON.stringify([key, id]), "utf8").toString("base64url");
}

/** The case list's URL: filters, search, sort and the page, all optional. */
export const caseListQuerySchema = z.object({
  q: z.preprocess(blank, storable(z.string().trim().max(100, "Search for at most 100 characters")).optional()),
  status: optionalEnum(stages.keys, "Choose a status from the list"),
  platform: optionalEnum(platforms.keys, "Choose a platform from the list"),
  device: optionalEnum(devices.keys, "Choose a device from the list"),
  rankGroup: optionalEnum(rankGroups.keys, "Choose a rank group from the list"),
  year: z.preprocess(blank, z.coerce.number({ message: "Give a year like 2025" }).int("Give a year like 2025").min(2000, "Give a year from 2000").max(2100, "Give a year before 2100").optional()),
  mine: z.preprocess(blank, z.literal("1").optional()),
  overdue: z.preprocess(blank, z.literal("1").optional()),
  sort: z.preprocess(blank, z.enum(caseSorts, { message: "Sort by recorded, due or ref" }).default("recorded")),
  dir: z.preprocess(blank, z.enum(["asc", "desc"], { message: "Sort asc or desc" }).optional()),
  after: z.preprocess(blank, cursorSchema.optional()),
  before: z.preprocess(blank, cursorSchema.optional()),
  size: z.preprocess(blank, z.coerce.number().pipe(z.union([z.literal(25), z.literal(50), z.literal(100)], { message: "Show 25, 50 or 100 a page" })).default(50)),
});

export type CaseListQuery = z.output<typeof caseListQuerySchema>;

/** The default direction of each sort: newest first, most urgent first, references in order. */
export function sortDirection(query: Pick<CaseListQuery, "sort" | "dir">): "asc" | "desc" {
  return query.dir ?? (query.sort === "recorded" ? "desc" : "asc");
}
