import { daysBetween } from "@/lib/dates";
import { formatDate } from "@/lib/format";

export const EARLY_INTERVENTION_WINDOW_DAYS = 365;

export interface Allegation {
  /** Null for an allegation on a case the viewer may not see: it counts, but is never named. */
  ref: string | null;
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

function joinWords(list: string[]): string {
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

/**
 * The reason for a flag in plain words, naming the cases the viewer may see with their
 * dates; the others only as a number, with neither reference nor date.
 */
export function explainRepeat(window: Allegation[], threshold: number): string {
  const named = window.flatMap((a) => (a.ref === null ? [] : [`${a.ref} (${formatDate(a.recordedOn)})`]));
  const unseen = window.length - named.length;
  const parts = unseen === 0 ? named : [...named, `${unseen} on ${unseen === 1 ? "a case" : "cases"} you may not see`];
  return `Named in ${window.length} allegations within twelve months: ${joinWords(parts)}. The early-intervention threshold is ${threshold}.`;
}
