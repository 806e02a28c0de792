import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents, users } from "../schema";
import { caseAuditFacets, exportCaseAuditTrail, latestCaseAudit, listCaseAuditTrail, namesOfAssignees } from "./case-audit-trail";

const ref = "PSD-2099-0001";

describe.each(databaseKinds)("a case's audit trail, filtered and paged, on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  async function people(tx: Database) {
    const found = await tx.select({ id: users.id, email: users.email, role: users.role, name: users.name }).from(users);
    const by = (email: string) => found.find((u) => u.email === email)!;
    return { supervisor: by("supervisor@demo.police.uk"), investigator: by("investigator@demo.police.uk") };
  }

  type Person = Awaited<ReturnType<typeof people>>["supervisor"];
  async function entry(tx: Database, at: string, action: string, actor: Person, detail?: Record<string, unknown>) {
    await tx.insert(auditEvents).values({
      occurredAt: new Date(at),
      action,
      actorId: actor.id,
      actorRole: actor.role,
      entityType: "case",
      entityId: ref,
      detail,
    });
  }

  it("filters by action, by person and by London day, newest first, and counts what matches", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { supervisor, investigator } = await people(tx);
      await entry(tx, "2026-06-30T22:59:00Z", "case.viewed", investigator); // 23:59 BST on 30 June
      await entry(tx, "2026-06-30T23:30:00Z", "case.viewed", investigator); // 00:30 BST on 1 July
      await entry(tx, "2026-07-01T10:00:00Z", "case.assigned", supervisor, { from: null, to: investigator.id });
      await entry(tx, "2026-07-02T09:00:00Z", "case.note_added", investigator, { noteId: 1 });
      // Another case's entry is never in this trail.
      await tx.insert(auditEvents).values({ action: "case.viewed", actorId: supervisor.id, entityType: "case", entityId: "PSD-2099-0002" });

      const all = await listCaseAuditTrail(tx, ref, { page: 1 });
      expect(all.total).toBe(4);
      expect(all.rows.map((r) => r.action)).toEqual(["case.note_added", "case.assigned", "case.viewed", "case.viewed"]);
      expect(all.rows[1]).toMatchObject({ actorName: supervisor.name, actorEmail: supervisor.email, actorRole: "supervisor" });

      const julyFirst = await listCaseAuditTrail(tx, ref, { from: "2026-07-01", to: "2026-07-01", page: 1 });
      expect(julyFirst.rows.map((r) => r.occurredAt.toISOString())).toEqual(["2026-07-01T10:00:00.000Z", "2026-06-30T23:30:00.000Z"]);
      expect((await listCaseAuditTrail(tx, ref, { to: "2026-06-30", page: 1 })).total).toBe(1);
      expect((await listCaseAuditTrail(tx, ref, { action: "case.viewed", page: 1 })).total).toBe(2);
      expect((await listCaseAuditTrail(tx, ref, { actor: supervisor.id, page: 1 })).rows.map((r) => r.action)).toEqual(["case.assigned"]);
      expect((await exportCaseAuditTrail(tx, ref, { actor: investigator.id, from: "2026-07-01" })).map((r) => r.action)).toEqual([
        "case.note_added",
        "case.viewed",
      ]);
      expect((await latestCaseAudit(tx, ref, 2)).map((r) => r.action)).toEqual(["case.note_added", "case.assigned"]);

      const facets = await caseAuditFacets(tx, ref);
      expect(facets.actions).toEqual(["case.assigned", "case.note_added", "case.viewed"]);
      expect(facets.actors.map((a) => a.id).sort()).toEqual([supervisor.id, investigator.id].sort());
      expect(await namesOfAssignees(tx, all.rows)).toEqual(new Map([[investigator.id, investigator.name]]));
    });
  });

  it("pages by 50, the last page holding the rest", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { investigator } = await people(tx);
      await tx
        .insert(auditEvents)
        .values(
          Array.from({ length: 51 }, (_, i) => ({ action: "case.viewed", actorId: investigator.id, entityType: "case", entityId: ref, detail: { n: i } })),
        );
      const first = await listCaseAuditTrail(tx, ref, { page: 1 });
      const second = await listCaseAuditTrail(tx, ref, { page: 2 });
      expect([first.total, first.rows.length, second.rows.length]).toEqual([51, 50, 1]);
      expect(second.rows[0]!.detail).toEqual({ n: 0 });
      expect((await listCaseAuditTrail(tx, ref, { page: 3 })).rows).toEqual([]);
    });
  });
});
