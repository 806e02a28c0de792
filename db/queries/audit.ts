import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import type { Database } from "../index";
import { auditEvents } from "../schema";
import type { Role } from "@/lib/vocabulary";

export interface AuditEntry {
  actorId: number | null;
  actorRole: Role | null;
  action: string;
  entityType?: string;
  entityId?: string;
  detail?: Record<string, unknown>;
}

/**
 * Appends to the audit trail. Callers inside a transaction pass the transaction, so the
 * entry and the change land together. The append takes no lock: the database refuses
 * any later change to the entry, and seals it onto the hash chain within a second or two
 * (seal_audit_events, migration 0011; db/audit-sealer.ts).
 */
export async function recordAudit(db: Pick<Database, "insert">, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values(entry);
}

/** Who an entry is by: a signed-in user, or null where no one is (a failed sign-in, a webhook). */
export type AuditActor = { id: number; role: Role } | null;

/** recordAudit for an entry by `actor`: the id and role the trail keeps come from it. */
export async function auditBy(db: Pick<Database, "insert">, actor: AuditActor, entry: Omit<AuditEntry, "actorId" | "actorRole">): Promise<void> {
  await recordAudit(db, { actorId: actor?.id ?? null, actorRole: actor?.role ?? null, ...entry });
}

/** What an audit entry says happened, for the lists that show entries (with who did it, from users joined on the actor). */
export const auditEntryColumns = { id: auditEvents.id, occurredAt: auditEvents.occurredAt, action: auditEvents.action, detail: auditEvents.detail };

/** Which audit entries are about the case `ref`, narrowed further by `also`. */
export function aboutCase(ref: string, ...also: SQL[]) {
  return and(eq(auditEvents.entityType, "case"), eq(auditEvents.entityId, ref), ...also);
}
