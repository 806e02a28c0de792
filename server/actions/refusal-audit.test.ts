/**
 * Issue 13, item 12: every refused server action is audited with what it was aimed at,
 * whether it was refused for the role or for a record the person may not see.
 */
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/index";
import { auditEvents, cases, users } from "@/db/schema";
import type { Role } from "@/lib/vocabulary";
import { openSeededDatabase } from "@/tests/databases";

const state: { handle?: DatabaseHandle; user?: { id: number; role: Role; team: string | null; email: string; name: string; disabled: boolean } } = {};

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/db", async (original) => ({ ...(await original<object>()), getDb: async () => state.handle!.db, getReadDb: async () => state.handle!.db }));
vi.mock("@/server/auth/session", () => ({ getCurrentUser: async () => state.user ?? null }));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("refused server actions are audited with their target", () => {
  beforeAll(async () => {
    state.handle = await openSeededDatabase("pglite");
  });
  afterAll(() => state.handle?.close());

  async function signIn(email: string) {
    const [user] = await state.handle!.db.select().from(users).where(eq(users.email, email));
    state.user = user as typeof state.user;
    return user!;
  }

  async function lastAudit(actorId: number) {
    const [entry] = await state.handle!.db.select().from(auditEvents).where(eq(auditEvents.actorId, actorId)).orderBy(desc(auditEvents.id)).limit(1);
    return entry!;
  }

  it("a note on another team's case: refused as not found, and the attempt is on that case's audit trail", async () => {
    const { addNoteAction } = await import("@/app/(app)/cases/actions");
    const [other] = await state
      .handle!.db.select({ ref: cases.ref })
      .from(cases)
      .where(and(eq(cases.team, "PSD Team 2"), eq(cases.restricted, false)))
      .limit(1);
    const investigator = await signIn("investigator@demo.police.uk");
    const result = await addNoteAction(null, form({ ref: other!.ref, body: "Trying a case that is not mine" }));
    expect(result.ok).toBe(false);
    const entry = await lastAudit(investigator.id);
    expect(entry).toMatchObject({ action: "action.refused", entityType: "case", entityId: other!.ref });
    expect(entry.detail).toMatchObject({ permission: "cases:work", reason: "not_found", target: { ref: other!.ref } });
  });

  it("a refusal by role names the target as well as the permission", async () => {
    const { addNoteAction } = await import("@/app/(app)/cases/actions");
    const [any] = await state.handle!.db.select({ ref: cases.ref }).from(cases).limit(1);
    const staff = await signIn("staff@demo.police.uk");
    expect((await addNoteAction(null, form({ ref: any!.ref, body: "x" }))).ok).toBe(false);
    const entry = await lastAudit(staff.id);
    expect(entry).toMatchObject({ action: "access.refused", entityType: "case", entityId: any!.ref });
    expect(entry.detail).toMatchObject({ permission: "cases:work", target: { ref: any!.ref } });
  });

  it("a hostile target is stored cut short and storable, never as sent", async () => {
    const { addNoteAction } = await import("@/app/(app)/cases/actions");
    const staff = await signIn("staff@demo.police.uk");
    await addNoteAction(null, form({ ref: `PSD\u0000${"x".repeat(500)}`, body: "x" }));
    const entry = await lastAudit(staff.id);
    const target = (entry.detail as { target: { ref: string } }).target.ref;
    expect(target.length).toBeLessThanOrEqual(40);
    expect(target).not.toContain("\u0000");
    expect(entry.entityType).toBeNull();
  });
});
