import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents, cases } from "../schema";
import { getIopcReferral, recordIopcMode, recordIopcReferral } from "./iopc-referral";

const today = "2026-11-22";

describe.each(databaseKinds)("the IOPC referral on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("SI 2020/2 reg 4(1)(a)(iv): records the matter type and a mandatory referral, then the IOPC's mode, audited", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await demoAccount(tx, "supervisor@demo.police.uk");
      const [target] = await tx.select({ id: cases.id, ref: cases.ref }).from(cases).where(eq(cases.restricted, false)).limit(1);
      const decision = {
        ref: target!.ref,
        matterType: "conduct_matter" as const,
        criteria: ["discriminatory_aggravation" as const],
        decidedOn: "2026-11-20",
        rationale: "Racist memes shared by serving officers in a team group chat.",
      };
      await expect(recordIopcReferral(tx, actor, { ...decision, referred: false, referredOn: null }, today)).rejects.toThrow(/must be referred to the IOPC/);
      await recordIopcReferral(tx, actor, { ...decision, referred: true, referredOn: "2026-11-21" }, today);
      await expect(recordIopcMode(tx, actor, { ref: target!.ref, mode: "directed", modeDecidedOn: "2026-11-20" }, today)).rejects.toThrow(
        /before the matter was referred/,
      );
      await recordIopcMode(tx, actor, { ref: target!.ref, mode: "directed", modeDecidedOn: "2026-11-22" }, today);

      expect(await getIopcReferral(tx, target!.id)).toMatchObject({
        criteria: ["discriminatory_aggravation"],
        referred: true,
        referredOn: "2026-11-21",
        mode: "directed",
        modeDecidedOn: "2026-11-22",
      });
      const [stored] = await tx.select({ matterType: cases.matterType }).from(cases).where(eq(cases.id, target!.id));
      expect(stored!.matterType).toBe("conduct_matter");
      const trail = await tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, target!.ref));
      expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(["case.iopc_referral_decided", "case.iopc_mode_recorded"]));
    });
  });

  it("refuses a case the actor may not see, as not found", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const investigator = await demoAccount(tx, "investigator@demo.police.uk");
      const [restricted] = await tx.select({ ref: cases.ref }).from(cases).where(eq(cases.restricted, true)).limit(1);
      await expect(
        recordIopcReferral(
          tx,
          investigator,
          {
            ref: restricted!.ref,
            matterType: "complaint",
            criteria: [],
            referred: false,
            referredOn: null,
            decidedOn: today,
            rationale: "Nothing here meets a criterion.",
          },
          today,
        ),
      ).rejects.toThrow(/not yours to see/);
    });
  });
});
