import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { todayIso } from "@/lib/dates";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { cases, people } from "../schema";
import { listCaseReports } from "./case-reports";
import { linkReportToCase } from "./report-triage";
import { convertReportToCase, submitReport } from "./reports";

const reportBy = (peopleInvolved: string | null) => ({
  description: "Memes mocking a victim in the relief group",
  platform: "whatsapp" as const,
  groupName: "Relief D",
  seenOn: "2026-11-20",
  peopleInvolved,
  confidential: true,
});

describe.each(databaseKinds)("the reports behind a case on %s (issue 17, item 1)", (kind) => {
  const handle = useSeededDatabase(kind);

  it("lists the reports a case came from, oldest first, with each named person matched to the people records", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const staff = await demoAccount(db, "staff@demo.police.uk");
      const supervisor = await demoAccount(db, "supervisor@demo.police.uk");
      const [marlowe, ashdown] = await db
        .insert(people)
        .values([
          { serviceNumber: "QX100001", name: "Quillon Marlowe", rank: "constable" },
          { serviceNumber: "QX100002", name: "Petra Ashdown", rank: "sergeant" },
        ])
        .returning({ id: people.id });
      const first = await submitReport(db, staff, reportBy("PC Quillon Marlowe and Sgt Ashdown (the admin); someone from traffic"));
      const caseRef = await convertReportToCase(db, supervisor, first.ref, todayIso());
      const second = await submitReport(db, staff, reportBy(null));
      await linkReportToCase(db, supervisor, { ref: second.ref, version: 1, caseRef });
      await submitReport(db, staff, reportBy("Quillon Marlowe"));
      const [opened] = await db.select({ id: cases.id }).from(cases).where(eq(cases.ref, caseRef));

      const reports = await listCaseReports(db, opened!.id, { suggest: true });
      expect(reports.map((r) => r.ref)).toEqual([first.ref, second.ref]);
      expect(reports[0]!.named.map((n) => n.name)).toEqual(["PC Quillon Marlowe", "Sgt Ashdown", "someone from traffic"]);
      expect(reports[0]!.named[0]!.candidates[0]).toMatchObject({ id: marlowe!.id, serviceNumber: "QX100001", rank: "constable" });
      expect(reports[0]!.named[1]!.candidates.map((c) => c.id)).toContain(ashdown!.id);
      expect(reports[0]!.named[2]!.candidates).toEqual([]);
      expect(reports[1]!.named).toEqual([]);
      // Nothing says who reported it.
      expect(JSON.stringify(reports)).not.toContain("staff@demo.police.uk");

      const unsuggested = await listCaseReports(db, opened!.id, { suggest: false });
      expect(unsuggested[0]!.named.map((n) => n.candidates)).toEqual([[], [], []]);
    });
  });
});
