import "server-only";
import { z } from "zod";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getUserForSignIn, recordSignIn } from "@/db/queries/users";
import { verifyAgainstDummy, verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  password: z.string().min(1).max(1024),
});

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  role: (typeof import("@/lib/vocabulary").roles.keys)[number];
  sessionVersion: number;
}

/**
 * Checks an email and password. Unknown emails cost the same hashing time as known
 * ones and get the same answer, so the form cannot be used to find accounts.
 */
export async function authenticate(input: unknown): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  const user = await getUserForSignIn(db, email);
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid || user.disabled) {
    await recordAudit(db, {
      actorId: user?.id ?? null,
      actorRole: user?.role ?? null,
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: user ? String(user.id) : undefined,
      detail: { email, reason: !user ? "unknown_email" : user.disabled ? "disabled" : "wrong_password" },
    });
    return null;
  }
  await recordSignIn(db, user.id);
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "auth.signed_in", entityType: "user", entityId: String(user.id) });
  return { id: String(user.id), name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
