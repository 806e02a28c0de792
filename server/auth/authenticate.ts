import "server-only";
import { getDb } from "@/db";
import { auditBy } from "@/db/queries/audit";
import { createSession } from "@/db/queries/sessions";
import { admitSignInAttempt, settleAttempt } from "@/db/queries/sign-in-attempts";
import { getUserForSignIn, recordSignIn } from "@/db/queries/users";
import type { Role } from "@/lib/vocabulary";
import { forAuditLog } from "@/lib/validation/text";
import { credentialsSchema } from "@/lib/validation/sign-in";
import { passwordChecksBusy, verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  sid: string;
}

export type AuthenticationResult = { ok: true; user: SignedInUser } | { ok: false; message: string };

export const signInMessages = {
  wrong: "The email address or password is not right. Check them and try again.",
  disabled: "This account is disabled. Ask your system administrator if you still need it.",
  busy: "Sign-in is busy just now. Nothing was counted against your account: wait a moment and try again.",
} as const;

const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/**
 * Checks an email and password. Unknown emails cost the same hashing time, get the
 * same answer and lock the same way as known ones, so the form cannot be used to
 * find accounts. Each attempt is counted, in one step with the lock check, before the
 * password is checked, so a locked account cannot be guessed at either, not even by
 * many attempts at once.
 */
export async function authenticate(input: unknown, ip: string): Promise<AuthenticationResult> {
  const db = await getDb();
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    // Recorded like any failure, so that malformed attempts are seen and count against the address.
    const typed = typeof (input as { email?: unknown } | null)?.email === "string" ? (input as { email: string }).email : "";
    const email = forAuditLog(typed.trim().toLowerCase(), 254);
    const admission = await admitSignInAttempt(db, email, ip);
    await auditBy(db, null, { action: "auth.sign_in_failed", detail: { email, ip, reason: admission.admitted ? "malformed" : "locked" } });
    return { ok: false, message: signInMessages.wrong };
  }
  const { email, password } = parsed.data;
  if (passwordChecksBusy()) {
    await auditBy(db, null, { action: "auth.sign_in_busy", detail: { email, ip } });
    return { ok: false, message: signInMessages.busy };
  }

  const admission = await admitSignInAttempt(db, email, ip);
  if (!admission.admitted) {
    await auditBy(db, null, { action: "auth.sign_in_locked", detail: { email, ip, by: admission.by } });
    return {
      ok: false,
      message:
        admission.by === "account"
          ? `Too many failed attempts: sign-in to this account is locked for 15 minutes, until ${clock.format(admission.lockedUntil)}. If this was not you, tell your system administrator.`
          : `Too many failed attempts from your network: sign-in is paused until ${clock.format(admission.lockedUntil)}.`,
    };
  }

  const user = await getUserForSignIn(db, email);
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid || user.disabled) {
    await auditBy(db, user ?? null, {
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: user ? String(user.id) : undefined,
      detail: { email, ip, reason: !user ? "unknown_email" : !valid ? "wrong_password" : "disabled" },
    });
    return { ok: false, message: user && valid && user.disabled ? signInMessages.disabled : signInMessages.wrong };
  }

  const sid = await db.transaction(async (tx) => {
    await settleAttempt(tx, admission.attemptId);
    await recordSignIn(tx, user.id);
    await auditBy(tx, user, { action: "auth.signed_in", entityType: "user", entityId: String(user.id), detail: { ip } });
    return createSession(tx, user.id, ip);
  });
  return { ok: true, user: { id: String(user.id), name: user.name, email: user.email, role: user.role, sid } };
}
