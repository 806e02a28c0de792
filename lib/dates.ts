/** Calendar dates as ISO `YYYY-MM-DD` strings, computed in UTC so no time zone shifts a day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * Today's date where the force works, the one "today" of the product: a referral at 00:30
 * BST belongs to that London day, in the case it opens, the permissions, the spot-checks,
 * the deadlines and the dashboard alike. Callers take it once and pass it down.
 */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

/**
 * The instant a London day begins (midnight GMT or BST), so that a filter by date finds
 * what happened on that day where the force works, not on the UTC day.
 */
export function londonDayStart(isoDate: string): Date {
  const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`);
  // London is UTC or an hour ahead: its midnight is the one of those two instants that
  // is on the day while the millisecond before it is not.
  for (const hoursAhead of [1, 0]) {
    const start = new Date(utcMidnight - hoursAhead * 3_600_000);
    if (todayIso(start) === isoDate && todayIso(new Date(start.getTime() - 1)) !== isoDate) return start;
  }
  return new Date(utcMidnight);
}
