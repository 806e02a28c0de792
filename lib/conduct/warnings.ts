import { addDays } from "@/lib/dates";

/**
 * Warnings in force on a date, worked out from the officer's own record of outcomes.
 *
 * How long a warning stays in force: 2020 reg 42(9) (read only in a scraped copy of the
 * regulations, not on legislation.gov.uk: see lib/conduct/SOURCES.md): a written warning
 * for 18 months and a final written warning for 2 years, each beginning with the day it
 * was notified to the officer (the outcome date here). A 2012 extension of a final written
 * warning adds 18 months to it, once (2012 reg 55(4)-(5); 35(7)(b)).
 */
export interface PastOutcome {
  outcome: string;
  outcomeOn: string | null;
}

export interface WarningsInForce {
  writtenWarning: boolean;
  finalWrittenWarning: boolean;
  /** The final written warning in force has already been extended once (2012 reg 55(5)). */
  finalWrittenWarningExtended: boolean;
}

/** The last day of a period of whole months beginning with a date. */
function periodEnds(start: string, months: number): string {
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  const same = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(day, lastDay))).toISOString().slice(0, 10);
  return day > lastDay ? same : addDays(same, -1);
}

export function warningsInForce(record: readonly PastOutcome[], on: string): WarningsInForce {
  const dated = record.filter((r): r is { outcome: string; outcomeOn: string } => r.outcomeOn !== null && r.outcomeOn < on);
  const sorted = [...dated].sort((a, b) => a.outcomeOn.localeCompare(b.outcomeOn));
  let writtenUntil: string | null = null;
  let finalUntil: string | null = null;
  let extended = false;
  for (const { outcome, outcomeOn } of sorted) {
    if (outcome === "written_warning") writtenUntil = periodEnds(outcomeOn, 18);
    if (outcome === "final_written_warning") {
      finalUntil = periodEnds(outcomeOn, 24);
      extended = false;
    }
    if (outcome === "extension_of_final_written_warning" && finalUntil !== null && finalUntil >= outcomeOn) {
      finalUntil = periodEnds(addDays(finalUntil, 1), 18);
      extended = true;
    }
  }
  const finalInForce = finalUntil !== null && finalUntil >= on;
  return {
    writtenWarning: writtenUntil !== null && writtenUntil >= on,
    finalWrittenWarning: finalInForce,
    finalWrittenWarningExtended: finalInForce && extended,
  };
}
