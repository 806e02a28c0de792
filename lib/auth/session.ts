import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db";
import { getSessionAccount } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/permissions";
import { authOptions } from "./options";

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionAccount>>>;

/**
 * The signed-in account for this request, re-read from the database so that a
 * disabled account or a changed role takes effect at once, or null.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = Number(session?.user?.id);
  if (!session || !Number.isSafeInteger(id)) return null;
  const account = await getSessionAccount(await getDb(), id);
  const stillValid =
    account && !account.disabled && account.sessionVersion === session.user.sessionVersion && account.role === session.user.role;
  return stillValid ? account : null;
}

/** For pages: sends anonymous visitors to sign in and answers 403 to the wrong role. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requirePageUser();
  if (!can(user.role, permission)) forbidden();
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
  if (!can(user.role, permission)) throw new AppError("forbidden", "Your role does not give access to this service.");
  return user;
}
