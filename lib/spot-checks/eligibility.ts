/**
 * Who may be drawn: the chosen population less anyone checked in the last N months.
 * "Checked" counts from the day a check was done or, for a check drawn but not yet
 * done, the day it was drawn, so a person cannot be drawn twice before their first
 * check takes place.
 */
export function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export interface Eligibility {
  eligible: number[];
  excluded: number[];
}

/**
 * Splits the population by the exclusion rule. `lastChecked` gives each person's most
 * recent check date; with `excludeMonths` 0 nobody is excluded.
 */
export function applyExclusions(populationIds: readonly number[], lastChecked: ReadonlyMap<number, string>, today: string, excludeMonths: number): Eligibility {
  if (excludeMonths <= 0) return { eligible: [...populationIds], excluded: [] };
  const cutoff = monthsBefore(today, excludeMonths);
  const eligible: number[] = [];
  const excluded: number[] = [];
  for (const id of populationIds) {
    const last = lastChecked.get(id);
    if (last !== undefined && last >= cutoff) excluded.push(id);
    else eligible.push(id);
  }
  return { eligible, excluded };
}
