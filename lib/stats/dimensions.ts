import { devices, findings, groupParts, outcomes, platforms, rankGroups, sources, ranks, standards } from "@/lib/vocabulary";

/** The dimensions the statistics engine can count subject officers by. */
export const statDimensions = [
  "year",
  "financial_year",
  "rank_group",
  "rank",
  "finding",
  "sanction",
  "platform",
  "device",
  "standard",
  "source",
  "group_part",
] as const;
export type StatDimension = (typeof statDimensions)[number];

export const MAX_DIMENSIONS = 3;

/** Values the engine adds to the stored vocabularies, so every record lands in exactly one row. */
const derivedValues = {
  ongoing: "Ongoing (no finding yet)",
  none: "Case to answer, no sanction recorded",
  not_applicable: "Not applicable (no case to answer)",
  not_recorded: "Not recorded",
  part_not_recorded: "In a group of the case, part not yet recorded",
  not_in_group: "Not in a group chat recorded on the case",
} as const;

interface DimensionInfo {
  label: string;
  /** Row order; null for years, which sort by number. */
  order: readonly string[] | null;
  labels: Record<string, string>;
}

export const dimensionInfo: Record<StatDimension, DimensionInfo> = {
  year: { label: "Year recorded", order: null, labels: {} },
  financial_year: { label: "Financial year recorded (April to March)", order: null, labels: {} },
  rank_group: { label: "Rank group", order: rankGroups.keys, labels: rankGroups.labels },
  rank: { label: "Rank", order: ranks.keys, labels: ranks.labels },
  finding: {
    label: "Finding",
    order: [...findings.keys, "ongoing"],
    labels: { ...findings.labels, ongoing: derivedValues.ongoing },
  },
  sanction: {
    label: "Sanction",
    order: [...outcomes.keys, "none", "not_applicable"],
    labels: { ...outcomes.labels, none: derivedValues.none, not_applicable: derivedValues.not_applicable },
  },
  platform: { label: "Platform", order: platforms.keys, labels: platforms.labels },
  device: { label: "Device", order: devices.keys, labels: devices.labels },
  source: { label: "How it came to notice", order: sources.keys, labels: sources.labels },
  standard: {
    label: "Standard of Professional Behaviour",
    order: [...standards.keys, "not_recorded"],
    labels: { ...standards.labels, not_recorded: derivedValues.not_recorded },
  },
  /**
   * A subject officer's part in a group chat linked to their case (issue 18): one key per
   * subject, so that the rows add up to the total. A subject in several such groups counts
   * under the first of their parts in the vocabulary's order (author, endorsed, silent,
   * challenged, reported).
   */
  group_part: {
    label: "Part in a group chat",
    order: [...groupParts.keys, "part_not_recorded", "not_in_group"],
    labels: { ...groupParts.labels, part_not_recorded: derivedValues.part_not_recorded, not_in_group: derivedValues.not_in_group },
  },
};

export function valueLabel(dimension: StatDimension, key: string): string {
  return dimensionInfo[dimension].labels[key] ?? key;
}

/** Sort rank of a value within its dimension; unknown values go last. */
export function valueRank(dimension: StatDimension, key: string): number {
  const order = dimensionInfo[dimension].order;
  if (!order) return Number(key.slice(0, 4));
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}
