import { daysBetween } from "@/lib/dates";

export const EARLY_INTERVENTION_WINDOW_DAYS = 365;

export interface Allegation {
  ref: string;
  recordedOn: string;
}

/**
 * The largest set of an officer's allegations recorded within twelve months of each
 * other (a sliding window), or null when it is smaller than the threshold.
 */
export function repeatWindow(allegations: Allegation[], threshold: number): Allegation[] | null {
  const sorted = [...allegations].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn));
  let best: Allegation[] = [];
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (daysBetween(sorted[start]!.recordedOn, sorted[end]!.recordedOn) > EARLY_INTERVENTION_WINDOW_DAYS) start++;
    if (end - start + 1 > best.length) best = sorted.slice(start, end + 1);
  }
  return best.length >= threshold ? best : null;
}

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The reason for a flag in plain words, naming the cases and their dates. */
export function explainRepeat(window: Allegation[], threshold: number): string {
  const list = window.map((a) => `${a.ref} (${longDate.format(new Date(`${a.recordedOn}T00:00:00Z`))})`);
  const joined = list.length === 2 ? list.join(" and ") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
  return `Named in ${window.length} allegations within twelve months: ${joined}. The early-intervention threshold is ${threshold}.`;
}
