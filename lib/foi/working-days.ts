import { addDays } from "@/lib/dates";
import { bankHolidays, bankHolidaysKnownUntil } from "./bank-holidays";

const holidays = new Set(bankHolidays);

export const FOI_RESPONSE_WORKING_DAYS = 20;

export function isWorkingDay(isoDate: string): boolean {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDate);
}

/**
 * The n-th working day after a date (FOIA s.10: the day after receipt is the first day
 * counted; weekends and bank holidays are not counted).
 */
export function addWorkingDays(isoDate: string, n: number): string {
  let date = isoDate;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    if (date > bankHolidaysKnownUntil) throw new Error(`Bank holidays after ${bankHolidaysKnownUntil} are not known yet; add them to lib/foi/bank-holidays.ts`);
    if (isWorkingDay(date)) counted++;
  }
  return date;
}

export function foiDeadline(receivedOn: string): string {
  return addWorkingDays(receivedOn, FOI_RESPONSE_WORKING_DAYS);
}
