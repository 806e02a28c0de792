import { describe, expect, it } from "vitest";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { getCaseForViewer } from "./cases";
import { convertReportToCase, listOwnReports, submitReport } from "./reports";
import { todayIso } from "@/lib/dates";

describe.each(databaseKinds)("turning a report into a case on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("opens a case pre-filled from the report, once", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const emails = ["staff@demo.police.uk", "supervisor@demo.police.uk"];
      const [staff, supervisor] = await Promise.all(emails.map((email) => demoAccount(db, email)));
      const input = {
        description: "Offensive memes in a shift group",
        platform: "whatsapp" as const,
        groupName: "Relief C",
        seenOn: "2026-11-01",
        peopleInvolved: null,
        confidential: false,
      };
      const { ref } = await submitReport(db, staff!, input);
      const caseRef = await convertReportToCase(db, supervisor!, ref, todayIso());
      expect(await getCaseForViewer(db, supervisor!, caseRef)).toMatchObject({
        summary: input.description,
        source: "colleague_report",
        channel: "group_chat",
        incidentOn: "2026-11-01",
        subjects: [],
      });
      expect((await listOwnReports(db, staff!.id))[0]).toMatchObject({ ref, status: "converted" });
      await expect(convertReportToCase(db, supervisor!, ref, todayIso())).rejects.toThrow("already been turned into a case");
    });
  });
});
