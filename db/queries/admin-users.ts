import "server-only";
import { and, asc, count, desc, eq, isNull, like, or, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/vocabulary";
import type { Database } from "../index";
import { auditEvents, sessions, users } from "../schema";
import { auditBy, auditEntryColumns } from "./audit";
import { endUserSessions } from "./sessions";

export interface Actor {
  id: number;
  role: Role;
}

const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  team: users.team,
  disabled: users.disabled,
  sso: sql<boolean>`${users.oidcSubject} is not null`,
  lastSignInAt: users.lastSignInAt,
};

/** Accounts for the admin screens: never the password hash. */
export async function listAccounts(db: Database) {
  const openSessions = db
    .select({ userId: sessions.userId, open: count().as("open") })
    .from(sessions)
    .where(isNull(sessions.endedAt))
    .groupBy(sessions.userId)
    .as("open_sessions");
  return db
    .select({ ...accountColumns, openSessions: sql<number>`coalesce(${openSessions.open}, 0)::int` })
    .from(users)
    .leftJoin(openSessions, eq(openSessions.userId, users.id))
    .orderBy(asc(users.email));
}

export async function getAccount(db: Database, id: number) {
  const [row] = await db.select(accountColumns).from(users).where(eq(users.id, id));
  return row ?? null;
}

async function requireAccount(db: Pick<Database, "select">, id: number) {
  const [row] = await db.select({ id: users.id, role: users.role, disabled: users.disabled, email: users.email }).from(users).where(eq(users.id, id));
  if (!row) throw new AppError("not_found", "That account no longer exists.");
  return row;
}

function refuseSelf(actor: Actor, userId: number, what: string) {
  if (actor.id === userId) throw new AppError("bad_request", `You cannot ${what} your own account; ask another administrator.`);
}

export async function createAccount(db: Database, actor: Actor, input: { email: string; name: string; role: Role; team: string | null; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (existing) throw new AppError("conflict", `An account for ${input.email} already exists.`);
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, team: input.team, passwordHash })
      .returning({ id: users.id });
    await auditBy(tx, actor, {
      action: "user.created",
      entityType: "user",
      entityId: String(created!.id),
      detail: { email: input.email, role: input.role, team: input.team },
    });
    return created!.id;
  });
}

export async function changeAccountRole(db: Database, actor: Actor, userId: number, role: Role) {
  refuseSelf(actor, userId, "change the role of");
  return db.transaction(async (tx) => {
    const account = await requireAccount(tx, userId);
    if (account.role === role) return 0;
    await tx.update(users).set({ role, updatedAt: sql`now()` }).where(eq(users.id, userId));
    const ended = await endUserSessions(tx, userId, "role_changed");
    await auditBy(tx, actor, {
      action: "user.role_changed",
      entityType: "user",
      entityId: String(userId),
      detail: { from: account.role, to: role, sessionsEnded: ended },
    });
    return ended;
  });
}

export async function setAccountDisabled(db: Database, actor: Actor, userId: number, disabled: boolean) {
  refuseSelf(actor, userId, disabled ? "disable" : "re-enable");
  return db.transaction(async (tx) => {
    await requireAccount(tx, userId);
    await tx.update(users).set({ disabled, updatedAt: sql`now()` }).where(eq(users.id, userId));
    const ended = disabled ? await endUserSessions(tx, userId, "account_disabled") : 0;
    await auditBy(tx, actor, {
      action: disabled ? "user.disabled" : "user.enabled",
      entityType: "user",
      entityId: String(userId),
      detail: { sessionsEnded: ended },
    });
    return ended;
  });
}

export async function resetAccountPassword(db: Database, actor: Actor, userId: number, password: string) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await requireAccount(tx, userId);
    await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, userId));
    const ended = await endUserSessions(tx, userId, "password_reset");
    await auditBy(tx, actor, { action: "user.password_reset", entityType: "user", entityId: String(userId), detail: { sessionsEnded: ended } });
    return ended;
  });
}

export async function endAccountSessions(db: Database, actor: Actor, userId: number) {
  return db.transaction(async (tx) => {
    await requireAccount(tx, userId);
    const ended = await endUserSessions(tx, userId, "ended_by_admin");
    await auditBy(tx, actor, { action: "user.sessions_ended", entityType: "user", entityId: String(userId), detail: { sessionsEnded: ended } });
    return ended;
  });
}

/** Sign-in events and account changes, newest first: what an administrator may see of the audit trail. */
export async function listAccountEvents(db: Database, limit = 200) {
  return db
    .select({ ...auditEntryColumns, actorEmail: users.email, entityId: auditEvents.entityId })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(or(like(auditEvents.action, "auth.%"), and(like(auditEvents.action, "user.%"), eq(auditEvents.entityType, "user"))))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}
