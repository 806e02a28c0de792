import "server-only";
import { inArray } from "drizzle-orm";
import { stageDueOn } from "@/lib/cases/workflow";
import { todayIso } from "@/lib/dates";
import type { Transaction } from "../index";
import { cases, people, subjects, type NewCase } from "../schema";
import type { Actor } from "./admin-users";
import { recordAudit } from "./audit";
import { nextCaseRef } from "./refs";


export interface OpenCaseInput extends Pick<NewCase, "summary" | "source" | "platform" | "channel" | "contentType" | "device" | "incidentOn"> {
  /** People named as subjects from the start, each with the allegation against them. */
  subjects?: { personId: number; allegation: string }[];
}

/**
 * Opens a new case (reference PSD-YYYY-NNNN, recorded today) inside the caller's
 * transaction, with its subjects at their current rank, and audits it under `action`.
 * Every route into a case (a report, a spot-check referral) goes through here.
 */
export async function openCase(
  tx: Transaction,
  actor: Actor,
  input: OpenCaseInput,
  audit: { action: string; detail: Record<string, unknown> },
): Promise<{ id: number; ref: string }> {
  const today = todayIso();
  const ref = await nextCaseRef(tx, today);
  const { subjects: named = [], ...fields } = input;
  const [created] = await tx
    .insert(cases)
    .values({ ...fields, summary: fields.summary.slice(0, 500), ref, recordedOn: today, status: "recorded", stageDueOn: stageDueOn("recorded", today) })
    .returning({ id: cases.id });
  if (named.length > 0) {
    const ranks = new Map(
      (await tx.select({ id: people.id, rank: people.rank }).from(people).where(inArray(people.id, named.map((s) => s.personId)))).map((p) => [p.id, p.rank]),
    );
    await tx.insert(subjects).values(
      named.map((s) => ({ caseId: created!.id, personId: s.personId, rank: ranks.get(s.personId)!, allegation: s.allegation, regime: "2020" as const, stage: "recorded" as const })),
    );
  }
  await recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: audit.action, entityType: "case", entityId: ref, detail: audit.detail });
  return { id: created!.id, ref };
}
