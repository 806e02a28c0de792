import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/index";
import { AppError } from "@/lib/errors";
import { findings } from "@/lib/vocabulary";
import { openPrivateDatabase } from "@/tests/databases";
import { auditEvents, cases, subjects, users } from "../schema";
import { verifyAuditChain } from "./audit-chain";
import { recordFinding } from "./subjects";

describe("recordFinding with 20 people saving at once on postgres", () => {
  const editors = 20;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openPrivateDatabase("postgres", { maxConnections: editors, seed: true });
  });
  afterAll(() => handle.close());

  it("saves exactly one edit, refuses the other 19 as conflicts, and keeps the winner's record", async () => {
    const db = handle.db;
    const [supervisor] = await db.select({ id: users.id, role: users.role, team: users.team }).from(users).where(eq(users.role, "supervisor")).limit(1);
    const [target] = await db
      .select({ id: subjects.id, version: subjects.version, ref: cases.ref })
      .from(subjects)
      .innerJoin(cases, eq(cases.id, subjects.caseId))
      .where(and(isNull(subjects.finding), eq(cases.restricted, false)))
      .limit(1);
    const before = await db.$count(auditEvents);

    const edits = Array.from({ length: editors }, (_, i) => ({
      subjectId: target!.id,
      version: target!.version,
      finding: findings.keys[i % findings.keys.length]!,
      findingOn: `2026-01-${String(i + 1).padStart(2, "0")}`,
      rationale: `Editor ${i} decided this after reading the whole file carefully.`,
    }));
    const outcomes = await Promise.allSettled(edits.map((edit) => recordFinding(db, supervisor!, edit)));

    const winners = outcomes.flatMap((o, i) => (o.status === "fulfilled" ? [i] : []));
    const refusals = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as unknown] : []));
    expect(winners).toHaveLength(1);
    expect(refusals).toHaveLength(editors - 1);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).code).toBe("conflict");
      expect((refusal as AppError).message).toMatch(/Someone else changed this subject/);
    }

    const winner = edits[winners[0]!]!;
    const [stored] = await db
      .select({ finding: subjects.finding, findingOn: subjects.findingOn, rationale: subjects.findingRationale, version: subjects.version })
      .from(subjects)
      .where(eq(subjects.id, target!.id));
    expect(stored).toEqual({ finding: winner.finding, findingOn: winner.findingOn, rationale: winner.rationale, version: target!.version + 1 });
    // Only the winner's change was audited, and the audit chain is whole.
    expect(await db.$count(auditEvents)).toBe(before + 1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
