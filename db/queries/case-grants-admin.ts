import "server-only";
import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { Database } from "../index";
import { users } from "../schema";
import { auditBy } from "./audit";
import { approveCaseAccess, grantCaseAccess, revokeCaseAccess } from "./case-access";
import { getCaseIdByRef } from "./cases";
import type { Actor } from "./admin-users";

/** Grants time-limited access to a restricted case, audited in the same transaction. */
export async function grantRestrictedAccess(db: Database, actor: Actor, input: { ref: string; email: string; reason: string; days: number }) {
  return db.transaction(async (tx) => {
    const found = await getCaseIdByRef(tx, input.ref);
    if (!found) throw new AppError("not_found", `There is no case ${input.ref}.`);
    if (!found.restricted) throw new AppError("bad_request", `${input.ref} is not restricted: its team and supervisors already see it.`);
    const [grantee] = await tx.select({ id: users.id, role: users.role, disabled: users.disabled }).from(users).where(eq(users.email, input.email));
    if (!grantee || grantee.disabled) throw new AppError("bad_request", `There is no active account for ${input.email}.`);
    if (!can(grantee.role, "cases:read"))
      throw new AppError("bad_request", `${input.email} has a role that never sees case content; only investigators and supervisors can be given access.`);
    const expiresAt = new Date(Date.now() + input.days * 86_400_000);
    const grantId = await grantCaseAccess(tx, { caseId: found.id, userId: grantee.id, grantedBy: actor.id, reason: input.reason, expiresAt });
    // Two-person rule: access a supervisor gives themself is only a request until another supervisor approves it.
    const pending = grantee.id === actor.id;
    await auditBy(tx, actor, {
      action: pending ? "case.access_requested" : "case.access_granted",
      entityType: "case",
      entityId: input.ref,
      detail: pending
        ? { grantId, for: input.email, reason: input.reason, days: input.days, lapsesAt: expiresAt.toISOString() }
        : { grantId, to: input.email, reason: input.reason, expiresAt: expiresAt.toISOString() },
    });
    return { grantId, expiresAt, pending };
  });
}

/** A second supervisor approves a supervisor's request for their own access (two-person rule). */
export async function approveRestrictedAccess(db: Database, actor: Actor, input: { ref: string; grantId: number }) {
  return db.transaction(async (tx) => {
    const found = await getCaseIdByRef(tx, input.ref);
    if (!found) throw new AppError("not_found", `There is no case ${input.ref}.`);
    const result = await approveCaseAccess(tx, input.grantId, found.id, actor.id);
    if (result.outcome === "own") throw new AppError("forbidden", "You cannot approve your own access: another supervisor must (two-person rule).");
    if (result.outcome === "lapsed") throw new AppError("conflict", "That request has lapsed without approval. Ask for access again if it is still needed.");
    if (result.outcome === "none") throw new AppError("conflict", "That request has already been approved or declined.");
    await auditBy(tx, actor, {
      action: "case.access_approved",
      entityType: "case",
      entityId: input.ref,
      detail: { grantId: input.grantId, for: result.userId, expiresAt: result.expiresAt.toISOString() },
    });
    return { expiresAt: result.expiresAt };
  });
}

export async function revokeRestrictedAccess(db: Database, actor: Actor, input: { ref: string; grantId: number }) {
  return db.transaction(async (tx) => {
    const found = await getCaseIdByRef(tx, input.ref);
    if (!found) throw new AppError("not_found", `There is no case ${input.ref}.`);
    const revoked = await revokeCaseAccess(tx, input.grantId, found.id);
    if (!revoked) throw new AppError("conflict", "That access has already ended.");
    await auditBy(tx, actor, { action: "case.access_revoked", entityType: "case", entityId: input.ref, detail: { grantId: input.grantId } });
  });
}
