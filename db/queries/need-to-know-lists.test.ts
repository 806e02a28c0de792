import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount, demoAccounts } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents, caseLinks, cases, contentReports, people, subjects } from "../schema";
import { listCaseTimeline, listEarlierAllegations, listLinkedCases } from "./case-work";
import { listEarlyInterventions } from "./early-intervention";
import { listReportQueue } from "./reports";

/**
 * Every list that names a case names only cases the viewer may see (issue 13, item 1
 * and 2): on today's main each of these named another team's or a restricted case.
 */
describe.each(databaseKinds)("lists that name cases, on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  /** One officer named on a Team 1 case, a Team 2 case and the restricted case, recorded within weeks of each other. */
  async function spreadOfficer(tx: Database) {
    const pick = (where: ReturnType<typeof and>) =>
      tx.select({ id: cases.id, ref: cases.ref, recordedOn: cases.recordedOn }).from(cases).where(where).orderBy(cases.id).limit(1);
    const [team1] = await pick(and(eq(cases.team, "PSD Team 1"), eq(cases.restricted, false)));
    const [team2] = await pick(and(eq(cases.team, "PSD Team 2"), eq(cases.restricted, false)));
    const [restricted] = await pick(eq(cases.restricted, true));
    const [person] = await tx.insert(people).values({ serviceNumber: "ZZ990001", name: "Test Spread", rank: "constable" }).returning({ id: people.id });
    for (const [c, day] of [
      [team1!, "2026-01-05"],
      [team2!, "2026-02-05"],
      [restricted!, "2026-03-05"],
    ] as const) {
      await tx.update(cases).set({ recordedOn: day }).where(eq(cases.id, c.id));
      await tx.insert(subjects).values({ caseId: c.id, personId: person!.id, rank: "constable", regime: "2020" });
    }
    return { team1: team1!, team2: team2!, restricted: restricted!, personId: person!.id };
  }

  it("earlier allegations name only cases the viewer may see; an investigator is not told of the others at all", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { team1, team2, restricted, personId } = await spreadOfficer(tx);
      const investigator = await demoAccount(tx, "investigator@demo.police.uk");
      const seen = await listEarlierAllegations(tx, investigator, [personId], team1.id, { countUnseen: false });
      expect(seen).toEqual([]);
      const fromTeam2 = await listEarlierAllegations(tx, await demoAccount(tx, "investigator2@demo.police.uk"), [personId], team2.id, { countUnseen: false });
      expect(fromTeam2.map((e) => e.ref)).toEqual([]);

      const supervisor = await demoAccount(tx, "supervisor@demo.police.uk");
      const bySupervisor = await listEarlierAllegations(tx, supervisor, [personId], team1.id, { countUnseen: true });
      expect(bySupervisor.map((e) => e.ref)).toEqual([team2.ref, null]);
      const unseen = bySupervisor.find((e) => e.ref === null)!;
      expect(unseen).toEqual({ personId, ref: null, recordedOn: "2026-03-05", stage: null, finding: null, outcome: null });
      expect(JSON.stringify(bySupervisor)).not.toContain(restricted.ref);
    });
  });

  it("linked cases name only the visible ones and count the rest", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { team1, team2, restricted } = await spreadOfficer(tx);
      const creator = await demoAccount(tx, "supervisor@demo.police.uk");
      await tx.insert(caseLinks).values([
        { caseId: Math.min(team1.id, team2.id), linkedCaseId: Math.max(team1.id, team2.id), reason: "same group chat", createdBy: creator.id },
        { caseId: Math.min(team1.id, restricted.id), linkedCaseId: Math.max(team1.id, restricted.id), reason: "same group chat", createdBy: creator.id },
      ]);
      const investigator = await demoAccount(tx, "investigator@demo.police.uk");
      const links = await listLinkedCases(tx, investigator, team1.id);
      expect(links.visible).toEqual([]);
      expect(links.unseen).toBe(2);
      const bySupervisor = await listLinkedCases(tx, creator, team1.id);
      expect(bySupervisor.visible.map((l) => l.ref)).toEqual([team2.ref]);
      expect(bySupervisor.unseen).toBe(1);
    });
  });

  it("the timeline blanks a linked case the viewer may not see and leaves out every refusal", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { team1, team2 } = await spreadOfficer(tx);
      const { investigator, investigator2: other } = await demoAccounts(tx, "investigator", "investigator2");
      await tx.insert(auditEvents).values([
        {
          actorId: investigator.id,
          actorRole: "investigator",
          action: "case.linked",
          entityType: "case",
          entityId: team1.ref,
          detail: { with: team2.ref, reason: "same chat" },
        },
        { actorId: other.id, actorRole: "investigator", action: "evidence.upload_refused", entityType: "case", entityId: team1.ref },
        { actorId: other.id, actorRole: "investigator", action: "case.view_refused", entityType: "case", entityId: team1.ref },
      ]);
      const timeline = await listCaseTimeline(tx, investigator, team1.ref);
      const text = JSON.stringify(timeline);
      expect(text).not.toContain(team2.ref);
      expect(text).not.toContain("refused");
      expect(timeline.find((e) => e.action === "case.linked")?.detail).toMatchObject({ with: null });
      const bySupervisor = await listCaseTimeline(tx, await demoAccount(tx, "supervisor@demo.police.uk"), team1.ref);
      expect(bySupervisor.find((e) => e.action === "case.linked")?.detail).toMatchObject({ with: team2.ref });
    });
  });

  it("the early-intervention panel counts a restricted case but never names it", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { team1, team2, restricted } = await spreadOfficer(tx);
      const flagged = (await listEarlyInterventions(tx, await demoAccount(tx, "supervisor@demo.police.uk"), 3)).officers;
      const officer = flagged.find((p) => p.serviceNumber === "ZZ990001")!;
      expect(officer.refs).toEqual([team1.ref, team2.ref]);
      expect(officer.reason).toContain("1 on a case you may not see");
      expect(JSON.stringify(flagged)).not.toContain(restricted.ref);
    });
  });

  it("the report queue hides a report that became a case the viewer may not see", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { team2 } = await spreadOfficer(tx);
      const staff = await demoAccount(tx, "staff@demo.police.uk");
      await tx.insert(contentReports).values([
        {
          ref: "RPT-2026-99001",
          reporterId: staff.id,
          description: "Other team's report",
          platform: "whatsapp",
          confidential: false,
          contentSha256: "0".repeat(64),
          status: "converted",
          caseId: team2.id,
        },
        {
          ref: "RPT-2026-99002",
          reporterId: staff.id,
          description: "Not yet triaged",
          platform: "whatsapp",
          confidential: false,
          contentSha256: "1".repeat(64),
        },
      ] as never);
      const investigator = await demoAccount(tx, "investigator@demo.police.uk");
      const queue = await listReportQueue(tx, investigator);
      expect(queue.map((r) => r.ref)).toContain("RPT-2026-99002");
      expect(queue.map((r) => r.ref)).not.toContain("RPT-2026-99001");
      expect(JSON.stringify(queue)).not.toContain(team2.ref);
      const bySupervisor = await listReportQueue(tx, await demoAccount(tx, "supervisor@demo.police.uk"));
      expect(bySupervisor.map((r) => r.ref)).toContain("RPT-2026-99001");
    });
  });
});
