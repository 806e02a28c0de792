import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../index";
import { sessions, users } from "../schema";

export async function createSession(db: Pick<Database, "insert">, userId: number, ip: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({ id, userId, ip });
  return id;
}

/** The session with the account it belongs to: what a request needs to trust itself. */
export async function getSessionWithAccount(db: Database, sessionId: string) {
  const [row] = await db
    .select({
      session: { id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, endedAt: sessions.endedAt },
      user: { id: users.id, name: users.name, email: users.email, role: users.role, team: users.team, disabled: users.disabled },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  return row ?? null;
}

export async function touchSession(db: Database, sessionId: string): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, sessionId));
}

export async function endSession(db: Database, sessionId: string, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: sql`now()`, endedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
}

/** Ends every open session of an account; returns how many were open. */
export async function endUserSessions(db: Pick<Database, "update">, userId: number, reason: string): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: sql`now()`, endedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)))
    .returning({ id: sessions.id });
  return ended.length;
}
