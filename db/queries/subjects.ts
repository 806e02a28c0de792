import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import { AppError } from "@/lib/errors";
import type { Finding } from "@/lib/vocabulary";
import type { Database } from "../index";
import { cases, subjects } from "../schema";
import { auditBy } from "./audit";
import { visibleCasesWhere } from "./case-access";

/**
 * Records the appropriate authority's finding on one subject, if the subject is still
 * at the version the person started from: a stale edit is refused and nothing is
 * overwritten. The change and its audit entry land together.
 */
export async function recordFinding(
  db: Database,
  actor: CaseViewer,
  input: { subjectId: number; version: number; finding: Finding; findingOn: string; rationale: string },
) {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ ref: cases.ref, version: subjects.version, finding: subjects.finding, findingOn: subjects.findingOn })
      .from(subjects)
      .innerJoin(cases, eq(cases.id, subjects.caseId))
      .where(and(eq(subjects.id, input.subjectId), visibleCasesWhere(tx, actor)));
    if (!target) throw new AppError("not_found", "That subject is not on a case you can see.");
    const updated = await tx
      .update(subjects)
      .set({
        finding: input.finding,
        findingOn: input.findingOn,
        findingRationale: input.rationale,
        version: sql`${subjects.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(subjects.id, input.subjectId), eq(subjects.version, input.version)))
      .returning({ version: subjects.version });
    if (updated.length === 0) {
      throw new AppError(
        "conflict",
        `Someone else changed this subject after you opened it: the finding is now ${target.finding ?? "not made"}${target.findingOn ? ` (${target.findingOn})` : ""}. Reload the case to see their change; yours was not saved.`,
      );
    }
    await auditBy(tx, actor, {
      action: "case.finding_recorded",
      entityType: "case",
      entityId: target.ref,
      detail: { subjectId: input.subjectId, from: target.finding, to: input.finding, findingOn: input.findingOn, rationale: input.rationale },
    });
    return { ref: target.ref, version: updated[0]!.version };
  });
}
