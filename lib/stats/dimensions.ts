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

/** A dimension over a vocabulary, with the derived values the engine adds after its own. */
function overVocabulary(
  label: string,
  vocabulary: { keys: readonly string[]; labels: Record<string, string> },
  derived: (keyof typeof derivedValues)[] = [],
): DimensionInfo {
  return {
    label,
    order: [...vocabulary.keys, ...derived],
    labels: { ...vocabulary.labels, ...Object.fromEntries(derived.map((key) => [key, derivedValues[key]])) },
  };
}

export const dimensionInfo: Record<StatDimension, DimensionInfo> = {
  year: { label: "Year recorded", order: null, labels: {} },
  financial_year: { label: "Financial year recorded (April to March)", order: null, labels: {} },
  rank_group: overVocabulary("Rank group", rankGroups),
  rank: overVocabulary("Rank", ranks),
  finding: overVocabulary("Finding", findings, ["ongoing"]),
  sanction: overVocabulary("Sanction", outcomes, ["none", "not_applicable"]),
  platform: overVocabulary("Platform", platforms),
  device: overVocabulary("Device", devices),
  source: overVocabulary("How it came to notice", sources),
  standard: overVocabulary("Standard of Professional Behaviour", standards, ["not_recorded"]),
  /**
   * A subject officer's part in a group chat linked to their case (issue 18): one key per
   * subject, so that the rows add up to the total. A subject in several such groups counts
   * under the first of their parts in the vocabulary's order (author, endorsed, silent,
   * challenged, reported).
   */
  group_part: overVocabulary("Part in a group chat", groupParts, ["part_not_recorded", "not_in_group"]),
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
