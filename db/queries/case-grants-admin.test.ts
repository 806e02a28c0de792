import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import { AppError } from "@/lib/errors";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { type DemoAccount, demoAccounts } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents, caseAccessGrants, cases } from "../schema";
import { visibleCasesWhere } from "./case-access";
import { approveRestrictedAccess, grantRestrictedAccess } from "./case-grants-admin";
import { countRestrictedCases, listRestrictedCases } from "./cases";

/** Issue 13, item 10: a supervisor's access to a restricted case for themself needs a second supervisor. */
describe.each(databaseKinds)("restricted-case access, two-person rule, on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  const restricted = async (db: Database) => (await db.select({ id: cases.id, ref: cases.ref }).from(cases).where(eq(cases.restricted, true)).limit(1))[0]!;
  const sees = async (db: Database, viewer: DemoAccount, ref: string) =>
    (
      await db
        .select({ ref: cases.ref })
        .from(cases)
        .where(and(eq(cases.ref, ref), visibleCasesWhere(db, viewer)))
    ).length === 1;

  /** A supervisor asks for access to a restricted case for themselves; a second supervisor may approve it. */
  async function ownRequest(db: Database, days: number) {
    const { supervisor: first, supervisor2: second } = await demoAccounts(db, "supervisor", "supervisor2");
    const target = await restricted(db);
    const asked = await grantRestrictedAccess(db, first, { ref: target.ref, email: first.email, reason: "Needed for the hearing", days });
    return { first, second, target, asked };
  }

  it("lists restricted cases by reference, recorded date and the state of access only, and follows a request to its approval (issue 17, item 9)", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { supervisor: first, supervisor2: second } = await demoAccounts(tx, "supervisor", "supervisor2");
      const target = await restricted(tx);
      const row = async () => (await listRestrictedCases(tx, first.id, { limit: 10_000, offset: 0 })).find((r) => r.ref === target.ref)!;
      const before = await row();
      expect(Object.keys(before).sort()).toEqual(["id", "myAccessUntil", "myRequestWaiting", "peopleWithAccess", "recordedOn", "ref"]);
      expect([before.myAccessUntil, before.myRequestWaiting]).toEqual([null, false]);

      const asked = await grantRestrictedAccess(tx, first, { ref: target.ref, email: first.email, reason: "Needed for the hearing", days: 3 });
      expect(await row()).toMatchObject({ myAccessUntil: null, myRequestWaiting: true, peopleWithAccess: before.peopleWithAccess });

      await approveRestrictedAccess(tx, second, { ref: target.ref, grantId: asked.grantId });
      const after = await row();
      expect(after.myRequestWaiting).toBe(false);
      expect(after.myAccessUntil).toBeInstanceOf(Date);
      expect(after.myAccessUntil!.getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);
      expect(after.peopleWithAccess).toBe(before.peopleWithAccess + 1);
      expect((await listRestrictedCases(tx, second.id, { limit: 10_000, offset: 0 })).find((r) => r.ref === target.ref)!.myAccessUntil).toBeNull();
    });
  });

  it("a supervisor's own access is a request that opens nothing until another supervisor approves it", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { first, second, target, asked } = await ownRequest(tx, 3);
      expect(asked.pending).toBe(true);
      expect(await sees(tx, first, target.ref)).toBe(false);

      await expect(approveRestrictedAccess(tx, first, { ref: target.ref, grantId: asked.grantId })).rejects.toThrow(/cannot approve your own access/);
      expect(await sees(tx, first, target.ref)).toBe(false);

      const approved = await approveRestrictedAccess(tx, second, { ref: target.ref, grantId: asked.grantId });
      expect(await sees(tx, first, target.ref)).toBe(true);
      expect(approved.expiresAt.getTime() - Date.now()).toBeGreaterThan(3 * 86_400_000 - 60_000);
      await expect(approveRestrictedAccess(tx, second, { ref: target.ref, grantId: asked.grantId })).rejects.toThrow(/already been approved or declined/);

      const trail = await tx
        .select({ action: auditEvents.action, actorId: auditEvents.actorId, detail: auditEvents.detail })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, target.ref), sql`${auditEvents.action} like 'case.access_%'`))
        .orderBy(auditEvents.id);
      expect(trail.map((e) => [e.action, e.actorId])).toEqual([
        ["case.access_requested", first.id],
        ["case.access_approved", second.id],
      ]);
      expect(trail[1]!.detail).toMatchObject({ grantId: asked.grantId, for: first.id, expiresAt: approved.expiresAt.toISOString() });
    });
  });

  it("a request that lapsed unapproved cannot be approved", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { first, second, target, asked } = await ownRequest(tx, 1);
      await tx
        .update(caseAccessGrants)
        .set({ createdAt: sql`now() - interval '2 days'`, expiresAt: sql`now() - interval '1 day'` })
        .where(eq(caseAccessGrants.id, asked.grantId));
      const refusal = await approveRestrictedAccess(tx, second, { ref: target.ref, grantId: asked.grantId }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).message).toMatch(/lapsed/);
      expect(await sees(tx, first, target.ref)).toBe(false);
    });
  });

  it("access given to someone else holds at once, as before", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { supervisor, investigator2: investigator } = await demoAccounts(tx, "supervisor", "investigator2");
      const target = await restricted(tx);
      const given = await grantRestrictedAccess(tx, supervisor, {
        ref: target.ref,
        email: investigator.email,
        reason: "Assigned to the hearing bundle",
        days: 2,
      });
      expect(given.pending).toBe(false);
      expect(await sees(tx, investigator, target.ref)).toBe(true);
    });
  });
  it("lists restricted cases a page at a time, newest first, and counts them all", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { supervisor } = await demoAccounts(tx, "supervisor");
      await tx.insert(cases).values(
        ["2024-01-05", "2025-07-09", "2023-11-30", "2026-02-14"].map((recordedOn, i) => ({
          ref: `PSD-2026-9990${i}`,
          summary: "Paging test",
          source: "intelligence" as const,
          platform: "whatsapp" as const,
          channel: "group_chat" as const,
          contentType: "other" as const,
          device: "personal" as const,
          recordedOn,
          team: "PSD Team 1",
          restricted: true,
        })),
      );
      const all = await listRestrictedCases(tx, supervisor.id, { limit: 10_000, offset: 0 });
      expect(all.length).toBeGreaterThanOrEqual(5);
      expect(await countRestrictedCases(tx)).toBe(all.length);
      const first = await listRestrictedCases(tx, supervisor.id, { limit: 2, offset: 0 });
      const second = await listRestrictedCases(tx, supervisor.id, { limit: 2, offset: 2 });
      expect([...first, ...second].map((row) => row.ref)).toEqual(all.slice(0, 4).map((row) => row.ref));
      const dates = all.map((row) => row.recordedOn);
      expect(dates).toEqual([...dates].sort().reverse());
    });
  });
});
