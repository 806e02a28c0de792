import "server-only";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { NotificationKind } from "@/lib/vocabulary";
import type { Database, Transaction } from "../index";
import { notifications } from "../schema";

export interface NotificationEntry {
  userId: number;
  kind: NotificationKind;
  reference: string;
}

/** Tells people of something, inside the transaction that did it: no notice of what did not happen. */
export async function notify(tx: Pick<Transaction, "insert">, entries: NotificationEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(notifications).values(entries);
}

export async function countUnreadNotifications(db: Database, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** A person's own notifications, newest first; nobody reads another's. */
export async function listNotifications(db: Database, userId: number, limit = 50) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      reference: notifications.reference,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** Marks the person's own notifications read (all of them, or the ids given); others' ids are ignored. */
export async function markNotificationsRead(db: Database, userId: number, ids?: number[]): Promise<number> {
  const updated = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
    .returning({ id: notifications.id });
  return updated.length;
}
