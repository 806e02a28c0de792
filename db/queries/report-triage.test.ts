import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import type { Database } from "../index";
import { auditEvents, cases, notifications } from "../schema";
import { answerOwnReport, closeWithNoFurtherAction, linkReportToCase, markReportDuplicate, requestMoreInformation } from "./report-triage";
import { convertReportToCase, getOwnReport, getReportForTriage, listReportQueue, submitReport } from "./reports";
import { todayIso } from "@/lib/dates";

async function people(db: Database) {
  const byEmail = (email: string) => demoAccount(db, email);
  return { staff: await byEmail("staff@demo.police.uk"), supervisor: await byEmail("supervisor@demo.police.uk") };
}

async function report(db: Database, reporter: { id: number; role: "staff" | "supervisor" | "investigator" | "senior_officer" | "foi_officer" | "admin" }) {
  const { ref } = await submitReport(db, reporter, {
    description: "Offensive memes in a shift group",
    platform: "whatsapp",
    groupName: "Relief C",
    seenOn: "2026-11-01",
    peopleInvolved: "PC Example",
    confidential: true,
  });
  return ref;
}

async function notices(db: Database, userId: number, ref: string) {
  return db
    .select({ kind: notifications.kind })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.reference, ref)));
}

describe.each(databaseKinds)("report triage on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("asks the reporter for more, takes their answer back to the queue, then closes with no further action; the reporter sees only the kind of outcome", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { staff, supervisor } = await people(db);
      const ref = await report(db, staff);
      await requestMoreInformation(db, supervisor, { ref, version: 1, question: "Which day did you see the messages?" });
      expect(await getOwnReport(db, staff.id, ref)).toMatchObject({
        status: "information_requested",
        outcome: "more_information_needed",
        question: "Which day did you see the messages?",
      });
      await answerOwnReport(db, staff, { ref, answer: "On 1 November, in the evening." });
      expect(await getReportForTriage(db, supervisor, ref)).toMatchObject({ status: "triaged", version: 3, answer: "On 1 November, in the evening." });
      await closeWithNoFurtherAction(db, supervisor, { ref, version: 3, reason: "A joke between friends that breaks no Standard." });
      const own = await getOwnReport(db, staff.id, ref);
      expect(own).toMatchObject({ status: "closed", outcome: "no_further_action" });
      // The reporter's read holds no reason, case, triager or original report.
      expect(Object.keys(own!)).not.toEqual(expect.arrayContaining(["outcomeReason"]));
      expect(JSON.stringify(own)).not.toContain("breaks no Standard");
      expect(await notices(db, staff.id, ref)).toHaveLength(2);
      const trail = await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, ref));
      expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(["report.more_information_needed", "report.answered", "report.no_further_action"]));
    });
  });

  it("refuses a second triager acting on a page drawn before the first acted, and any exit on a closed report", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { staff, supervisor } = await people(db);
      const ref = await report(db, staff);
      await closeWithNoFurtherAction(db, supervisor, { ref, version: 1, reason: "Not offensive: a picture of a cat." });
      await expect(requestMoreInformation(db, supervisor, { ref, version: 1, question: "Which day was this?" })).rejects.toThrow("already been dealt with");
      await expect(convertReportToCase(db, supervisor, ref, todayIso())).rejects.toThrow("already been dealt with");
      const other = await report(db, staff);
      await requestMoreInformation(db, supervisor, { ref: other, version: 1, question: "Which day was this?" });
      await expect(closeWithNoFurtherAction(db, supervisor, { ref: other, version: 1, reason: "Not offensive at all." })).rejects.toThrow(
        "changed by someone else",
      );
      await expect(answerOwnReport(db, supervisor, { ref: other, answer: "Not mine to answer" })).rejects.toThrow(`There is no report ${other}`);
    });
  });

  it("links a report to a case the triager may see, and refuses one they may not as not found", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { staff, supervisor } = await people(db);
      const [open] = await db.select({ ref: cases.ref }).from(cases).where(eq(cases.restricted, false)).limit(1);
      const [restricted] = await db.select({ ref: cases.ref }).from(cases).where(eq(cases.restricted, true)).limit(1);
      const ref = await report(db, staff);
      await expect(linkReportToCase(db, supervisor, { ref, version: 1, caseRef: restricted!.ref })).rejects.toThrow(`There is no case ${restricted!.ref}.`);
      await expect(linkReportToCase(db, supervisor, { ref, version: 1, caseRef: "PSD-1999-9999" })).rejects.toThrow("There is no case PSD-1999-9999.");
      expect(await linkReportToCase(db, supervisor, { ref, version: 1, caseRef: open!.ref })).toBe(open!.ref);
      expect(await getReportForTriage(db, supervisor, ref)).toMatchObject({ status: "closed", outcome: "linked_to_case", caseRef: open!.ref });
      const own = await getOwnReport(db, staff.id, ref);
      expect(own).toMatchObject({ status: "closed", outcome: "linked_to_case" });
      expect(JSON.stringify(own)).not.toContain(open!.ref);
      // The case's trail records the report added to it.
      expect(
        await db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.entityId, open!.ref), eq(auditEvents.action, "case.report_linked"))),
      ).toHaveLength(1);
    });
  });

  it("closes a report as a duplicate of another, never of itself", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { staff, supervisor } = await people(db);
      const [first, second] = [await report(db, staff), await report(db, staff)];
      await expect(markReportDuplicate(db, supervisor, { ref: second, version: 1, duplicateOf: second })).rejects.toThrow("duplicate of itself");
      await expect(markReportDuplicate(db, supervisor, { ref: second, version: 1, duplicateOf: "RPT-1999-00001" })).rejects.toThrow("There is no report");
      expect(await markReportDuplicate(db, supervisor, { ref: second, version: 1, duplicateOf: first })).toBe(first);
      const queue = await listReportQueue(db, supervisor);
      expect(queue.find((r) => r.ref === second)).toMatchObject({ status: "closed", outcome: "duplicate", duplicateOf: first });
      expect(await getOwnReport(db, staff.id, second)).toMatchObject({ outcome: "duplicate" });
    });
  });

  it("records a report turned into a case as passed for investigation", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { staff, supervisor } = await people(db);
      const ref = await report(db, staff);
      await convertReportToCase(db, supervisor, ref, todayIso());
      expect(await getOwnReport(db, staff.id, ref)).toMatchObject({ status: "converted", outcome: "passed_for_investigation" });
    });
  });
});
