import { notFound } from "next/navigation";
import { getDb, type Database } from "@/db";
import { type AuditEntry, recordAudit } from "@/db/queries/audit";
import { requirePagePermission } from "@/server/auth/session";

/**
 * The record a spot-check page shows, found by the reference in its address, for a person
 * who may manage spot-checks; not found where there is none. Each viewing is audited, with
 * what the page found (`detailOf`) where it says more than that it was opened.
 */
export async function viewedRecord<T>(
  params: Promise<{ ref: string }>,
  load: (db: Database, ref: string) => Promise<T | null | undefined>,
  { action, entityType, detailOf }: { action: string; entityType: string; detailOf?: (record: T) => AuditEntry["detail"] },
): Promise<T> {
  const user = await requirePagePermission("spot-checks:manage");
  const { ref } = await params;
  const db = await getDb();
  const record = await load(db, ref);
  if (!record) notFound();
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action, entityType, entityId: ref, detail: detailOf?.(record) });
  return record;
}
