import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../index";
import { users } from "../schema";

export async function getUserForSignIn(db: Database, email: string) {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return user ?? null;
}

/** What a request needs to trust a session: the account still exists, is enabled, and has not been signed out everywhere. */
export async function getSessionAccount(db: Database, id: number) {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      team: users.team,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, id));
  return user ?? null;
}

export async function recordSignIn(db: Database, id: number) {
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, id));
}
