import "server-only";
import { aliasedTable, and, asc, desc, eq, gt, isNull, lte, ne, or, sql } from "drizzle-orm";
import { monthlyFigures, type PermissionHistory } from "@/lib/app-permissions/figures";
import { mayDecide, type PermissionDates } from "@/lib/app-permissions/state";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { AppPermissionDecision, AppPermissionInput } from "@/lib/validation/app-permissions";
import type { Database, Transaction } from "../index";
import { appPermissionRequests as requests, users } from "../schema";
import type { Actor } from "./admin-users";
import { auditBy } from "./audit";
import { nextRef } from "./refs";
import { notify } from "./notifications";

const requester = aliasedTable(users, "requester");
// The outer queries join users as "requester", so the bare table name is free here.
const approvedBy = sql<string | null>`(select ${users.email} from ${users} where ${users.id} = ${requests.decidedBy})`;

/** The day part of a timestamp in UTC, as the pure state rules take it. */
const utcDay = (column: typeof requests.decidedAt | typeof requests.revokedAt | typeof requests.requestedAt) =>
  sql<string | null>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;

const requestColumns = {
  ref: requests.ref,
  app: requests.app,
  otherApp: requests.otherApp,
  purpose: requests.purpose,
  device: requests.device,
  startsOn: requests.startsOn,
  requestedUntil: requests.requestedUntil,
  requestedAt: requests.requestedAt,
  decision: requests.decision,
  decidedOn: utcDay(requests.decidedAt),
  expiresOn: requests.expiresOn,
  refusalReason: requests.refusalReason,
  revokedOn: utcDay(requests.revokedAt),
  revocationReason: requests.revocationReason,
};

export type AppPermissionRow = Awaited<ReturnType<typeof listOwnAppPermissionRequests>>[number];

export async function requestAppPermission(db: Database, actor: Actor, input: AppPermissionInput, today: string) {
  if (input.requestedUntil < today) throw new AppError("bad_request", "The period you asked for has already ended: give dates from today on.");
  return db.transaction(async (tx) => {
    const ref = await nextRef(tx, requests, "appPermission", today);
    await tx.insert(requests).values({ ...input, ref, requesterId: actor.id });
    await auditBy(tx, actor, { action: "app_permission.requested", entityType: "app_permission", entityId: ref, detail: { app: input.app } });
    return ref;
  });
}

/** A requester's own requests, with the decision and any refusal reason. */
export async function listOwnAppPermissionRequests(db: Database, userId: number) {
  return db.select(requestColumns).from(requests).where(eq(requests.requesterId, userId)).orderBy(desc(requests.requestedAt));
}

/**
 * Whose requests the actor may decide: everyone's for an approver, their reports' for a
 * line manager, nobody's for anyone else. Never their own. The same rule as mayDecide.
 */
function decidableWhere(actor: Actor) {
  const notOwn = ne(requests.requesterId, actor.id);
  return can(actor.role, "app-permissions:approve") ? notOwn : and(notOwn, eq(requester.lineManagerId, actor.id));
}

/** Whether the actor decides anyone's requests: an approver, or a line manager with reports. */
export async function isAppPermissionApprover(db: Database, actor: Actor) {
  if (can(actor.role, "app-permissions:approve")) return true;
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.lineManagerId, actor.id));
  return row!.n > 0;
}

/** Requests waiting for the actor's decision, oldest first, with who asked. */
export async function listRequestsToDecide(db: Database, actor: Actor) {
  return db
    .select({ ...requestColumns, requesterName: requester.name, requesterEmail: requester.email })
    .from(requests)
    .innerJoin(requester, eq(requester.id, requests.requesterId))
    .where(and(isNull(requests.decision), decidableWhere(actor)))
    .orderBy(asc(requests.requestedAt));
}

/**
 * The register: permissions held today, in the actor's remit. "Held" in SQL is the
 * pure rule of lib/app-permissions/state.ts (approved, not revoked, started, and today
 * before the expiry date); a test checks the two agree.
 */
export async function listHeldPermissions(db: Database, actor: Actor, today: string) {
  return db
    .select({ ...requestColumns, requesterName: requester.name, requesterEmail: requester.email, approvedBy })
    .from(requests)
    .innerJoin(requester, eq(requester.id, requests.requesterId))
    .where(
      and(eq(requests.decision, "approved"), isNull(requests.revokedAt), lte(requests.startsOn, today), gt(requests.expiresOn, today), decidableWhere(actor)),
    )
    .orderBy(asc(requests.expiresOn), asc(requests.ref));
}

/**
 * Approved and not started yet: not held today, and not to be lost from the register
 * either. The "not started" of lib/app-permissions/state.ts (approved, not revoked,
 * starting after today); a test checks the two agree. Soonest start first.
 */
export async function listApprovedNotStarted(db: Database, actor: Actor, today: string) {
  return db
    .select({ ...requestColumns, requesterName: requester.name, requesterEmail: requester.email, approvedBy })
    .from(requests)
    .innerJoin(requester, eq(requester.id, requests.requesterId))
    .where(and(eq(requests.decision, "approved"), isNull(requests.revokedAt), gt(requests.startsOn, today), decidableWhere(actor)))
    .orderBy(asc(requests.startsOn), asc(requests.ref));
}

