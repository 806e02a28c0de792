import "server-only";
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
