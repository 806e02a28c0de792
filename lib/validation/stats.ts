import { z } from "zod";
import { MAX_DIMENSIONS, statDimensions, type StatDimension } from "@/lib/stats/dimensions";
import { devices, platforms, rankGroups } from "@/lib/vocabulary";
import { isoDate as realDate, storable } from "./text";

const year = (name: string) =>
  z
    .string()
    .regex(/^\d{4}$/, `${name} must be a four-digit year`)
    .transform(Number)
    .pipe(z.number().int().min(1990, `${name} must be 1990 or later`).max(2100, `${name} must be 2100 or earlier`));

/** A comma-separated list of keys from one vocabulary, each named in the error when unknown. */
function keyList<K extends string>(name: string, keys: readonly K[]) {
  return z.string().transform((value, ctx) => {
    const items = value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const unknown = items.filter((item) => !(keys as readonly string[]).includes(item));
    if (unknown.length > 0) {
      ctx.addIssue({ code: "custom", message: `${name}: unknown value ${unknown.map((u) => `'${u}'`).join(", ")}; use ${keys.join(", ")}` });
      return z.NEVER;
    }
    return [...new Set(items)] as K[];
  });
}

const dimensionList = z
  .string()
  .min(1, "dimension is required")
  .transform((value, ctx) => {
    const names = value.split(",").map((part) => part.trim());
    const unknown = names.filter((name) => !(statDimensions as readonly string[]).includes(name));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `unknown dimension ${unknown.map((u) => `'${u}'`).join(", ")}; use one or more of ${statDimensions.join(", ")}`,
      });
      return z.NEVER;
    }
    if (new Set(names).size !== names.length) {
      ctx.addIssue({ code: "custom", message: "names the same dimension twice" });
      return z.NEVER;
    }
    if (names.length > MAX_DIMENSIONS) {
      ctx.addIssue({ code: "custom", message: `takes at most ${MAX_DIMENSIONS} dimensions` });
      return z.NEVER;
    }
    return names as StatDimension[];
  });

/** Filters shared by the statistics API and the dashboard: which subject officers are counted at all. */
export const subjectFilterShape = {
  platform: keyList("platform", platforms.keys).optional(),
  rank_group: keyList("rank_group", rankGroups.keys).optional(),
  device: keyList("device", devices.keys).optional(),
};

const period = {
  from: year("from").optional(),
  to: year("to").optional(),
};

const fromNotAfterTo = (q: { from?: number; to?: number }) => q.from === undefined || q.to === undefined || q.from <= q.to;

export const subjectFilterSchema = z
  .object({ ...period, ...subjectFilterShape })
  .refine(fromNotAfterTo, { message: "from must not be after to", path: ["from"] });

export type SubjectFilter = z.infer<typeof subjectFilterSchema>;

const isoDate = (name: string) => realDate(`${name} must be a date written YYYY-MM-DD`);

export const statsQuerySchema = z
  .object({
    dimension: dimensionList,
    ...period,
    ...subjectFilterShape,
    asAt: isoDate("asAt").optional(),
    // Disclosure control is always on unless switched off (supervisors only, with a reason).
    suppress: z
      .string()
      .transform((value, ctx) => {
        if (value === "off" || value === "0") return "off" as const;
        const k = /^\d+$/.test(value) ? Number(value) : NaN;
        if (!Number.isInteger(k)) ctx.addIssue({ code: "custom", message: "suppress must be a whole number, or off" });
        else if (k < 2) ctx.addIssue({ code: "custom", message: "suppress must be at least 2 (counts below it are withheld), or off" });
        else if (k > 100) ctx.addIssue({ code: "custom", message: "suppress must be at most 100" });
        else return k;
        return z.NEVER;
      })
      .optional(),
    layout: z.enum(["long", "wide"], { message: "layout must be long or wide" }).default("long"),
    attributes: z.enum(["withhold", "accept"], { message: "attributes must be withhold or accept" }).optional(),
    why: storable(
      z.string().trim().min(10, "why must say in at least 10 characters why those outcomes may be published").max(500, "why must be at most 500 characters"),
    ).optional(),
    totals: z
      .enum(["0", "1"], { message: "totals must be 0 or 1" })
      .transform((v) => v === "1")
      .optional(),
    reason: storable(
      z.string().trim().min(10, "reason must say in at least 10 characters why disclosure control is off").max(500, "reason must be at most 500 characters"),
    ).optional(),
    format: z.enum(["json", "csv", "xlsx"], { message: "format must be json, csv or xlsx" }).default("json"),
  })
  .refine(fromNotAfterTo, { message: "from must not be after to", path: ["from"] })
  .refine((q) => q.suppress !== "off" || q.reason !== undefined, {
    message: "reason is required to switch disclosure control off: say why in at least 10 characters (it is recorded)",
    path: ["reason"],
  })
  .refine((q) => q.attributes !== "accept" || q.why !== undefined, {
    message: "why is required with attributes=accept: say why those outcomes may be published",
    path: ["why"],
  })
  .refine((q) => q.layout === "long" || q.dimension.length <= 2, { message: "layout=wide takes one or two dimensions", path: ["layout"] })
  .transform(({ dimension, ...rest }) => ({ dimensions: dimension, ...rest }));

/** The last day of its month: the only as-at dates for roles without case access, so that two a day apart cannot single out one decision. */
export function isMonthEnd(isoDate: string): boolean {
  const next = new Date(`${isoDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

export type StatsQuery = z.infer<typeof statsQuerySchema>;

export type ParsedParams<T> = { ok: true; data: T } | { ok: false; parameter: string; message: string };

const knownParameters = [
  "dimension",
  "from",
  "to",
  "format",
  "asAt",
  "suppress",
  "totals",
  "reason",
  "layout",
  "attributes",
  "why",
  ...Object.keys(subjectFilterShape),
];

/** The search parameters a schema knows, as a plain object; empty values count as absent. */
export function searchParamsObject(params: URLSearchParams | Record<string, string | string[] | undefined>, keys: string[]) {
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const single = Array.isArray(value) ? value.join(",") : value;
    if (typeof single === "string" && single !== "") raw[key] = single;
  }
  return raw;
}

function namedProblem(issue: z.core.$ZodIssue): { parameter: string; message: string } {
  const parameter = String(issue.path[0] ?? "query");
  const message = issue.message.startsWith(parameter) ? issue.message : `${parameter}: ${issue.message}`;
  return { parameter, message };
}

/** Turns a zod failure into the first bad parameter and a message that names it. */
export function firstProblem(error: z.ZodError): { parameter: string; message: string } {
  return namedProblem(error.issues[0]!);
}

/** Every bad parameter with its first problem, for a filter form that shows each beside its field. */
export function problemsByParameter(error: z.ZodError): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const issue of error.issues) {
    const { parameter, message } = namedProblem(issue);
    problems[parameter] ??= message;
  }
  return problems;
}

/** Parses URL search parameters; the error names the first bad parameter in words a caller can act on. */
export function parseStatsParams(params: URLSearchParams): ParsedParams<StatsQuery> {
  const raw = searchParamsObject(params, knownParameters);
  if (raw.dimension === undefined) {
    return { ok: false, parameter: "dimension", message: `dimension is required: one or more of ${statDimensions.join(", ")}` };
  }
  const parsed = statsQuerySchema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, ...firstProblem(parsed.error) };
}
