/**
 * Suspension, or restriction instead of it, while a conduct matter is investigated or
 * decided (2020 reg 11). The regulation asks that the appropriate authority keeps a
 * suspension under review; its exact review intervals (reg 11(7)-(8)) were not read, so the
 * product records each review's date and shows how long since the last, without a clock.
 */
export const measureKinds = ["suspension", "restricted_duties"] as const;
export type MeasureKind = (typeof measureKinds)[number];

export const measureLabels: Record<MeasureKind, string> = {
  suspension: "Suspended (reg 11)",
  restricted_duties: "Restricted duties instead of suspension (reg 11)",
};

/** Why a change to a measure cannot be saved, in words; null when it can. */
export function measureRefusal(
  open: { startedOn: string; lastReviewedOn: string | null } | null,
  change: { startedOn?: string | null; reviewedOn?: string | null; endedOn?: string | null },
  today: string,
): string | null {
  const dates = [change.startedOn, change.reviewedOn, change.endedOn].filter((d): d is string => !!d);
  if (dates.some((d) => d > today)) return "A date cannot be in the future.";
  if (!open) return change.startedOn ? null : "Give the date the measure started.";
  if (!change.reviewedOn && !change.endedOn) return "Give the date of the review, or the date the measure ended.";
  if (change.reviewedOn && change.reviewedOn < open.startedOn) return "A review cannot come before the measure started.";
  if (change.endedOn && change.endedOn < open.startedOn) return "The measure cannot end before it started.";
  return null;
}
