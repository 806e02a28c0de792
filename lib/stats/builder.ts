import { z } from "zod";
import { firstProblem, isMonthEnd, searchParamsObject, subjectFilterShape } from "@/lib/validation/stats";
import { isoDate, storable } from "@/lib/validation/text";
import { statDimensions, type StatDimension } from "./dimensions";
import { tableLayout } from "./layout";
import type { DisclosedResult } from "./disclose";
import type { StatsResult } from "./result";

const year = (label: string) =>
  z
    .string()
    .regex(/^\d{4}$/, `${label} must be a four-digit year`)
    .transform(Number)
    .pipe(z.number().int().min(1990, `${label} must be 1990 or later`).max(2100, `${label} must be 2100 or earlier`));

/** The table builder's choices, from the URL: what to count by, for when, as at when, under which rule. */
export const builderSchema = z
  .object({
    rows: z.enum(statDimensions, { message: "Choose what the rows count by" }).default("year"),
    cols: z.union([z.literal(""), z.enum(statDimensions, { message: "Choose what the columns count by" })]).default(""),
    from: year("From").default(2018),
    to: year("To").default(2021),
    asAt: isoDate("As at must be a date").optional(),
    k: z.coerce
      .number({ message: "The threshold must be a number" })
      .int("The threshold must be a whole number")
      .min(2, "The threshold must be at least 2")
      .max(100, "The threshold must be at most 100")
      .optional(),
    control: z.enum(["on", "off"]).default("on"),
    reason: storable(z.string().trim().max(500, "Keep the reason to 500 characters")).optional(),
    /** What to do with groups that all share one outcome (lib/stats/attribute-disclosure.ts). */
    attributes: z.enum(["withhold", "accept"], { message: "Choose to withhold those groups' outcomes or to record why they may be published" }).optional(),
    why: storable(z.string().trim().max(500, "Keep the reason to 500 characters")).optional(),
    ...subjectFilterShape,
  })
  .refine((b) => b.from <= b.to, { message: "From must not be after To", path: ["from"] })
  .refine((b) => b.cols === "" || b.cols !== b.rows, { message: "Choose different dimensions for rows and columns", path: ["cols"] })
  .refine((b) => b.attributes !== "accept" || (b.why ?? "").length >= 10, {
    message: "Say why publishing those outcomes is acceptable (at least 10 characters): the reason is recorded",
    path: ["why"],
  })
  .refine((b) => b.control === "on" || (b.reason ?? "").length >= 10, {
    message: "Say why disclosure control is switched off (at least 10 characters): the reason is recorded",
    path: ["reason"],
  });

export type BuilderChoice = z.infer<typeof builderSchema>;

/**
 * What the server allows each role on top of the form's own checks: exact figures for
 * supervisors only; never a threshold below the force's; and, for roles without case
 * access, as-at dates at month ends only (two dates a day apart would single out the
 * decisions of that day).
 */
export function builderProblem(
  choice: BuilderChoice,
  access: { exact: boolean; cases: boolean },
  forceK: number,
): { parameter: string; message: string } | null {
  if (choice.control === "off" && !access.exact) return { parameter: "control", message: "Only supervisors may switch disclosure control off." };
  if (choice.k !== undefined && choice.k < forceK) return { parameter: "k", message: `The threshold must be at least ${forceK}, the force's setting` };
  if (choice.asAt && !access.cases && !isMonthEnd(choice.asAt)) {
    return { parameter: "asAt", message: "As at must be the last day of a month (for example 2021-03-31)" };
  }
  return null;
}

export function parseBuilder(params: Record<string, string | string[] | undefined>) {
  const parsed = builderSchema.safeParse(
    searchParamsObject(params, ["rows", "cols", "from", "to", "asAt", "k", "control", "reason", "attributes", "why", "platform", "rank_group", "device"]),
  );
  return parsed.success ? ({ ok: true, data: parsed.data } as const) : ({ ok: false, ...firstProblem(parsed.error) } as const);
}

export function builderDimensions(choice: BuilderChoice): StatDimension[] {
  return choice.cols ? [choice.rows, choice.cols] : [choice.rows];
}

