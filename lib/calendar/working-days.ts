import { addDays } from "@/lib/dates";

/**
 * Working days in England and Wales: Monday to Friday, less bank holidays. The bank
 * holidays are computed from the rules that set them each year (Banking and Financial
 * Dealings Act 1971, Schedule 1, and the annual Royal Proclamations), so the calendar
 * never runs out; a short table holds the one-off moves and extra days announced for
 * particular years. Sources are listed in lib/conduct/SOURCES.md.
 */

/** ISO date of a day in a month, from 1-based month and day. */
function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function firstMonday(year: number, month: number): string {
  const first = iso(year, month, 1);
  return addDays(first, (8 - weekdayOf(first)) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = addDays(iso(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  return addDays(last, -((weekdayOf(last) + 6) % 7));
}

/** New Year's Day, or the Monday after when it falls at a weekend. */
function newYear(year: number): string {
  const day = iso(year, 1, 1);
  const weekday = weekdayOf(day);
  return weekday === 6 ? addDays(day, 2) : weekday === 0 ? addDays(day, 1) : day;
}

/**
 * Christmas Day and Boxing Day with their substitute days: a holiday falling at a weekend
 * moves to the next weekday not already a holiday (Christmas on Saturday gives Monday 27
 * and Tuesday 28; on Sunday, Boxing Day stays on Monday 26 and Christmas moves to 27).
 */
function christmas(year: number): string[] {
  const christmasDay = iso(year, 12, 25);
  switch (weekdayOf(christmasDay)) {
    case 5: // Friday: Boxing Day on Saturday moves to Monday 28
      return [christmasDay, iso(year, 12, 28)];
    case 6: // Saturday
      return [iso(year, 12, 27), iso(year, 12, 28)];
    case 0: // Sunday
      return [iso(year, 12, 26), iso(year, 12, 27)];
    default:
      return [christmasDay, iso(year, 12, 26)];
  }
}

interface OneOff {
  /** A regular holiday that did not fall on its usual day that year. */
  removed?: string;
  added: string;
  why: string;
}

/**
 * Years in which a holiday was moved or an extra one granted by proclamation. Each
 * entry was checked against a contemporary announcement (see lib/conduct/SOURCES.md).
 */
const oneOffs: readonly OneOff[] = [
  { removed: "1995-05-01", added: "1995-05-08", why: "Early May bank holiday moved for the 50th anniversary of VE Day" },
  { added: "1999-12-31", why: "Millennium" },
  { removed: "2002-05-27", added: "2002-06-04", why: "Spring bank holiday moved for the Golden Jubilee" },
  { added: "2002-06-03", why: "Golden Jubilee" },
  { added: "2011-04-29", why: "Wedding of Prince William and Catherine Middleton" },
  { removed: "2012-05-28", added: "2012-06-04", why: "Spring bank holiday moved for the Diamond Jubilee" },
  { added: "2012-06-05", why: "Diamond Jubilee" },
  { removed: "2020-05-04", added: "2020-05-08", why: "Early May bank holiday moved to VE Day (75th anniversary)" },
  { removed: "2022-05-30", added: "2022-06-02", why: "Spring bank holiday moved for the Platinum Jubilee" },
  { added: "2022-06-03", why: "Platinum Jubilee" },
  { added: "2022-09-19", why: "State funeral of Queen Elizabeth II" },
  { added: "2023-05-08", why: "Coronation of King Charles III" },
];

/**
 * The bank holidays of England and Wales in a year, in date order. The early May bank
 * holiday dates from 1978; years before that are not modelled beyond the other rules.
 */
export function bankHolidaysOf(year: number): string[] {
  const easter = easterSunday(year);
  const regular = [newYear(year), addDays(easter, -2), addDays(easter, 1), firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8), ...christmas(year)];
  const prefix = `${String(year).padStart(4, "0")}-`;
  const moved = new Set(oneOffs.filter((o) => o.removed?.startsWith(prefix)).map((o) => o.removed));
  const added = oneOffs.filter((o) => o.added.startsWith(prefix)).map((o) => o.added);
  return [...new Set([...regular.filter((day) => !moved.has(day)), ...added])].sort();
}

const cache = new Map<number, ReadonlySet<string>>();

function holidaySet(year: number): ReadonlySet<string> {
  let set = cache.get(year);
  if (!set) {
    set = new Set(bankHolidaysOf(year));
    cache.set(year, set);
  }
  return set;
}

export function isBankHoliday(isoDate: string): boolean {
  return holidaySet(Number(isoDate.slice(0, 4))).has(isoDate);
}

export function isWorkingDay(isoDate: string): boolean {
  const weekday = weekdayOf(isoDate);
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(isoDate);
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function checkArguments(isoDate: string, n: number): void {
  const parsed = Date.parse(`${isoDate}T00:00:00Z`);
  // Date.parse rolls 30 February over into March; a real date survives the round trip.
  if (!isoDatePattern.test(isoDate) || Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`Not an ISO date: ${isoDate}`);
  }
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`The number of working days must be a whole number of at least 1, not ${n}`);
}

/**
 * The n-th working day after a date, the date itself not counted (FOIA s.10, and the
 * regulations' "beginning with the first working day after" a date).
 */
export function addWorkingDays(isoDate: string, n: number): string {
  checkArguments(isoDate, n);
  let date = isoDate;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) counted++;
  }
  return date;
}

/**
 * The last day of a period of n working days "beginning with" a date: the date counts
 * as the first when it is a working day (the Police Barred List and Police Advisory
 * List Regulations 2017, regs 3(1) and 12(1)).
 */
export function workingDayDue(start: string, n: number): string {
  checkArguments(start, n);
  return isWorkingDay(start) ? (n === 1 ? start : addWorkingDays(start, n - 1)) : addWorkingDays(start, n);
}

/** How many working days fall after `from`, up to and including `to`: none when `to` is not after `from`. */
export function workingDaysAfter(from: string, to: string): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) if (isWorkingDay(date)) count++;
  return count;
}
