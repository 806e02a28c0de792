import "server-only";
import { markDatabaseSuspect } from "@/db/availability";
import { isDatabaseUnavailable } from "@/db/errors";
import { AppError } from "./errors";

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
