/**
 * How dates are shown to people: in words, UK style, one format everywhere ("1 December
 * 2026", "1 December 2026 at 14:30"). Exports and APIs keep ISO 8601 instead, which
 * tools read without guessing the order.
 */

/** Calendar dates are ISO strings of the force's day (`todayIso`): formatted as written, never shifted by a time zone. */
const date = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const month = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
/** Moments are shown in UK time, whatever the server's time zone. */
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });
const preciseDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "long", timeZone: "Europe/London" });

/** "2026-12-01" as "1 December 2026". */
export function formatDate(isoDate: string): string {
  return date.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2026-12" as "December 2026". */
export function formatMonth(isoMonth: string): string {
  return month.format(new Date(`${isoMonth}-01T00:00:00Z`));
}

/** "1 December 2026 at 14:30"; precise, to the second with the zone ("at 14:30:05 GMT"), for a log or a receipt. */
export function formatDateTime(value: Date, { precise = false } = {}): string {
  return (precise ? preciseDateTime : dateTime).format(value);
}
