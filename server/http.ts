import "server-only";
import { markDatabaseSuspect } from "@/db/availability";
import type { Database } from "@/db/index";
import { recordAudit, type AuditEntry } from "@/db/queries/audit";
import { isDatabaseUnavailable, isStatementTimeout } from "@/db/errors";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { beginExpensive, tooManyExpensive } from "./expensive-requests";
import { crossSiteRefusal } from "@/lib/security/cross-site";
import { log } from "@/server/log";

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
    if (isStatementTimeout(error))
      return jsonError(
        503,
        "That took too long and was stopped, so that others are not kept waiting. Narrow it (fewer years, a longer search word) and try again.",
      );
    if (isDatabaseUnavailable(error)) {
      markDatabaseSuspect();
      log.warn({ err: error }, "Database unavailable");
      return jsonError(503, "The database cannot be reached just now. Try again in a minute.");
    }
    log.error({ err: error }, "Unhandled error in route handler");
    return jsonError(500, "Something went wrong on our side. The error has been logged.");
  }
}

/**
 * The 403 for a state-changing request that a browser sent from another site, or null.
 * The HTTP server refuses these before Next.js sees them; route handlers check again, so
 * that the rule holds whatever server runs them. Signed machine-to-machine endpoints
 * authenticate by their signature instead and do not call this.
 */
export function crossSiteError(request: Request): AppError | null {
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
  return reason ? new AppError("forbidden", "This request came from another site, so it was refused. Use the form on this site.", { reason }) : null;
}

/**
 * An upload route's refusals: each is written to the audit trail with its reason before
 * it is answered (a typed error is thrown on to handleRoute, a response returned).
 */
export function auditedRefusals(db: Database, entry: Omit<AuditEntry, "detail">) {
  return async (reason: string, answer: AppError | Response): Promise<Response> => {
    await recordAudit(db, { ...entry, detail: { reason } });
    if (answer instanceof AppError) throw answer;
    return answer;
  };
}

/**
 * Runs expensive work (a search, a table, an extract, an import) in one of the user's
 * two slots; a third at once is answered 429 at once. `work` returns its response; a
 * streamed one keeps the slot until its stream ends.
 */
export async function withExpensiveSlot(userId: number, work: () => Promise<Response>): Promise<Response> {
  const end = beginExpensive(userId);
  if (!end) throw new AppError("too_many_requests", tooManyExpensive);
  try {
    const response = await work();
    if (!response.body) {
      end();
      return response;
    }
    // Hand the slot back when the body has been sent, or when the client has gone (cancel).
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            end();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          end();
          controller.error(error);
        }
      },
      async cancel(reason) {
        end();
        await reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    end();
    throw error;
  }
}
