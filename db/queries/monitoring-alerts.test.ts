import { createHash } from "node:crypto";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import type { MonitoringAlert } from "@/lib/validation/monitoring-alerts";
import { databaseKinds, openPrivateDatabase, useSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents, contentReports } from "../schema";
import { getCaseForViewer } from "./cases";
import { receiveMonitoringAlert } from "./monitoring-alerts";
import { convertReportToCase, listReportQueue } from "./reports";
import { todayIso } from "@/lib/dates";

const alert: MonitoringAlert = {
  alertId: "PM-2026-000123",
  raisedAt: "2026-11-30T22:14:05+00:00",
  platform: "whatsapp",
  summary: "Image flagged by device monitoring as a crime-scene photograph shared to a group",
  groupName: "Relief D",
  peopleInvolved: "device user 40312",
};
const sha = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
const delivery = (key: string, body: MonitoringAlert = alert) => ({ idempotencyKey: key, bodySha256: sha(body), alert: body });
const reportCount = async (db: Database) => (await db.select({ n: count() }).from(contentReports))[0]!.n;

describe.each(databaseKinds)("protective-monitoring alerts on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("files an accepted alert in the report queue as protective monitoring, with no reporter, and audits it", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const answer = await receiveMonitoringAlert(db, delivery("key-accepted-0001"));
      expect(answer).toMatchObject({ status: 201, replayed: false, body: { ref: expect.stringMatching(/^RPT-\d{4}-\d{5}$/) } });
      const queue = await listReportQueue(db, await demoAccount(db, "supervisor@demo.police.uk"));
      expect(queue.find((r) => r.ref === answer.body.ref)).toMatchObject({
        source: "protective_monitoring",
        sourceRef: alert.alertId,
        reporter: null,
        description: alert.summary,
        platform: "whatsapp",
        groupName: "Relief D",
        seenOn: "2026-11-30",
        status: "submitted",
      });
      const [audit] = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
      expect(audit).toMatchObject({ action: "monitoring.alert_accepted", actorId: null, entityType: "report", entityId: answer.body.ref });
    });
  });

  it("answers a repeated key with the first answer and creates nothing new", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const first = await receiveMonitoringAlert(db, delivery("key-repeated-0001"));
      const before = await reportCount(db);
      const again = await receiveMonitoringAlert(db, delivery("key-repeated-0001"));
      expect(again).toEqual({ ...first, replayed: true });
      expect(await reportCount(db)).toBe(before);
      const replays = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "monitoring.alert_replayed"), eq(auditEvents.entityId, String(first.body.ref))));
      expect(replays).toHaveLength(1);
    });
  });

  it("refuses a different body under a key already used, and creates nothing", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      await receiveMonitoringAlert(db, delivery("key-reused-00001"));
      const before = await reportCount(db);
      const other = { ...alert, summary: "A different alert sent under the same key" };
      await expect(receiveMonitoringAlert(db, delivery("key-reused-00001", other))).rejects.toMatchObject({ code: "conflict" });
      expect(await reportCount(db)).toBe(before);
    });
  });

  it("opens a case from an alert with the source 'intelligence'", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { body } = await receiveMonitoringAlert(db, delivery("key-convert-0001"));
      const supervisor = await demoAccount(db, "supervisor@demo.police.uk");
      const caseRef = await convertReportToCase(db, supervisor, String(body.ref), todayIso());
      expect(await getCaseForViewer(db, supervisor, caseRef)).toMatchObject({ summary: alert.summary, source: "intelligence", channel: "group_chat" });
    });
  });

  it("the database refuses a duty-to-report report without a reporter", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const insert = db.execute(
        sql`insert into content_reports (ref, description, platform, content_sha256) values ('RPT-2099-00001', 'no reporter here', 'whatsapp', ${"0".repeat(64)})`,
      );
      await expect(insert).rejects.toThrow();
    });
  });
});

describe("protective-monitoring alerts delivered twice at once, on postgres", () => {
  it("file one report: the second waits for the first and gets its answer", async () => {
    const handle = await openPrivateDatabase("postgres", { maxConnections: 4 });
    try {
      const answers = await Promise.all([1, 2, 3].map(() => receiveMonitoringAlert(handle.db, delivery("key-concurrent-1"))));
      expect(await reportCount(handle.db)).toBe(1);
      expect(new Set(answers.map((a) => a.body.ref)).size).toBe(1);
      expect(answers.filter((a) => a.replayed)).toHaveLength(2);
    } finally {
      await handle.close();
    }
  });
});
