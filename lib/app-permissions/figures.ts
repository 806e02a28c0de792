import { addDays } from "@/lib/dates";
import { isHeldOn, type PermissionDates } from "./state";

export interface PermissionHistory extends PermissionDates {
  requesterId: number;
  requestedOn: string;
}

export interface MonthFigures {
  /** "YYYY-MM" */
  month: string;
  requests: number;
  approvals: number;
  refusals: number;
  /** People holding a permission on the month's last day (today, for the month in progress). */
  holders: number;
}

/** The `count` months up to and including the month of `today`, oldest first. */
export function monthsEnding(today: string, count: number): string[] {
  const [year, month] = today.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

function lastDayOf(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return addDays(`${year}-${String(m).padStart(2, "0")}-01`, new Date(Date.UTC(year, m, 0)).getUTCDate() - 1);
}

/** Requests, decisions and holders by month, from each request's history. */
export function monthlyFigures(history: readonly PermissionHistory[], today: string, count = 12): MonthFigures[] {
  return monthsEnding(today, count).map((month) => {
    const asAt = month === today.slice(0, 7) ? today : lastDayOf(month);
    const decidedIn = history.filter((p) => p.decidedOn?.startsWith(month));
    return {
      month,
      requests: history.filter((p) => p.requestedOn.startsWith(month)).length,
      approvals: decidedIn.filter((p) => p.decision === "approved").length,
      refusals: decidedIn.filter((p) => p.decision === "refused").length,
      holders: new Set(history.filter((p) => isHeldOn(p, asAt)).map((p) => p.requesterId)).size,
    };
  });
}
