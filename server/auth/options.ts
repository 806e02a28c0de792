import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { endSession } from "@/db/queries/sessions";
import { authenticate } from "./authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { completeOidcSignIn, OIDC_PROVIDER_ID, oidcProvider, oidcRefusal } from "./oidc";
import { authSecret } from "./secret";
import { sessionPolicy } from "@/lib/auth/session-rules";

const TWELVE_HOURS = sessionPolicy.absoluteMs / 1000;

export function buildAuthOptions(): NextAuthOptions {
  const sso = oidcProvider();
  return {
    secret: authSecret(),
    // The JWT only names a server-side session; idle time, sign-out and revocation are
    // enforced against that row on every request (lib/auth/session.ts).
    session: { strategy: "jwt", maxAge: TWELVE_HOURS },
    jwt: { maxAge: TWELVE_HOURS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const result = await authenticate(credentials, clientIp(req.headers ?? {}));
          // next-auth hands a thrown message back to the sign-in form as the error.
          if (!result.ok) throw new Error(result.message);
          return result.user;
        },
      }),
      ...(sso ? [sso] : []),
    ],
    callbacks: {
      // Where next-auth sends the browser after single sign-on: a path of this site, never another.
      redirect({ url, baseUrl }) {
        const sameSite = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeCallbackPath(sameSite)}`;
      },
      signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const refusal = oidcRefusal(profile as Record<string, unknown> | undefined);
        return refusal ? `/login?error=${refusal}` : true;
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === OIDC_PROVIDER_ID && profile) {
          const signedIn = await completeOidcSignIn(profile as Parameters<typeof completeOidcSignIn>[0]);
          return { ...token, uid: signedIn.id, role: signedIn.role, sid: signedIn.sid, name: signedIn.name, email: signedIn.email };
        }
        if (user?.sid && user.role) return { ...token, uid: user.id, role: user.role, sid: user.sid };
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid, name: token.name ?? "", email: token.email ?? "", role: token.role };
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await endSession(await getDb(), token.sid, "signed_out");
      },
    },
  };
}