/** The statistics API query that gives the same table, for the export links and for publishing. */
export function apiQuery(choice: BuilderChoice, format: "json" | "csv" | "xlsx"): string {
  const params = new URLSearchParams({ dimension: builderDimensions(choice).join(","), from: String(choice.from), to: String(choice.to) });
  if (choice.cols) params.set("totals", "1");
  if (choice.asAt) params.set("asAt", choice.asAt);
  for (const key of ["platform", "rank_group", "device"] as const) if (choice[key]?.length) params.set(key, choice[key]!.join(","));
  if (choice.control === "off") {
    params.set("suppress", "off");
    if (choice.reason) params.set("reason", choice.reason);
  } else if (choice.k !== undefined) params.set("suppress", String(choice.k));
  if (choice.attributes) params.set("attributes", choice.attributes);
  if (choice.why) params.set("why", choice.why);
  params.set("format", format);
  return params.toString();
}

/** A builder choice as the page's own query string (lists comma-joined), to store and to re-open. */
export function builderQuery(choice: BuilderChoice): string {
  const entries = Object.entries(choice)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : String(value)]);
  return new URLSearchParams(entries).toString();
}

export interface PivotCell {
  count: number | null;
}

export interface Pivot {
  rowDimension: StatDimension;
  colDimension: StatDimension | null;
  rowKeys: string[];
  colKeys: string[];
  cell(row: string, col: string): PivotCell;
  rowTotal(row: string): PivotCell;
  colTotal(col: string): PivotCell;
  grand: PivotCell;
}

/** A result laid out as rows and columns, zeros filled in, for the screen and for comparing. */
export function toPivot(result: StatsResult | DisclosedResult, period: { from: number; to: number }): Pivot {
  const [rowDimension, colDimension = null] = result.dimensions as [StatDimension, StatDimension?];
  // One layout for the screen, the exports and disclosure control, so that all three have the same rows and columns.
  const layout = tableLayout({ ...result, from: period.from, to: period.to });
  const rowKeys = colDimension ? layout.rowKeys.map((k) => k[0]!) : layout.colKeys;
  const colKeys = colDimension ? layout.colKeys : ["count"];
  const cells = new Map(result.rows.map((r) => [`${r[rowDimension]}\u0000${colDimension ? r[colDimension] : "count"}`, r.count]));
  const rowTotals = new Map((result.totals?.rows ?? []).map((r) => [String(r[rowDimension]), r.count]));
  const colTotals = colDimension ? new Map((result.totals?.columns ?? []).map((r) => [String(r[colDimension]), r.count])) : new Map();
  const get = (map: Map<string, number | null>, key: string): PivotCell => ({ count: map.has(key) ? map.get(key)! : 0 });
  return {
    rowDimension,
    colDimension,
    rowKeys,
    colKeys,
    cell: (row, col) => get(cells, `${row}\u0000${col}`),
    rowTotal: (row) => (colDimension ? get(rowTotals, row) : get(cells, `${row}\u0000count`)),
    colTotal: (col) => get(colTotals, col),
    grand: { count: result.total },
  };
}

export interface CellChange {
  row: string;
  col: string;
  published: number | null;
  now: number | null;
}

/** Every cell and total whose figure differs between two runs of the same table. */
export function comparePivots(published: Pivot, now: Pivot): CellChange[] {
  const rows = [...new Set([...published.rowKeys, ...now.rowKeys])];
  const cols = [...new Set([...published.colKeys, ...now.colKeys])];
  const changes: CellChange[] = [];
  const check = (row: string, col: string, a: PivotCell, b: PivotCell) => {
    if (a.count !== b.count) changes.push({ row, col, published: a.count, now: b.count });
  };
  for (const row of rows) for (const col of cols) check(row, col, published.cell(row, col), now.cell(row, col));
  if (published.colDimension) {
    for (const row of rows) check(row, "Total", published.rowTotal(row), now.rowTotal(row));
    for (const col of cols) check("Total", col, published.colTotal(col), now.colTotal(col));
  }
  check("Total", "Total", published.grand, now.grand);
  return changes;
}
