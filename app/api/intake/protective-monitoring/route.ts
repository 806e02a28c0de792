import { createHash } from "node:crypto";
import { getDb } from "@/db";
import { receiveMonitoringAlert, recordMonitoringRefusal } from "@/db/queries/monitoring-alerts";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { handleRoute, jsonError } from "@/server/http";
import { IDEMPOTENCY_HEADER, refusalMessages, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from "@/lib/intake/webhook-signature";
import { readBodyUpTo } from "@/lib/intake/read-body";
import { MONITORING_ALERT_MAX_BYTES, monitoringAlertSchema } from "@/lib/validation/monitoring-alerts";
import { forAuditLog } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

/**
 * A force's protective-monitoring system raises an alert here; it lands in the report
 * queue as "came to notice: protective monitoring". Machine to machine: it is
 * authenticated by its HMAC signature (lib/intake/webhook-signature.ts), not by a
 * session, and answers 404 while MONITORING_WEBHOOK_SECRET is unset.
 */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const secret = getEnv().MONITORING_WEBHOOK_SECRET;
    if (!secret) return jsonError(404, "Not found.");
    const db = await getDb();
    const rawKey = request.headers.get(IDEMPOTENCY_HEADER);
    const refuse = async (status: number, reason: string, message: string, detail?: Record<string, unknown>) => {
      await recordMonitoringRefusal(db, { reason, idempotencyKey: rawKey === null ? null : forAuditLog(rawKey, 200), detail });
      return jsonError(status, message);
    };

    const body = await readBodyUpTo(request, MONITORING_ALERT_MAX_BYTES);
    if (!body) return refuse(413, "too_large", `An alert may be at most ${MONITORING_ALERT_MAX_BYTES / 1024} KB.`);

    const verdict = verifyWebhook(
      secret,
      { signature: request.headers.get(SIGNATURE_HEADER), timestamp: request.headers.get(TIMESTAMP_HEADER), idempotencyKey: rawKey },
      body,
      Math.floor(Date.now() / 1000),
    );
    if (!verdict.ok) return refuse(401, verdict.refusal, refusalMessages[verdict.refusal]);

    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    } catch {
      return refuse(400, "not_json", "The body must be JSON in UTF-8.");
    }
    const alert = monitoringAlertSchema.safeParse(json);
    if (!alert.success) {
      const problems = alert.error.issues.map((issue) => (issue.code === "unrecognized_keys" ? `unknown field(s): ${issue.keys.join(", ")}` : issue.message));
      await refuse(400, "invalid_alert", "The alert is not valid.", { problems: problems.map((p) => forAuditLog(p, 200)) });
      return jsonError(400, "The alert is not valid.", { problems });
    }

    const bodySha256 = createHash("sha256").update(body).digest("hex");
    try {
      const answer = await receiveMonitoringAlert(db, { idempotencyKey: verdict.idempotencyKey, bodySha256, alert: alert.data });
      const headers: Record<string, string> = { "Cache-Control": "no-store" };
      if (answer.replayed) headers["Idempotent-Replayed"] = "true";
      return Response.json(answer.body, { status: answer.status, headers });
    } catch (error) {
      if (error instanceof AppError && error.code === "conflict") return refuse(409, "key_reused", error.message);
      throw error;
    }
  });
}
