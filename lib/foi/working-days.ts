import { addWorkingDays } from "@/lib/calendar/working-days";

export { addWorkingDays, isWorkingDay } from "@/lib/calendar/working-days";

export const FOI_RESPONSE_WORKING_DAYS = 20;

/**
 * FOIA s.10: the reply is due by the 20th working day following receipt (the day after
 * receipt is the first day counted; weekends and bank holidays are not counted).
 */
export function foiDeadline(receivedOn: string): string {
  return addWorkingDays(receivedOn, FOI_RESPONSE_WORKING_DAYS);
}
