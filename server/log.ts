import pino from "pino";
import { getEnv } from "@/lib/env";

/**
 * An error as the log may keep it. A failed query's own message repeats its SQL and
 * parameters (names, free text), so the database's error underneath is logged instead,
 * without its `detail`, which quotes the row's values.
 */
export function loggableError(error: unknown): { type: string; code?: string; message: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: "A value that is not an Error was thrown" };
  const failedQuery = "query" in error && "params" in error;
  if (failedQuery && !(error.cause instanceof Error)) return { type: "DrizzleQueryError", message: "A query failed (no cause was given)" };
  const root = failedQuery ? (error.cause as Error) : error;
  const code = (root as { code?: unknown }).code;
  return { type: root.name, ...(typeof code === "string" ? { code } : {}), message: root.message, stack: root.stack };
}

/**
 * The server's one logger: JSON lines on standard output, for whatever collects them.
 * Entries carry ids (request, user, case reference) and outcomes, never personal data:
 * no names, no search terms, no free text from a form.
 */
export const log = pino({
  level: getEnv().LOG_LEVEL,
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  serializers: { err: loggableError },
});
