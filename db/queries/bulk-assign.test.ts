import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccounts } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { AppError } from "@/lib/errors";
import type { Database } from "../index";
import { auditEvents, cases, notifications } from "../schema";
import { assignCases } from "./case-work";

async function openCases(db: Database, n: number) {
  return db
    .select({ id: cases.id, ref: cases.ref, version: cases.version, assignedTo: cases.assignedTo })
    .from(cases)
    .where(and(eq(cases.restricted, false), eq(cases.status, "recorded")))
    .orderBy(cases.ref)
    .limit(n);
}

describe.each(databaseKinds)("assigning several cases at once (issue 17, item 9) on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("assigns every ticked case to the investigator, each audited and each told", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { supervisor, investigator } = await demoAccounts(db, "supervisor", "investigator");
      const chosen = await openCases(db, 3);
      expect(chosen).toHaveLength(3);
      const refs = chosen.map((c) => c.ref);
      const result = await assignCases(db, supervisor, { cases: chosen.map(({ ref, version }) => ({ ref, version })), userId: investigator.id });
      expect(result).toEqual({ count: 3, name: "Jo Clarke" });
      const after = await db
        .select({ ref: cases.ref, version: cases.version, assignedTo: cases.assignedTo, team: cases.team })
        .from(cases)
        .where(inArray(cases.ref, refs))
        .orderBy(cases.ref);
      expect(after).toEqual(chosen.map((c) => ({ ref: c.ref, version: c.version + 1, assignedTo: investigator.id, team: investigator.team })));
      const trail = await db
        .select({ ref: auditEvents.entityId, detail: auditEvents.detail })
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "case.assigned"), inArray(auditEvents.entityId, refs)));
      expect(trail.map((e) => e.ref).sort()).toEqual(refs);
      expect(trail.every((e) => (e.detail as { together?: number }).together === 3)).toBe(true);
      const told = await db
        .select({ reference: notifications.reference })
        .from(notifications)
        .where(and(eq(notifications.userId, investigator.id), eq(notifications.kind, "case_assigned")));
      expect(told.map((n) => n.reference)).toEqual(expect.arrayContaining(refs));
    });
  });

  it("assigns none when one case changed since the list was drawn, and names it", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { supervisor, investigator } = await demoAccounts(db, "supervisor", "investigator");
      const chosen = await openCases(db, 2);
      const stale = { ref: chosen[1]!.ref, version: chosen[1]!.version - 1 };
      const refusal = await assignCases(db, supervisor, {
        cases: [{ ref: chosen[0]!.ref, version: chosen[0]!.version }, stale],
        userId: investigator.id,
      }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).message).toBe(
        `${stale.ref} changed after the list was drawn. Nothing was assigned: reload the list, check it and choose again.`,
      );
      expect(await openCases(db, 2)).toEqual(chosen);
    });
  });

  it("assigns none when one case is not the supervisor's to see, or the assignee is not an active investigator", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { supervisor, investigator, staff } = await demoAccounts(db, "supervisor", "investigator", "staff");
      const [first] = await openCases(db, 1);
      const [hidden] = await db.select({ ref: cases.ref, version: cases.version }).from(cases).where(eq(cases.restricted, true)).limit(1);
      await expect(assignCases(db, supervisor, { cases: [{ ref: first!.ref, version: first!.version }, hidden!], userId: investigator.id })).rejects.toThrow(
        `${hidden!.ref} does not exist or is not yours to see. Nothing was assigned.`,
      );
      await expect(assignCases(db, supervisor, { cases: [{ ref: first!.ref, version: first!.version }], userId: staff.id })).rejects.toThrow(
        "Choose an active investigator.",
      );
      expect(await openCases(db, 1)).toEqual([first]);
    });
  });
});
