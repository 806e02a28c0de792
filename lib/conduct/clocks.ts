import { addDays } from "@/lib/dates";
import { workingDayDue } from "@/lib/calendar/working-days";

/**
 * The statutory clocks of a conduct case, as data: what starts each one, where the law
 * sets it, and how its due date is worked out. Force targets are not here; they are policy,
 * not statute, and belong in configuration under their own name.
 */
export type ClockKey = "investigation_report_to_policing_body" | "officer_response_to_referral" | "barred_list_report" | "advisory_list_report";

export interface StatutoryClock {
  key: ClockKey;
  name: string;
  citation: string;
  /** What the start date of the clock is. */
  startsFrom: string;
  /** How the due date is computed, in words. */
  computed: string;
  /** Due date from the start date. */
  dueOn: (start: string) => string;
}

/** The last day of a period of whole calendar months beginning with a date. */
function endOfMonthsBeginningWith(start: string, months: number): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const day = Number(start.slice(8, 10));
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  // 31 August + 6 months has no 31 February: the period runs to the end of February.
  const anniversary = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay))).toISOString().slice(0, 10);
  return day > lastDay ? anniversary : addDays(anniversary, -1);
}

/**
 * Reg 19(2) (2020): the first relevant period is 12 months beginning with the day the
 * allegation first came to the appropriate authority's attention; each later one is 6
 * months beginning with the day after the previous ended. Returns the last day of the
 * n-th period (n = 1 for the first), after which a report is due "as soon as practicable".
 */
export function relevantPeriodEnds(cameToAttentionOn: string, n = 1): string {
  let end = endOfMonthsBeginningWith(cameToAttentionOn, 12);
  for (let period = 2; period <= n; period++) end = endOfMonthsBeginningWith(addDays(end, 1), 6);
  return end;
}

export const statutoryClocks: readonly StatutoryClock[] = [
  {
    key: "investigation_report_to_policing_body",
    name: "Report to the local policing body on an investigation not completed",
    citation: "Police (Conduct) Regulations 2020, reg 19(1)-(2)",
    startsFrom: "the day the allegation first came to the attention of the appropriate authority",
    computed:
      "the first relevant period is 12 months beginning with that day, then each 6 months beginning with the day after the previous one ends; if the investigation is not completed within a period, the report is due as soon as practicable after it (this clock shows the day after the period ends)",
    dueOn: (start) => addDays(relevantPeriodEnds(start), 1),
  },
  {
    key: "officer_response_to_referral",
    name: "Officer's response to the notice of referral to misconduct proceedings",
    citation: "Police (Conduct) Regulations 2020, reg 31(1)",
    startsFrom: "the day the documents were supplied to the officer under reg 30(1)",
    computed: "before the end of 15 working days beginning with the first working day after that day (extendable by the chair for exceptional circumstances)",
    dueOn: (start) => workingDayDue(addDays(start, 1), 15),
  },
  {
    key: "barred_list_report",
    name: "Report to the College of Policing for the barred list",
    citation: "Police Barred List and Police Advisory List Regulations 2017, reg 3(1)",
    startsFrom: "the date of the dismissal, or of the finding that a former officer would have been dismissed",
    computed: "before the end of 5 working days beginning with that date",
    dueOn: (start) => workingDayDue(start, 5),
  },
  {
    key: "advisory_list_report",
    name: "Report to the College of Policing for the advisory list",
    citation: "Police Barred List and Police Advisory List Regulations 2017, reg 12(1)",
    startsFrom:
      "the date of the relevant event (resigning or retiring under investigation or proceedings), or, for an allegation about someone who had already left (Police Act 1996 s 88I(1)(d)), the date it came to the authority's attention",
    computed: "before the end of 5 working days beginning with that date",
    dueOn: (start) => workingDayDue(start, 5),
  },
];

export function clockFor(key: ClockKey): StatutoryClock {
  const clock = statutoryClocks.find((c) => c.key === key);
  if (!clock) throw new RangeError(`No statutory clock ${key}`);
  return clock;
}
