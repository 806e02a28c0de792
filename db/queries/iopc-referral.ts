import "server-only";
import { eq, sql } from "drizzle-orm";
import { mustRefer, referralRefusal } from "@/lib/conduct/iopc-referral";
import { AppError } from "@/lib/errors";
import type { IopcModeInput, IopcReferralInput } from "@/lib/validation/iopc-referral";
import type { Database } from "../index";
import { cases, iopcReferrals } from "../schema";
import { auditBy } from "./audit";
import { type CaseActor as Actor, visibleCaseForChange } from "./case-work";

export async function getIopcReferral(db: Database, caseId: number) {
  const [row] = await db.select().from(iopcReferrals).where(eq(iopcReferrals.caseId, caseId));
  return row ?? null;
}

/**
 * Records the matter type and the decision whether to refer to the IOPC, refusing a decision
 * not to refer a matter that meets a mandatory criterion. A second decision replaces the
 * first (the audit trail keeps both); the IOPC's mode is cleared if the case is no longer referred.
 */
export async function recordIopcReferral(db: Database, actor: Actor, input: IopcReferralInput, today: string) {
  const refusal = referralRefusal({ ...input, today });
  if (refusal) throw new AppError("bad_request", refusal);
  return db.transaction(async (tx) => {
    const found = await visibleCaseForChange(tx, actor, input.ref);
    await tx.update(cases).set({ matterType: input.matterType, updatedAt: sql`now()` }).where(eq(cases.id, found.id));
    const decision = {
      criteria: input.criteria,
      referred: input.referred,
      decidedOn: input.decidedOn,
      referredOn: input.referred ? input.referredOn : null,
      rationale: input.rationale,
      recordedBy: actor.id,
    };
    await tx
      .insert(iopcReferrals)
      .values({ caseId: found.id, ...decision })
      .onConflictDoUpdate({
        target: iopcReferrals.caseId,
        set: { ...decision, ...(input.referred ? {} : { mode: null, modeDecidedOn: null }), updatedAt: sql`now()` },
      });
    await auditBy(tx, actor, {
      action: "case.iopc_referral_decided",
      entityType: "case",
      entityId: input.ref,
      detail: { matterType: input.matterType, criteria: input.criteria, referred: input.referred, mandatory: mustRefer(input.matterType, input.criteria) },
    });
    return { referred: input.referred };
  });
}

/** Records what the IOPC decided on a referral: local, directed or independent investigation. */
export async function recordIopcMode(db: Database, actor: Actor, input: IopcModeInput, today: string) {
  if (input.modeDecidedOn > today) throw new AppError("bad_request", "The date of the IOPC's decision cannot be in the future.");
  return db.transaction(async (tx) => {
    const found = await visibleCaseForChange(tx, actor, input.ref);
    const [referral] = await tx.select().from(iopcReferrals).where(eq(iopcReferrals.caseId, found.id)).for("update");
    if (!referral?.referred || !referral.referredOn)
      throw new AppError("bad_request", "Record the referral to the IOPC first; the IOPC decides the mode on a referral.");
    if (input.modeDecidedOn < referral.referredOn) throw new AppError("bad_request", "The IOPC cannot decide before the matter was referred to it.");
    await tx
      .update(iopcReferrals)
      .set({ mode: input.mode, modeDecidedOn: input.modeDecidedOn, updatedAt: sql`now()` })
      .where(eq(iopcReferrals.id, referral.id));
    await auditBy(tx, actor, {
      action: "case.iopc_mode_recorded",
      entityType: "case",
      entityId: input.ref,
      detail: { mode: input.mode, modeDecidedOn: input.modeDecidedOn },
    });
  });
}
