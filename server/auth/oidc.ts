import "server-only";
import type { Profile } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getDb } from "@/db";
import { auditBy } from "@/db/queries/audit";
import { createSession, endUserSessions } from "@/db/queries/sessions";
import { provisionOidcUser } from "@/db/queries/users";
import { getEnv } from "@/lib/env";
import type { SignedInUser } from "./authenticate";
import { roleFromClaims } from "@/lib/auth/oidc-roles";

export const OIDC_PROVIDER_ID = "oidc";

type Claims = Profile & Record<string, unknown> & { sub: string; email?: string; name?: string };

/** The OpenID Connect provider (e.g. Microsoft Entra ID), when OIDC_ISSUER is configured. */
export function oidcProvider(): OAuthConfig<Claims> | null {
  const env = getEnv();
  if (!env.OIDC_ISSUER) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    profile: (claims) => ({ id: claims.sub, name: claims.name ?? claims.email ?? claims.sub, email: claims.email ?? null }),
  };
}

/** Why a single-sign-on identity is refused before any account is touched, or null. */
export function oidcRefusal(claims: Record<string, unknown> | undefined): "sso_no_email" | "sso_no_role" | null {
  const env = getEnv();
  if (!claims || typeof claims.email !== "string" || !claims.email.includes("@")) return "sso_no_email";
  if (!roleFromClaims(claims, env.OIDC_ROLE_CLAIM, env.OIDC_ROLE_MAP ?? new Map())) return "sso_no_role";
  return null;
}

/**
 * Provisions the account and opens a session for an identity that oidcRefusal let
 * through. A role that changed at the identity provider ends the old sessions.
 */
export async function completeOidcSignIn(claims: Claims): Promise<SignedInUser> {
  const env = getEnv();
  const role = roleFromClaims(claims, env.OIDC_ROLE_CLAIM, env.OIDC_ROLE_MAP ?? new Map());
  if (!role || !claims.email) throw new Error("Single sign-on identity without a role or email");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { user, created, roleChanged } = await provisionOidcUser(tx, {
      subject: claims.sub,
      email: claims.email!,
      emailVerified: claims.email_verified === true,
      name: claims.name ?? claims.email!,
      role,
    });
    if (user.disabled) throw new Error("Account disabled");
    if (roleChanged) await endUserSessions(tx, user.id, "role_changed");
    await auditBy(
      tx,
      { id: user.id, role: role },
      {
        action: "auth.signed_in",
        entityType: "user",
        entityId: String(user.id),
        detail: { method: "oidc", created, roleChanged },
      },
    );
    const sid = await createSession(tx, user.id, "sso");
    return { id: String(user.id), name: user.name, email: user.email, role, sid };
  });
}
