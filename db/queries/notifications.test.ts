import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addDays, todayIso } from "@/lib/dates";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccounts } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { cases } from "../schema";
import { decideAppPermission, requestAppPermission } from "./app-permissions";
import { assignCase } from "./case-work";
import { countUnreadNotifications, listNotifications, markNotificationsRead } from "./notifications";
import { convertReportToCase, submitReport } from "./reports";

describe.each(databaseKinds)("notifications (issue 17, item 6) on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("tell an investigator of a case assigned to them, and only them", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { supervisor, investigator } = await demoAccounts(db, "supervisor", "investigator");
      const [unassigned] = await db.select({ ref: cases.ref, version: cases.version }).from(cases).where(eq(cases.status, "recorded")).limit(1);
      const before = await countUnreadNotifications(db, investigator.id);
      await assignCase(db, supervisor, { ref: unassigned!.ref, version: unassigned!.version, userId: investigator.id });
      expect(await countUnreadNotifications(db, investigator.id)).toBe(before + 1);
      expect((await listNotifications(db, investigator.id))[0]).toMatchObject({ kind: "case_assigned", reference: unassigned!.ref, readAt: null });
      expect(await listNotifications(db, supervisor.id)).toEqual([]);

      // Nobody marks another's notifications read.
      const [mine] = await listNotifications(db, investigator.id);
      expect(await markNotificationsRead(db, supervisor.id, [mine!.id])).toBe(0);
      expect(await markNotificationsRead(db, investigator.id, [mine!.id])).toBe(1);
      expect(await countUnreadNotifications(db, investigator.id)).toBe(before);
    });
  });

  it("tell a requester their app permission was decided, and a reporter their report became a case", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const today = todayIso();
      const { staff, manager, supervisor } = await demoAccounts(db, "staff", "manager", "supervisor");
      const ref = await requestAppPermission(
        db,
        staff,
        {
          app: "whatsapp",
          otherApp: null,
          purpose: "Contact with witnesses who only use WhatsApp",
          device: "Force phone",
          startsOn: today,
          requestedUntil: addDays(today, 90),
        },
        today,
      );
      await decideAppPermission(db, manager, { ref, decision: "approved", expiresOn: addDays(today, 60) }, today);
      const report = await submitReport(db, staff, {
        description: "Offensive memes in a shift group",
        platform: "whatsapp",
        groupName: "Relief C",
        seenOn: today,
        peopleInvolved: null,
        confidential: false,
      });
      await convertReportToCase(db, supervisor, report.ref, today);
      const told = (await listNotifications(db, staff.id)).map((n) => [n.kind, n.reference]);
      expect(told).toEqual([
        ["report_status_changed", report.ref],
        ["permission_decided", ref],
      ]);
    });
  });
});
