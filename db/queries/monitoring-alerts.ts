import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { MonitoringAlert } from "@/lib/validation/monitoring-alerts";
import type { Database } from "../index";
import { contentReports, webhookDeliveries } from "../schema";
import { auditBy } from "./audit";
import { nextRef } from "./refs";
import { todayIso } from "@/lib/dates";

const source = "protective_monitoring" as const;

export type WebhookAnswer = { status: number; body: Record<string, unknown>; replayed: boolean };

/**
 * Files a protective-monitoring alert in the report queue, once per idempotency key: the
 * same key with the same body gets the first answer again and creates nothing; the same
 * key with another body is refused. Only accepted deliveries are kept under their key,
 * so a sender may correct a refused body and send it again under the same key.
 */
export async function receiveMonitoringAlert(
  db: Database,
  delivery: { idempotencyKey: string; bodySha256: string; alert: MonitoringAlert },
): Promise<WebhookAnswer> {
  const { idempotencyKey, bodySha256, alert } = delivery;
  return db.transaction(async (tx) => {
    // Claiming the key first makes a concurrent delivery under it wait here for this
    // transaction, then find the finished answer instead of filing a second report.
    const [claimed] = await tx
      .insert(webhookDeliveries)
      .values({ source, idempotencyKey, bodySha256, responseStatus: 0, responseBody: {} })
      .onConflictDoNothing()
      .returning({ id: webhookDeliveries.id });
    if (!claimed) {
      const [first] = await tx
        .select()
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.source, source), eq(webhookDeliveries.idempotencyKey, idempotencyKey)));
      if (first!.bodySha256 !== bodySha256) {
        throw new AppError("conflict", "This Idempotency-Key was already used for a different request. Use a new key for a new alert.", {
          refusal: "key_reused",
        });
      }
      const answer = first!.responseBody;
      await auditBy(tx, null, {
        action: "monitoring.alert_replayed",
        entityType: "report",
        entityId: typeof answer.ref === "string" ? answer.ref : undefined,
        detail: { alertId: alert.alertId, idempotencyKey },
      });
      return { status: first!.responseStatus, body: answer, replayed: true };
    }

    const ref = await nextRef(tx, contentReports, "report", todayIso());
    const [report] = await tx
      .insert(contentReports)
      .values({
        ref,
        reporterId: null,
        source,
        sourceRef: alert.alertId,
        confidential: false,
        description: alert.summary,
        platform: alert.platform,
        groupName: alert.groupName || null,
        // The date as the monitoring system wrote it, in its own offset.
        seenOn: alert.raisedAt.slice(0, 10),
        peopleInvolved: alert.peopleInvolved || null,
        contentSha256: bodySha256,
      })
      .returning({ id: contentReports.id, ref: contentReports.ref, receivedAt: contentReports.receivedAt });
    const body = { ref: report!.ref, receivedAt: report!.receivedAt.toISOString() };
    await tx.update(webhookDeliveries).set({ responseStatus: 201, responseBody: body, reportId: report!.id }).where(eq(webhookDeliveries.id, claimed.id));
    await auditBy(tx, null, {
      action: "monitoring.alert_accepted",
      entityType: "report",
      entityId: ref,
      detail: { alertId: alert.alertId, raisedAt: alert.raisedAt, idempotencyKey },
    });
    return { status: 201, body, replayed: false };
  });
}

/**
 * Every refused delivery is written down, with why; nothing else of it is kept. The key
 * is whatever the sender put in the header: the caller makes it storable first.
 */
export async function recordMonitoringRefusal(db: Database, refusal: { reason: string; idempotencyKey: string | null; detail?: Record<string, unknown> }) {
  await auditBy(db, null, {
    action: "monitoring.alert_refused",
    entityType: "webhook",
    detail: { reason: refusal.reason, idempotencyKey: refusal.idempotencyKey, ...refusal.detail },
  });
}