/** What the actor decided or revoked lately, newest first: the approver's own record, kept on screen after each decision. */
export async function listRecentDecisions(db: Database, actorId: number, limit = 10) {
  const lastAction = sql`greatest(${requests.decidedAt}, ${requests.revokedAt})`;
  return db
    .select({ ...requestColumns, requesterName: requester.name })
    .from(requests)
    .innerJoin(requester, eq(requester.id, requests.requesterId))
    .where(or(eq(requests.decidedBy, actorId), eq(requests.revokedBy, actorId)))
    .orderBy(desc(lastAction), desc(requests.id))
    .limit(limit);
}

async function lockForDecision(tx: Transaction, ref: string) {
  const [row] = await tx
    .select({
      id: requests.id,
      requesterId: requests.requesterId,
      requesterLineManagerId: requester.lineManagerId,
      decision: requests.decision,
      startsOn: requests.startsOn,
      revokedAt: requests.revokedAt,
      expiresOn: requests.expiresOn,
    })
    .from(requests)
    .innerJoin(requester, eq(requester.id, requests.requesterId))
    .where(eq(requests.ref, ref))
    .for("update", { of: requests });
  if (!row) throw new AppError("not_found", `There is no request ${ref}.`);
  return row;
}

/**
 * Runs a decision in a transaction, after checking that the actor may decide this
 * request. A refused attempt changes nothing and is audited.
 */
async function asDecider<T>(
  db: Database,
  actor: Actor,
  ref: string,
  change: (tx: Transaction, row: Awaited<ReturnType<typeof lockForDecision>>) => Promise<T>,
) {
  const outcome = await db.transaction(async (tx): Promise<{ refused: string } | { done: T }> => {
    const row = await lockForDecision(tx, ref);
    if (!mayDecide(actor, row))
      return {
        refused:
          actor.id === row.requesterId ? "You cannot decide your own request." : "Only the requester's line manager or a supervisor can decide this request.",
      };
    return { done: await change(tx, row) };
  });
  if ("refused" in outcome) {
    await auditBy(db, actor, { action: "access.refused", entityType: "app_permission", entityId: ref, detail: { permission: "app-permissions:decide" } });
    throw new AppError("forbidden", outcome.refused);
  }
  return outcome.done;
}

/** Approves with an expiry date, or refuses with a reason; once only. */
export async function decideAppPermission(db: Database, actor: Actor, input: AppPermissionDecision, today: string) {
  const result = await asDecider(db, actor, input.ref, async (tx, row) => {
    if (row.decision !== null) return { conflict: true as const };
    if (input.decision === "approved") {
      if (input.expiresOn <= today || input.expiresOn <= row.startsOn) {
        throw new AppError(
          "bad_request",
          "The expiry date must be after today and after the first day asked for: the permission is no longer held on its expiry date.",
        );
      }
      await tx
        .update(requests)
        .set({ decision: "approved", decidedBy: actor.id, decidedAt: new Date(), expiresOn: input.expiresOn })
        .where(eq(requests.id, row.id));
    } else {
      await tx
        .update(requests)
        .set({ decision: "refused", decidedBy: actor.id, decidedAt: new Date(), refusalReason: input.reason })
        .where(eq(requests.id, row.id));
    }
    await auditBy(tx, actor, {
      action: `app_permission.${input.decision}`,
      entityType: "app_permission",
      entityId: input.ref,
      detail: input.decision === "approved" ? { expiresOn: input.expiresOn } : { reason: input.reason },
    });
    await notify(tx, [{ userId: row.requesterId, kind: "permission_decided", reference: input.ref }]);
    return { conflict: false as const };
  });
  if (result.conflict) throw new AppError("conflict", `${input.ref} has already been decided.`);
}

/** Ends a permission at once, with a reason; the requester sees it as revoked. */
export async function revokeAppPermission(db: Database, actor: Actor, input: { ref: string; reason: string }) {
  await asDecider(db, actor, input.ref, async (tx, row) => {
    if (row.decision !== "approved" || row.revokedAt !== null)
      throw new AppError("conflict", `${input.ref} is not an approved permission that can be revoked.`);
    await tx.update(requests).set({ revokedBy: actor.id, revokedAt: new Date(), revocationReason: input.reason }).where(eq(requests.id, row.id));
    await auditBy(tx, actor, { action: "app_permission.revoked", entityType: "app_permission", entityId: input.ref, detail: { reason: input.reason } });
  });
}

/** Every request's dates, for the figures and for checking the register against the rule. */
export async function listPermissionHistory(db: Database): Promise<(PermissionHistory & { ref: string })[]> {
  const rows = await db
    .select({
      ref: requests.ref,
      requesterId: requests.requesterId,
      requestedOn: utcDay(requests.requestedAt),
      decision: requests.decision,
      decidedOn: utcDay(requests.decidedAt),
      startsOn: requests.startsOn,
      expiresOn: requests.expiresOn,
      revokedOn: utcDay(requests.revokedAt),
    })
    .from(requests);
  return rows.map((r) => ({ ...r, requestedOn: r.requestedOn! }) satisfies PermissionDates & { requestedOn: string });
}

/** Requests, approvals, refusals and holders in each of the last twelve months: counts only. */
export async function appPermissionFigures(db: Database, today: string) {
  return monthlyFigures(await listPermissionHistory(db), today);
}
