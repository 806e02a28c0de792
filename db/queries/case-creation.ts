import "server-only";
import { inArray } from "drizzle-orm";
import { stageDueOn } from "@/lib/cases/workflow";
import { regimeFor } from "@/lib/conduct/rules";
import { getEnv } from "@/lib/env";
import type { Rank } from "@/lib/vocabulary";
import type { Transaction } from "../index";
import { cases, people, subjects, type NewCase } from "../schema";
import type { Actor } from "./admin-users";
import { auditBy } from "./audit";
import { nextCaseRef } from "./refs";

export interface OpenCaseInput extends Pick<NewCase, "summary" | "source" | "platform" | "channel" | "contentType" | "device" | "incidentOn" | "matterType"> {
  groupSize?: number | null;
  /** When the matter came to notice: it decides the conduct regime. Today unless an earlier date is known. */
  recordedOn?: string;
  assignedTo?: number | null;
  team?: string | null;
  /** People named as subjects from the start, each with the allegation against them, at the rank given or their current one. */
  subjects?: { personId: number; allegation: string | null; rank?: Rank }[];
}

/**
 * Opens a new case (reference PSD-YYYY-NNNN) inside the caller's transaction, with its
 * subjects under the regime of the date it came to notice, and audits it under `action`.
 * Every route into a case (intake, a report, a spot-check referral) goes through here.
 */
export async function openCase(
  tx: Transaction,
  actor: Actor,
  input: OpenCaseInput,
  today: string,
  audit: { action: string; detail: Record<string, unknown> },
): Promise<{ id: number; ref: string }> {
  const ref = await nextCaseRef(tx, today);
  const { subjects: named = [], recordedOn = today, ...fields } = input;
  const [created] = await tx
    .insert(cases)
    .values({ ...fields, ref, recordedOn, status: "recorded", stageDueOn: stageDueOn("recorded", today, getEnv().FORCE_TARGET_DAYS) })
    .returning({ id: cases.id });
  if (named.length > 0) {
    const unranked = named.filter((s) => !s.rank).map((s) => s.personId);
    const currentRanks = new Map(
      unranked.length > 0
        ? (await tx.select({ id: people.id, rank: people.rank }).from(people).where(inArray(people.id, unranked))).map((p) => [p.id, p.rank])
        : [],
    );
    const regime = regimeFor(recordedOn);
    await tx.insert(subjects).values(
      named.map((s) => ({
        caseId: created!.id,
        personId: s.personId,
        rank: s.rank ?? currentRanks.get(s.personId)!,
        allegation: s.allegation,
        regime,
        stage: "recorded" as const,
      })),
    );
  }
  await auditBy(tx, actor, { action: audit.action, entityType: "case", entityId: ref, detail: audit.detail });
  return { id: created!.id, ref };
}
