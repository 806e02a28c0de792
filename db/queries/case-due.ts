import "server-only";
import { and, isNull, lt, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { Stage } from "@/lib/vocabulary";
import { cases, tasks } from "../schema";

const closed: Stage[] = ["finalised", "withdrawn"];

/**
 * The one home of "due" and "overdue" on a case, for the case list's overdue filter and
 * the home page's work lists alike. Two things fall due: the stage's force target (force
 * policy, not statute), only while the case is open; and a statutory clock (a task such
 * as the barred list report, SI 2017/1135 reg 3), until it is done, whatever the case's
 * stage, since a dismissal's report is owed after the case is finalised.
 */

/** A case not finalised or withdrawn; on `cases`. */
export function openCaseWhere(): SQL {
  return notInArray(cases.status, closed);
}

/** An open case whose stage's force target falls before `date`; on `cases`. */
export function stageDueBefore(date: string): SQL {
  return and(openCaseWhere(), lt(cases.stageDueOn, date))!;
}

/** A statutory clock not yet done whose due date falls before `date`; on `tasks`. */
export function openTaskDueBefore(date: string): SQL {
  return and(isNull(tasks.completedAt), lt(tasks.dueOn, date))!;
}

/** A case with a force target or a statutory clock falling due before `date`; on `cases`. */
export function caseDueBefore(date: string): SQL {
  return or(stageDueBefore(date), sql`exists (select 1 from ${tasks} where ${tasks.caseId} = ${cases.id} and ${openTaskDueBefore(date)})`)!;
}

/** Overdue: something fell due before today. */
export function overdueCaseWhere(today: string): SQL {
  return caseDueBefore(today);
}
