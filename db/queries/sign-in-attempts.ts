import "server-only";
import { and, desc, eq, gte, sql } from "drizzle-orm";
import { lockedUntil, lockoutHorizon, lockoutPolicy } from "@/lib/auth/lockout";
import type { Database } from "../index";
import { signInAttempts } from "../schema";

/** Advisory-lock classes of sign-in (two-key form, so they never meet the audit chain's one-key lock). */
const LOCK_EMAIL = 7301;
const LOCK_ADDRESS = 7302;

/**
 * Failure times that can still lock: for the email, those since its last success; for
 * the address, all of them. Both within the horizon.
 */
async function recentFailures(db: Pick<Database, "select">, email: string, ip: string, since: Date) {
  const byEmail = await db
    .select({ outcome: signInAttempts.outcome, at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), gte(signInAttempts.at, since)))
    .orderBy(desc(signInAttempts.at), desc(signInAttempts.id));
  const accountFailures: number[] = [];
  for (const attempt of byEmail) {
    if (attempt.outcome === "success") break;
    if (attempt.outcome === "failure") accountFailures.push(attempt.at.getTime());
  }
  const byAddress = await db
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ip, ip), eq(signInAttempts.outcome, "failure"), gte(signInAttempts.at, since)));
  return { accountFailures, addressFailures: byAddress.map((a) => a.at.getTime()) };
}

export type AttemptAdmission = { admitted: true; attemptId: number } | { admitted: false; lockedUntil: number; by: "account" | "address" };

/**
 * Counts and records one sign-in attempt as a single step, before any password is
 * checked: under a lock per email and per address, the lock is decided from the
 * attempts already recorded, and an admitted attempt is written at once as a failure.
 * So attempts in flight count against the limit, and forty at once get ten checks,
 * not forty. `settleAttempt` turns it into a success when the password was right.
 */
export async function admitSignInAttempt(db: Database, email: string, ip: string, now = Date.now()): Promise<AttemptAdmission> {
  return db.transaction(async (tx) => {
    // Always email before address: no two attempts wait on each other in a circle.
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_EMAIL}, hashtext(${email}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ADDRESS}, hashtext(${ip}))`);
    const failures = await recentFailures(tx, email, ip, lockoutHorizon(now));
    const accountLock = lockedUntil(failures.accountFailures, lockoutPolicy.accountFailures, now);
    const addressLock = lockedUntil(failures.addressFailures, lockoutPolicy.addressFailures, now);
    if (accountLock || addressLock) {
      await tx.insert(signInAttempts).values({ email, ip, outcome: "locked" });
      return { admitted: false as const, lockedUntil: (accountLock ?? addressLock)!, by: accountLock ? ("account" as const) : ("address" as const) };
    }
    const [row] = await tx.insert(signInAttempts).values({ email, ip, outcome: "failure" }).returning({ id: signInAttempts.id });
    return { admitted: true as const, attemptId: row!.id };
  });
}

/** The attempt's password was right: it no longer counts as a failure, and ends the email's run of them. */
export async function settleAttempt(db: Pick<Database, "update">, attemptId: number) {
  await db.update(signInAttempts).set({ outcome: "success" }).where(eq(signInAttempts.id, attemptId));
}
