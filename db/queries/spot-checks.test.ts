import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyDraw } from "@/lib/spot-checks/draw";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { cases, people } from "../schema";
import { getCaseForViewer } from "./cases";
import { createWithCauseCheck, drawRandomSample, getDraw, getSpotCheck, listUnits, recordSpotCheckOutcome, spotCheckFigures } from "./spot-checks";
import { todayIso } from "@/lib/dates";

const today = todayIso();
const safeguards = {
  legalBasis: "Police (Conduct) Regulations 2020 and the force vetting policy",
  proportionality: "Random checks of a small sample, limited to messaging apps and public accounts",
  dpiaRef: "DPIA-2026-014",
};
const criteria = { unit: "Central West BCU", rankGroup: null, jobRole: null, sampleSize: 10, excludeMonths: 12 };

describe.each(databaseKinds)("spot-checks on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("draws from the chosen population, records a snapshot that re-runs to the same sample, and excludes those just drawn", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const actor = await demoAccount(db, "supervisor@demo.police.uk");
      expect(await listUnits(db)).toContain("Central West BCU");
      const ref = await drawRandomSample(db, actor, { ...criteria, ...safeguards, seed: "psd-2026-11" }, today);
      const draw = (await getDraw(db, ref))!;
      const members = await db.select({ id: people.id, unit: people.unit, status: people.status }).from(people).where(inArray(people.id, draw.populationIds));
      expect(members).toHaveLength(draw.populationIds.length);
      expect(members.every((m) => m.unit === "Central West BCU" && m.status === "serving")).toBe(true);
      expect(draw.sampleIds).toHaveLength(10);
      expect(draw.checks.every((c) => c.check?.kind === "random" && c.check.outcome === null)).toBe(true);
      expect(verifyDraw(draw)).toMatchObject({ snapshotMatches: true, sampleMatches: true });

      const again = (await getDraw(db, await drawRandomSample(db, actor, { ...criteria, ...safeguards, seed: "psd-2026-11" }, today)))!;
      expect(again.excludedIds).toEqual([...draw.sampleIds].sort((a, b) => a - b));
      expect(again.sampleIds.filter((id) => draw.sampleIds.includes(id))).toEqual([]);
      expect(again.populationIds).toHaveLength(draw.populationIds.length - 10);

      const withoutExclusion = (await getDraw(
        db,
        await drawRandomSample(db, actor, { ...criteria, excludeMonths: 0, ...safeguards, seed: "psd-2026-11" }, today),
      ))!;
      expect(withoutExclusion.populationIds).toEqual(draw.populationIds);
      expect(withoutExclusion.sampleIds).toEqual(draw.sampleIds);
    });
  });

  it("refuses a sample larger than those who can be drawn, saying how many can", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      await expect(
        drawRandomSample(db, await demoAccount(db, "supervisor@demo.police.uk"), { ...criteria, sampleSize: 500, seed: null, ...safeguards }, today),
      ).rejects.toThrow(/^Only \d+ of the \d+ people in that population can be drawn/);
    });
  });

  it("turns a referral into a case with the person as its subject and the findings as the allegation", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const actor = await demoAccount(db, "supervisor@demo.police.uk");
      const draw = (await getDraw(db, await drawRandomSample(db, actor, { ...criteria, ...safeguards, seed: "referral" }, today)))!;
      const checkRef = draw.checks[0]!.check!.ref;
      const findings = "Racist memes shared in a personal WhatsApp group of officers";
      const { caseRef } = await recordSpotCheckOutcome(
        db,
        actor,
        { ref: checkRef, outcome: "referral", findings, checkedOn: today, platform: "whatsapp", channel: "group_chat" },
        today,
      );
      expect(caseRef).toMatch(/^PSD-\d{4}-\d{4}$/);
      const opened = (await getCaseForViewer(db, actor, caseRef!))!;
      expect(opened).toMatchObject({ source: "spot_check", platform: "whatsapp", channel: "group_chat", device: "personal", status: "recorded" });
      expect(opened.summary).toContain(findings);
      expect(opened.subjects.map((s) => s.serviceNumber)).toEqual([draw.checks[0]!.check!.serviceNumber]);
      expect(await getSpotCheck(db, checkRef)).toMatchObject({ outcome: "referral", referralCaseRef: caseRef, drawRef: draw.ref });
      await expect(
        recordSpotCheckOutcome(db, actor, { ref: checkRef, outcome: "nothing_found", findings, checkedOn: today, platform: null, channel: null }, today),
      ).rejects.toThrow("already has an outcome");

      await recordSpotCheckOutcome(
        db,
        actor,
        { ref: draw.checks[1]!.check!.ref, outcome: "words_of_advice", findings: "Unprofessional language", checkedOn: today, platform: null, channel: null },
        today,
      );
      const [someone] = await db.select({ serviceNumber: people.serviceNumber }).from(people).where(eq(people.status, "serving")).limit(1);
      const [someCase] = await db.select({ ref: cases.ref }).from(cases).limit(1);
      const withCause = await createWithCauseCheck(
        db,
        actor,
        { serviceNumber: someone!.serviceNumber, causeIntelligence: null, causeCaseRef: someCase!.ref, ...safeguards },
        today,
      );
      expect(await getSpotCheck(db, withCause)).toMatchObject({ kind: "with_cause", causeCaseRef: someCase!.ref, dpiaRef: "DPIA-2026-014" });
      await expect(
        createWithCauseCheck(
          db,
          actor,
          { serviceNumber: someone!.serviceNumber, causeIntelligence: null, causeCaseRef: "PSD-1999-9999", ...safeguards },
          today,
        ),
      ).rejects.toThrow("There is no case PSD-1999-9999.");

      expect(await spotCheckFigures(db)).toEqual({
        random: { kind: "random", opened: 10, done: 2, foundSomething: 2, referrals: 1 },
        withCause: { kind: "with_cause", opened: 1, done: 0, foundSomething: 0, referrals: 0 },
        total: { opened: 11, done: 2, foundSomething: 2, referrals: 1 },
      });
    });
  });
});
