import { workingDaysAfter } from "@/lib/calendar/working-days";
import { addDays, daysBetween } from "@/lib/dates";
import type { TaskKind } from "@/lib/conduct/clock-tasks";
import type { Stage } from "@/lib/vocabulary";

/**
 * "This week" on the home page: today and the six days after it, in the force's day
 * (`todayIso`, Europe/London). `before` is the first day after the week, for queries
 * that ask what falls due before a date.
 */
export interface WorkWeek {
  today: string;
  lastDay: string;
  before: string;
}

export function workWeek(today: string): WorkWeek {
  return { today, lastDay: addDays(today, 6), before: addDays(today, 7) };
}

/** A statutory clock not yet done, on a case, for one subject officer. */
export interface ClockDue {
  taskId: number;
  kind: TaskKind;
  dueOn: string;
  caseRef: string;
  officer: string;
}

/** A case's stage with its force target date (force policy, not statute). */
export interface TargetDue {
  caseRef: string;
  stage: Stage;
  dueOn: string;
}

export type DueItem = ({ source: "clock" } & ClockDue) | ({ source: "target" } & TargetDue);

/**
 * What falls due on a person's cases, split into what is overdue (due before today) and
 * what is due this week, each soonest first; a statutory clock before a force target on
 * the same day, since the law's deadline is the one that cannot move.
 */
export function splitDueWork(clocks: ClockDue[], targets: TargetDue[], week: WorkWeek): { overdue: DueItem[]; thisWeek: DueItem[] } {
  const items: DueItem[] = [...clocks.map((c) => ({ source: "clock" as const, ...c })), ...targets.map((t) => ({ source: "target" as const, ...t }))];
  items.sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      (a.source === b.source ? 0 : a.source === "clock" ? -1 : 1) ||
      a.caseRef.localeCompare(b.caseRef) ||
      (a.source === "clock" && b.source === "clock" ? a.taskId - b.taskId : 0),
  );
  const inWeek = items.filter((item) => item.dueOn < week.before);
  return { overdue: inWeek.filter((item) => item.dueOn < week.today), thisWeek: inWeek.filter((item) => item.dueOn >= week.today) };
}

/** How near a date is, in words: "Due today", "Due in 3 days", "2 days overdue". */
export function dueInWords(dueOn: string, today: string): string {
  const days = daysBetween(today, dueOn);
  if (days === 0) return "Due today";
  if (days === 1) return "Due tomorrow";
  if (days > 1) return `Due in ${days} days`;
  return days === -1 ? "1 day overdue" : `${-days} days overdue`;
}

/**
 * A deadline counted in working days, in words (an FoI reply is due by the 20th working
 * day after receipt, FOIA s.10): "Overdue", "Due today", "1 working day left".
 */
export function workingDaysLeftInWords(deadlineOn: string, today: string): string {
  if (deadlineOn < today) return "Overdue";
  if (deadlineOn === today) return "Due today";
  const left = workingDaysAfter(today, deadlineOn);
  if (left === 0) return "No working days left";
  return left === 1 ? "1 working day left" : `${left} working days left`;
}
