import "server-only";
import { and, desc, eq, gte } from "drizzle-orm";
import type { Database } from "../index";
import { signInAttempts } from "../schema";

export async function recordSignInAttempt(db: Database, email: string, ip: string, outcome: "success" | "failure" | "locked") {
  await db.insert(signInAttempts).values({ email, ip, outcome });
}

/**
 * Failure times that can still lock: for the email, those since its last success; for
 * the address, all of them. Both within the horizon.
 */
export async function recentFailures(db: Database, email: string, ip: string, since: Date) {
  const byEmail = await db
    .select({ outcome: signInAttempts.outcome, at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), gte(signInAttempts.at, since)))
    .orderBy(desc(signInAttempts.at));
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
