import "server-only";
import { eq, sql } from "drizzle-orm";
import { caseStatusOf, stageDueOn } from "@/lib/cases/workflow";
import { getEnv } from "@/lib/env";
import type { Stage } from "@/lib/vocabulary";
import type { Transaction } from "../index";
import { cases, subjects } from "../schema";

/**
 * Sets a case's status from its subjects' stages (a case stands where its least advanced
 * open subject stands), with the force target for a new stage, after any change to its
 * subjects. The caller holds the case row's lock. Returns the status now.
 */
export async function refreshCaseStatus(tx: Transaction, caseId: number, before: Stage, today: string): Promise<Stage> {
  const rows = await tx.select({ stage: subjects.stage }).from(subjects).where(eq(subjects.caseId, caseId));
  const status = caseStatusOf(rows.map((row) => row.stage));
  if (status !== before) {
    await tx
      .update(cases)
      .set({ status, stageDueOn: stageDueOn(status, today, getEnv().FORCE_TARGET_DAYS), version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
      .where(eq(cases.id, caseId));
  }
  return status;
}
