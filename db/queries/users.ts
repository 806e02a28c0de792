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
    })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return user ?? null;
}

export async function recordSignIn(db: Pick<Database, "update">, id: number) {
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, id));
}

export interface OidcIdentity {
  subject: string;
  email: string;
  /** Only a verified email may take over an existing account of the same email. */
  emailVerified: boolean;
  name: string;
  role: (typeof users.$inferSelect)["role"];
}

/**
 * Finds or creates the account for a single-sign-on identity (by subject, else by
 * email, which links an existing account), taking the role the identity provider gives
 * now. Returns the account and whether its role changed.
 */
export async function provisionOidcUser(db: Pick<Database, "select" | "insert" | "update">, identity: OidcIdentity) {
  const columns = { id: users.id, role: users.role, disabled: users.disabled, name: users.name, email: users.email };
  const [bySubject] = await db.select(columns).from(users).where(eq(users.oidcSubject, identity.subject));
  const [byEmail] = bySubject ? [] : await db.select(columns).from(users).where(eq(users.email, identity.email.toLowerCase()));
  if (!bySubject && byEmail && !identity.emailVerified) {
    throw new Error(`Refusing to link ${identity.email} to an existing account: the identity provider did not verify the email`);
  }
  const existing = bySubject ?? byEmail;
  if (!existing) {
    const [created] = await db
      .insert(users)
      .values({ email: identity.email.toLowerCase(), name: identity.name, role: identity.role, oidcSubject: identity.subject })
      .returning(columns);
    return { user: created!, created: true, roleChanged: false };
  }
  await db
    .update(users)
    .set({ oidcSubject: identity.subject, role: identity.role, lastSignInAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(users.id, existing.id));
  return { user: { ...existing, role: identity.role }, created: false, roleChanged: existing.role !== identity.role };
}
