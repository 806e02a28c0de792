import { z } from "zod";
import { MAX_DIMENSIONS, statDimensions, type StatDimension } from "@/lib/stats/dimensions";

const year = (name: string) =>
  z
    .string()
    .regex(/^\d{4}$/, `${name} must be a four-digit year`)
    .transform(Number)
    .pipe(z.number().int().min(1990, `${name} must be 1990 or later`).max(2100, `${name} must be 2100 or earlier`));

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

export const statsQuerySchema = z
  .object({
    dimension: dimensionList,
    from: year("from").optional(),
    to: year("to").optional(),
    format: z.enum(["json", "csv"], { message: "format must be json or csv" }).default("json"),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: "from must not be after to",
    path: ["from"],
  })
  .transform(({ dimension, ...rest }) => ({ dimensions: dimension, ...rest }));

/** The period picker of the statistics screens: the published FoI years unless the person chooses others. */
export const periodSchema = z
  .object({
    from: year("From").default(2018),
    to: year("To").default(2021),
  })
  .refine((p) => p.from <= p.to, { message: "From must not be after To", path: ["from"] });

export type StatsQuery = z.infer<typeof statsQuerySchema>;

export type ParsedParams<T> = { ok: true; data: T } | { ok: false; parameter: string; message: string };

/** Parses URL search parameters; the error names the first bad parameter in words a caller can act on. */
export function parseStatsParams(params: URLSearchParams): ParsedParams<StatsQuery> {
  const raw: Record<string, string> = {};
  for (const key of ["dimension", "from", "to", "format"]) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  if (raw.dimension === undefined) {
    return { ok: false, parameter: "dimension", message: `dimension is required: one or more of ${statDimensions.join(", ")}` };
  }
  const parsed = statsQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0]!;
  const parameter = String(issue.path[0] ?? "query");
  const message = issue.message.startsWith(parameter) ? issue.message : `${parameter}: ${issue.message}`;
  return { ok: false, parameter, message };
}
