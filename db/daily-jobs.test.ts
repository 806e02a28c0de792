import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { caseIntake, caseWithSubjects, demoAccount, demoAccounts } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { remindOfDeadlines, runOncePerDay, sendDailyDigest } from "./daily-jobs";
import { listNotifications } from "./queries/notifications";
import { applySubjectAction } from "./queries/workflow";
import { notifications, tasks } from "./schema";

const today = "2026-12-01";

const intake = caseIntake([
  { serviceNumber: "NTF001", name: "Test Officer One" },
  { serviceNumber: "NTF002", name: "Test Officer Two" },
]);

describe.each(databaseKinds)("daily jobs and decision notices (issue 17, item 6) on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("run once a day however many processes ask", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      let runs = 0;
      const work = async () => {
        runs++;
      };
      expect(await runOncePerDay(db, "test_job", today, work)).toBe(true);
      expect(await runOncePerDay(db, "test_job", today, work)).toBe(false);
      expect(await runOncePerDay(db, "test_job", "2026-12-02", work)).toBe(true);
      expect(runs).toBe(2);
    });
  });

  it("tell the supervisors a decision is needed, and the investigator of a statutory deadline near, once a week", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { investigator, supervisor } = await demoAccounts(db, "investigator", "supervisor");
      const { ref, subjects: both } = await caseWithSubjects(db, investigator, intake, today);
      // Both subjects reach the decision: the supervisors are told once for the case.
      for (const one of both) {
        let version = one.version;
        for (const action of [
          { kind: "start_assessment" as const },
          { kind: "assess" as const, severity: "misconduct" as const, standards: ["equality_and_diversity" as const], route: "investigation" as const },
          { kind: "complete_investigation" as const, recommendation: "case_to_answer" as const },
        ]) {
          ({ version } = await applySubjectAction(db, investigator, { ref, subjectId: one.id, version, action, today }));
        }
      }
      const subject = both[0];
      expect((await listNotifications(db, supervisor.id)).filter((n) => n.reference === ref).map((n) => n.kind)).toEqual(["decision_needed"]);
      expect((await listNotifications(db, investigator.id)).filter((n) => n.reference === ref)).toEqual([]);

      // A barred-list report due in two working days: within three, so the investigator is reminded, once.
      await db.insert(tasks).values({ kind: "barred_list_notification", caseId: subject!.caseId, subjectId: subject!.id, dueOn: "2026-12-03" });
      expect(await remindOfDeadlines(db, today, 3)).toBeGreaterThanOrEqual(1);
      await remindOfDeadlines(db, "2026-12-02", 3);
      const reminders = await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.kind, "deadline_soon"), eq(notifications.reference, ref)));
      expect(reminders.map((r) => r.userId)).toEqual([investigator.id]);
    });
  });

  it("send one digest to each person with unread notifications, counting them by kind", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const investigator = await demoAccount(db, "investigator@demo.police.uk");
      await db.update(notifications).set({ readAt: new Date() });
      await db.insert(notifications).values([
        { userId: investigator.id, kind: "case_assigned", reference: "PSD-2026-0001" },
        { userId: investigator.id, kind: "case_assigned", reference: "PSD-2026-0002" },
      ]);
      const sent: { to: string; text: string }[] = [];
      const people = await sendDailyDigest(db, { sendMail: async (m) => sent.push(m) }, { from: "x@example", siteUrl: "https://psd.police.example" });
      expect(people).toBe(1);
      expect(sent[0]!.to).toBe(investigator.email);
      expect(sent[0]!.text).toContain("A case was assigned to you: 2");
      expect(sent[0]!.text).not.toContain("PSD-2026");
    });
  });
});
