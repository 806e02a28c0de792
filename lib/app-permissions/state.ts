import { addDays } from "@/lib/dates";
import { can } from "@/lib/permissions";
import type { Role } from "@/lib/vocabulary";

/**
 * Where a messaging-app permission stands on a given day. Dates are ISO calendar days
 * (UTC). The rule on expiry: a permission **expires on its expiry date**, so it is held
 * up to and including the day before and is no longer held on the expiry date itself.
 * An approver who means "until 31 March inclusive" sets 1 April.
 */
export type PermissionState = "pending" | "refused" | "revoked" | "not_started" | "held" | "expired";

export interface PermissionDates {
  decision: "approved" | "refused" | null;
  /** The day of the decision; a request is pending on days before it. */
  decidedOn: string | null;
  startsOn: string;
  expiresOn: string | null;
  /** The day it was revoked: not held from that day on. */
  revokedOn: string | null;
}

export function permissionStateOn(permission: PermissionDates, day: string): PermissionState {
  if (permission.decision === null || permission.decidedOn === null || permission.decidedOn > day) return "pending";
  if (permission.decision === "refused") return "refused";
  if (permission.revokedOn !== null && permission.revokedOn <= day) return "revoked";
  if (day < permission.startsOn) return "not_started";
  if (permission.expiresOn === null || day >= permission.expiresOn) return "expired";
  return "held";
}

export function isHeldOn(permission: PermissionDates, day: string): boolean {
  return permissionStateOn(permission, day) === "held";
}

/** The last day a permission expiring on `expiresOn` is held. */
export function lastDayHeld(expiresOn: string): string {
  return addDays(expiresOn, -1);
}

export const EXPIRING_SOON_DAYS = 30;

/** Held today and no longer held within the next `withinDays` days. */
export function expiresSoon(permission: PermissionDates, today: string, withinDays = EXPIRING_SOON_DAYS): boolean {
  return isHeldOn(permission, today) && permission.expiresOn !== null && permission.expiresOn <= addDays(today, withinDays);
}

export const permissionStateLabels: Record<PermissionState, string> = {
  pending: "Waiting for a decision",
  refused: "Refused",
  revoked: "Revoked",
  not_started: "Approved, not started yet",
  held: "Approved, held now",
  expired: "Expired",
};

/**
 * Who may decide (approve, refuse or revoke) a request: anyone whose role may approve,
 * or the requester's line manager; never the requester themself.
 */
export function mayDecide(actor: { id: number; role: Role }, request: { requesterId: number; requesterLineManagerId: number | null }): boolean {
  if (actor.id === request.requesterId) return false;
  return can(actor.role, "app-permissions:approve") || request.requesterLineManagerId === actor.id;
}
