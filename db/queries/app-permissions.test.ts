import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import { addDays } from "@/lib/dates";
import { isHeldOn, permissionStateOn } from "@/lib/app-permissions/state";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents, users } from "../schema";
import {
  appPermissionFigures,
  decideAppPermission,
  isAppPermissionApprover,
  listApprovedNotStarted,
  listHeldPermissions,
  listOwnAppPermissionRequests,
  listPermissionHistory,
  listRecentDecisions,
  listRequestsToDecide,
  requestAppPermission,
  revokeAppPermission,
} from "./app-permissions";
import { todayIso } from "@/lib/dates";

const today = todayIso();
const request = {
  app: "whatsapp" as const,
  otherApp: null,
  purpose: "Contact with witnesses who only use WhatsApp",
  device: "Force phone 07700 900123",
  startsOn: today,
  requestedUntil: addDays(today, 90),
};

async function actor(db: Database, email: string) {
  const [user] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  return user!;
}

describe.each(databaseKinds)("messaging-app permissions on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("lets the line manager or a supervisor decide, and nobody else or the requester", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const [staff, manager, supervisor, foi] = await Promise.all(["staff", "manager", "supervisor", "foi"].map((name) => actor(db, `${name}@demo.police.uk`)));
      expect(await isAppPermissionApprover(db, manager!)).toBe(true);
      expect(await isAppPermissionApprover(db, foi!)).toBe(false);
      const ref = await requestAppPermission(db, staff!, request, today);
      expect((await listRequestsToDecide(db, manager!)).map((r) => r.ref)).toContain(ref);
      expect((await listRequestsToDecide(db, supervisor!)).map((r) => r.ref)).toContain(ref);
      expect(await listRequestsToDecide(db, foi!)).toEqual([]);

      const approve = { ref, decision: "approved" as const, expiresOn: addDays(today, 60) };
      await expect(decideAppPermission(db, foi!, approve, today)).rejects.toThrow("Only the requester's line manager or a supervisor");
      await expect(decideAppPermission(db, staff!, approve, today)).rejects.toThrow("You cannot decide your own request.");
      const refusals = await db.select().from(auditEvents).where(eq(auditEvents.entityId, ref));
      expect(refusals.filter((e) => e.action === "access.refused").map((e) => e.actorId)).toEqual([foi!.id, staff!.id]);

      await expect(decideAppPermission(db, manager!, { ...approve, expiresOn: today }, today)).rejects.toThrow("The expiry date must be after today");
      await decideAppPermission(db, manager!, approve, today);
      expect((await listRecentDecisions(db, manager!.id)).map((r) => r.ref)).toEqual([ref]);
      await expect(decideAppPermission(db, supervisor!, approve, today)).rejects.toThrow("already been decided");
      const held = await listHeldPermissions(db, supervisor!, today);
      expect(held.find((h) => h.ref === ref)).toMatchObject({
        requesterEmail: "staff@demo.police.uk",
        approvedBy: "manager@demo.police.uk",
        expiresOn: addDays(today, 60),
      });
      expect((await listHeldPermissions(db, manager!, today)).map((h) => h.ref)).toEqual([ref]);
      expect(await listHeldPermissions(db, foi!, today)).toEqual([]);

      await revokeAppPermission(db, supervisor!, { ref, reason: "No longer on the witness liaison team" });
      expect((await listHeldPermissions(db, supervisor!, today)).map((h) => h.ref)).not.toContain(ref);
      const [own] = await listOwnAppPermissionRequests(db, staff!.id);
      expect(own).toMatchObject({ ref, decision: "approved", revokedOn: today, revocationReason: "No longer on the witness liaison team" });
      const trail = await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, ref));
      expect(trail.map((t) => t.action)).toEqual(expect.arrayContaining(["app_permission.requested", "app_permission.approved", "app_permission.revoked"]));
    });
  });

  it("shows the requester a refusal and its reason", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const staff = await actor(db, "staff@demo.police.uk");
      const supervisor = await actor(db, "supervisor@demo.police.uk");
      const ref = await requestAppPermission(db, staff, { ...request, app: "telegram" }, today);
      await decideAppPermission(db, supervisor, { ref, decision: "refused", reason: "Use the force's own messaging service instead" }, today);
      const [own] = await listOwnAppPermissionRequests(db, staff.id);
      expect(own).toMatchObject({
        ref,
        app: "telegram",
        decision: "refused",
        refusalReason: "Use the force's own messaging service instead",
        decidedOn: today,
      });
      await expect(revokeAppPermission(db, supervisor, { ref, reason: "Cannot revoke a refusal" })).rejects.toThrow("not an approved permission");
    });
  });

  it("holds a permission by the same rule in SQL as in lib/app-permissions/state.ts, up to the day before its expiry", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const staff = await actor(db, "staff@demo.police.uk");
      const supervisor = await actor(db, "supervisor@demo.police.uk");
      const expiring = await requestAppPermission(db, staff, request, today);
      await decideAppPermission(db, supervisor, { ref: expiring, decision: "approved", expiresOn: addDays(today, 10) }, today);
      const later = await requestAppPermission(db, staff, { ...request, startsOn: addDays(today, 5) }, today);
      await decideAppPermission(db, supervisor, { ref: later, decision: "approved", expiresOn: addDays(today, 40) }, today);
      const history = await listPermissionHistory(db);
      for (const offset of [0, 4, 5, 9, 10, 11, 39, 40]) {
        const day = addDays(today, offset);
        const bySql = (await listHeldPermissions(db, supervisor, day)).map((h) => h.ref).sort();
        const byRule = history
          .filter((h) => isHeldOn(h, day))
          .map((h) => h.ref)
          .sort();
        expect(bySql, `day +${offset}`).toEqual(byRule);
      }
      expect((await listHeldPermissions(db, supervisor, addDays(today, 9))).map((h) => h.ref)).toContain(expiring);
      expect((await listHeldPermissions(db, supervisor, addDays(today, 10))).map((h) => h.ref)).not.toContain(expiring);

      const figures = await appPermissionFigures(db, today);
      expect(figures).toHaveLength(12);
      expect(figures.at(-1)).toMatchObject({ month: today.slice(0, 7), requests: 2, approvals: 2, refusals: 0, holders: 1 });
    });
  });

  it("lists a permission approved to start tomorrow as approved, not started, by the rule of lib/app-permissions/state.ts, and not as held", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const [staff, manager, supervisor, foi] = await Promise.all(["staff", "manager", "supervisor", "foi"].map((name) => actor(db, `${name}@demo.police.uk`)));
      const tomorrow = await requestAppPermission(db, staff!, { ...request, startsOn: addDays(today, 1) }, today);
      await decideAppPermission(db, manager!, { ref: tomorrow, decision: "approved", expiresOn: addDays(today, 31) }, today);
      const revoked = await requestAppPermission(db, staff!, { ...request, startsOn: addDays(today, 3) }, today);
      await decideAppPermission(db, supervisor!, { ref: revoked, decision: "approved", expiresOn: addDays(today, 20) }, today);
      await revokeAppPermission(db, supervisor!, { ref: revoked, reason: "Moved to another team before it began" });

      const upcoming = await listApprovedNotStarted(db, supervisor!, today);
      expect(upcoming.find((p) => p.ref === tomorrow)).toMatchObject({
        startsOn: addDays(today, 1),
        expiresOn: addDays(today, 31),
        requesterEmail: "staff@demo.police.uk",
        approvedBy: "manager@demo.police.uk",
      });
      expect(upcoming.map((p) => p.ref)).not.toContain(revoked);
      expect((await listHeldPermissions(db, supervisor!, today)).map((p) => p.ref)).not.toContain(tomorrow);
      expect((await listApprovedNotStarted(db, manager!, today)).map((p) => p.ref)).toEqual([tomorrow]);
      expect(await listApprovedNotStarted(db, foi!, today)).toEqual([]);
      expect(await listApprovedNotStarted(db, staff!, today)).toEqual([]);

      const history = await listPermissionHistory(db);
      for (const offset of [0, 1, 2, 3]) {
        const day = addDays(today, offset);
        const bySql = (await listApprovedNotStarted(db, supervisor!, day)).map((p) => p.ref).sort();
        const byRule = history
          .filter((h) => permissionStateOn(h, day) === "not_started")
          .map((h) => h.ref)
          .sort();
        expect(bySql, `day +${offset}`).toEqual(byRule);
      }
      expect((await listApprovedNotStarted(db, supervisor!, addDays(today, 1))).map((p) => p.ref)).not.toContain(tomorrow);
      expect((await listHeldPermissions(db, supervisor!, addDays(today, 1))).map((p) => p.ref)).toContain(tomorrow);
    });
  });
});
