import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { API_CSP, contentSecurityPolicy, HSTS } from "@/lib/security-headers";

const sessionCookies = ["__Secure-next-auth.session-token", "next-auth.session-token"];
const publicPaths = ["/login", "/api/"];

/**
 * Sets the security headers of every page, and sends visitors with no session cookie
 * to sign in. It is not access control: every page, action and route handler checks the
 * session and the role itself.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const { OIDC_ISSUER: ssoIssuer, NEXTAUTH_URL: siteUrl } = getEnv();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    ssoOrigin: ssoIssuer ? new URL(ssoIssuer).origin : undefined,
  });
  const path = request.nextUrl.pathname;
  const isPublic = publicPaths.some((p) => path === p || path.startsWith(p));
  // A header set here replaces the route handler's own: API answers get the strict policy they need.
  const policy = path.startsWith("/api/") ? API_CSP : csp;
  const hasSession = sessionCookies.some((name) => request.cookies.has(name));

  let response: NextResponse;
  if (!isPublic && !hasSession) {
    const login = new URL("/login", request.url);
    if (path !== "/") login.searchParams.set("callbackUrl", `${path}${request.nextUrl.search}`);
    response = NextResponse.redirect(login);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    // For the audit trail: what a refused request was aimed at (set here, so a client cannot choose it).
    headers.set("x-request-path", `${path}${request.nextUrl.search}`.slice(0, 200));
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  // Pages show personal and case data: no browser or proxy may keep a copy.
  response.headers.set("Cache-Control", "no-store, max-age=0");
  if (siteUrl?.startsWith("https://")) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Not the uploads (the import, and evidence sent to a case): Next buffers a request's
  // whole body before this runs, and those bodies may be 50 MB; their handlers check the
  // session before reading them and set their own headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/cases/import$|api/cases/[^/]+/evidence$).*)"],
};
