import "server-only";
import { markDatabaseSuspect } from "@/db/availability";
import { isDatabaseUnavailable } from "@/db/errors";
import { AppError } from "./errors";
import { getEnv } from "./env";
import { crossSiteRefusal } from "./security/cross-site";

const noStore = { "Cache-Control": "no-store" };

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: noStore });
}

/**
 * Runs a route handler's work and turns failures into answers a caller can act on:
 * typed errors keep their status and message, an unreachable database is a 503, and
 * anything else is a 500 whose details go to the server log only.
 */
export async function handleRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return jsonError(error.status, error.message, error.detail);
    if (isDatabaseUnavailable(error)) {
      markDatabaseSuspect();
      console.error("Database unavailable", error);
      return jsonError(503, "The database cannot be reached just now. Try again in a minute.");
    }
    console.error("Unhandled error in route handler", error);
    return jsonError(500, "Something went wrong on our side. The error has been logged.");
  }
}

/**
 * Refuses a state-changing request that a browser sent from another site (403). The
 * HTTP server refuses these before Next.js sees them; route handlers check again, so
 * that the rule holds whatever server runs them. Signed machine-to-machine endpoints
 * authenticate by their signature instead and do not call this.
 */
export function refuseCrossSite(request: Request): void {
  const env = getEnv();
  const reason = crossSiteRefusal(
    {
      method: request.method,
      origin: request.headers.get("origin"),
      secFetchSite: request.headers.get("sec-fetch-site"),
      host: request.headers.get("host"),
      forwardedHost: request.headers.get("x-forwarded-host"),
    },
    { publicUrl: env.NEXTAUTH_URL, trustedProxyHops: env.TRUSTED_PROXY_HOPS },
  );
  if (reason) throw new AppError("forbidden", "This request came from another site, so it was refused. Use the form on this site.", { reason });
}
