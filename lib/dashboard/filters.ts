import { z } from "zod";
import { firstProblem, problemsByParameter, searchParamsObject, subjectFilterShape, type SubjectFilter } from "@/lib/validation/stats";
import { devices, platforms, rankGroups } from "@/lib/vocabulary";

const year = (label: string) =>
  z
    .string()
    .regex(/^\d{4}$/, `${label} must be a four-digit year`)
    .transform(Number)
    .pipe(z.number().int().min(1990, `${label} must be 1990 or later`).max(2100, `${label} must be 2100 or earlier`));

export const DEFAULT_EI_THRESHOLD = 2;
/** The published FoI years: the view the dashboard opens on. */
const DEFAULT_FROM = 2018;
const DEFAULT_TO = 2021;

/** The dashboard's filter bar, read from the URL so that a view can be shared. Defaults: the published FoI years. */
export const dashboardFilterSchema = z
  .object({
    from: year("from").default(DEFAULT_FROM),
    to: year("to").default(DEFAULT_TO),
    ...subjectFilterShape,
    ei: z.coerce
      .number({ message: "ei must be a number" })
      .int("ei must be a whole number")
      .min(2, "ei must be at least 2")
      .max(10, "ei must be at most 10")
      .default(DEFAULT_EI_THRESHOLD),
  })
  .refine((f) => f.from <= f.to, { message: "from must not be after to", path: ["from"] });

export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

const keys = ["from", "to", "platform", "rank_group", "device", "ei"] as const;

/** The filter bar's fields as written in it: what the person asked for, even where it is refused. */
export type DashboardFilterValues = Record<(typeof keys)[number], string>;

const defaultValues: DashboardFilterValues = { from: String(DEFAULT_FROM), to: String(DEFAULT_TO), platform: "", rank_group: "", device: "", ei: "" };

/**
 * The filters from the URL; when refused, every bad parameter with its problem and the
 * values as they were given, so that the filter bar shows them again beside the problems.
 */
export function parseDashboardFilter(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const raw = searchParamsObject(params, [...keys]);
  const parsed = dashboardFilterSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data } as const;
  return { ok: false, ...firstProblem(parsed.error), problems: problemsByParameter(parsed.error), values: { ...defaultValues, ...raw } } as const;
}

/** An accepted filter as the filter bar writes it (a select shows one value of a list). */
export function filterValues(filter: DashboardFilter): DashboardFilterValues {
  return {
    from: String(filter.from),
    to: String(filter.to),
    platform: filter.platform?.[0] ?? "",
    rank_group: filter.rank_group?.[0] ?? "",
    device: filter.device?.[0] ?? "",
    ei: filter.ei === DEFAULT_EI_THRESHOLD ? "" : String(filter.ei),
  };
}

/** The query string of a filter, for links, the CSV downloads and the statistics API. */
export function filterQuery(filter: Omit<DashboardFilter, "ei"> & { ei?: number }): string {
  const params = new URLSearchParams({ from: String(filter.from), to: String(filter.to) });
  for (const key of ["platform", "rank_group", "device"] as const) {
    const values = filter[key];
    if (values && values.length > 0) params.set(key, values.join(","));
  }
  if (filter.ei !== undefined && filter.ei !== DEFAULT_EI_THRESHOLD) params.set("ei", String(filter.ei));
  return params.toString();
}

/** The period and filters in words, for print and for the downloads. */
export function describeFilter(filter: SubjectFilter & { from: number; to: number }): string {
  const parts = [`${filter.from} to ${filter.to}`];
  if (filter.platform?.length) parts.push(`platform: ${filter.platform.map((k) => platforms.labels[k]).join(", ")}`);
  if (filter.rank_group?.length) parts.push(`rank group: ${filter.rank_group.map((k) => rankGroups.labels[k]).join(", ")}`);
  if (filter.device?.length) parts.push(`device: ${filter.device.map((k) => devices.labels[k]).join(", ")}`);
  return parts.join("; ");
}
