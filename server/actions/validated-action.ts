import "server-only";
import type { z } from "zod";
import { markDatabaseSuspect } from "@/db/availability";
import { isDatabaseUnavailable, isStatementTimeout } from "@/db/errors";
import { getCurrentUser, type SessionUser } from "@/server/auth/session";
import { getDb } from "@/db";
import { auditBy } from "@/db/queries/audit";
import { AppError } from "@/lib/errors";
import { isCaseRef } from "@/lib/cases/case-ref";
import { can, type Permission } from "@/lib/permissions";
import { forAuditLog } from "@/lib/validation/text";
import { log } from "@/server/log";

export type ActionResult<T = null> = { ok: true; data: T; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export type ActionState<T = null> = ActionResult<T> | null;

function formToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData) {
    // Next adds its own $ACTION_ fields; files are handled by the actions that take them.
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const earlier = out[key];
    // A field sent more than once (checkboxes) becomes a list.
    out[key] = earlier === undefined ? value : Array.isArray(earlier) ? [...earlier, value] : [earlier, value];
  }
  return out;
}

/** Fields that name what an action is aimed at, in the order they are preferred as its target. */
const targetFields = ["ref", "caseRef", "subjectId", "reportRef", "userId", "grantId", "taskId", "requestId", "id"] as const;

/** What a refused action was aimed at, from the raw form, cut short and made storable for the audit trail. */
function refusalTarget(raw: Record<string, string | string[]>): { entityType?: string; entityId?: string; target?: Record<string, string> } {
  const target: Record<string, string> = {};
  for (const field of targetFields) {
    const value = raw[field];
    if (typeof value === "string" && value !== "") target[field] = forAuditLog(value, 40);
  }
  const caseRef = target.ref ?? target.caseRef;
  return caseRef && isCaseRef(caseRef) ? { entityType: "case", entityId: caseRef, target } : Object.keys(target).length > 0 ? { target } : {};
}

/**
 * Every server action goes through here: server actions are public POST endpoints, so
 * this requires a live session and the permission, parses the form with the zod
 * schema, and turns failures into `{ ok: false }` with a message a person can act on.
 * Refusals are audited; unexpected errors are logged and never shown.
 */
export function validatedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<{ data: T; message?: string }>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionResult<T>> => {
    const raw = formToObject(formData);
    let user: SessionUser | null = null;
    try {
      user = await getCurrentUser();
      if (!user) return { ok: false, error: "Your session has ended. Sign in again to continue." };
      if (!can(user.role, permission)) {
        const { target, ...entity } = refusalTarget(raw);
        await auditBy(await getDb(), user, { action: "access.refused", ...entity, detail: { permission, target } });
        return { ok: false, error: "Your role does not allow this." };
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const field = issue.path.length > 0 ? issue.path.join(".") : "form";
          (fieldErrors[field] ??= []).push(issue.message);
        }
        return { ok: false, error: "Check the highlighted fields.", fieldErrors };
      }
      const { data, message } = await handler(parsed.data, user);
      return { ok: true, data, message };
    } catch (error) {
      if (error instanceof AppError) {
        // A record the person may not see, or may not change: audited with what was aimed at.
        if (user && (error.code === "not_found" || error.code === "forbidden")) await auditActionRefusal(user, permission, raw, error.code);
        return { ok: false, error: error.message };
      }
      if (isStatementTimeout(error))
        return { ok: false, error: "That took too long and was stopped; nothing was saved. Try again, and tell your administrator if it happens again." };
      if (isDatabaseUnavailable(error)) {
        markDatabaseSuspect();
        return { ok: false, error: "The database cannot be reached just now. Nothing was saved; try again in a minute." };
      }
      log.error({ err: error }, "Server action failed");
      return { ok: false, error: "Something went wrong on our side and nothing was saved. The error has been logged." };
    }
  };
}

async function auditActionRefusal(user: SessionUser, permission: Permission, raw: Record<string, string | string[]>, reason: string) {
  const { target, ...entity } = refusalTarget(raw);
  try {
    await auditBy(await getDb(), user, { action: "action.refused", ...entity, detail: { permission, reason, target } });
  } catch (error) {
    // The refusal stands whether or not it could be written down; the failure is logged.
    log.error({ err: error }, "Could not audit a refused action");
  }
}
