import "server-only";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { auditBy } from "@/db/queries/audit";
import { endSession, getSessionWithAccount, touchSession } from "@/db/queries/sessions";
import { AppError } from "@/lib/errors";
import { isCaseRef } from "@/lib/cases/case-ref";
import { can, type Permission } from "@/lib/permissions";
import { forAuditLog } from "@/lib/validation/text";
import { noteRequestUser } from "@/server/request-context";
import { authSecret } from "./secret";
import { needsTouch, sessionState } from "@/lib/auth/session-rules";

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionWithAccount>>>["user"];

// next-auth names the cookie with the __Secure- prefix when the site runs on https.
const sessionCookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The signed-in account for this request, or null. The cookie must decrypt with our
 * secret and be unexpired, and the server-side session it names must be open, not idle
 * for 30 minutes, younger than 12 hours, and belong to an enabled account; so signing
 * out, disabling an account or changing its role takes effect on the next request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const store = await cookies();
  const raw = sessionCookieNames.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  if (!token?.sid || !token.uid) return null;

  const db = await getDb();
  const row = await getSessionWithAccount(db, token.sid);
  if (!row || String(row.user.id) !== token.uid || row.user.disabled) return null;
  const now = Date.now();
  const state = sessionState(row.session, now);
  if (state !== "active") {
    if (state !== "ended") await endSession(db, token.sid, state);
    return null;
  }
  if (needsTouch(row.session.lastSeenAt, now)) await touchSession(db, token.sid);
  noteRequestUser(row.user.id);
  return row.user;
});

/** A refusal by role, with the page or route it was aimed at. */
async function auditRefusal(user: SessionUser, permission: Permission) {
  const target = forAuditLog((await headers()).get("x-request-path") ?? "", 200) || null;
  const segment = target ? target.split("?")[0]!.match(/^\/(?:api\/)?cases\/([^/]+)/)?.[1] : undefined;
  const caseRef = segment && isCaseRef(segment) ? segment : undefined;
  await auditBy(await getDb(), user, {
    action: "access.refused",
    ...(caseRef ? { entityType: "case", entityId: caseRef } : {}),
    detail: { permission, target },
  });
}

/** For pages: sends anonymous visitors to sign in and answers 403 to the wrong role. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requirePageUser();
  if (!can(user.role, permission)) {
    await auditRefusal(user, permission);
    forbidden();
  }
  return user;
}

export async function requirePageUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For route handlers and actions: throws the typed error they turn into 401 or 403. */
export async function requireApiPermission(permission: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorised", "Sign in to use this service.");
  if (!can(user.role, permission)) {
    await auditRefusal(user, permission);
    throw new AppError("forbidden", "Your role does not give access to this service.");
  }
  return user;
}
