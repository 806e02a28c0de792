import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { canSeeCase } from "@/lib/access/case-access";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { caseAccessGrants, cases, users } from "../schema";
import { visibleCasesWhere } from "./case-access";
import { inRolledBackTransaction } from "@/tests/rollback";

describe.each(databaseKinds)("need-to-know on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("the SQL filter and the rule agree for every demo account and case, grants included", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const accounts = await tx.select({ id: users.id, role: users.role, team: users.team, email: users.email }).from(users);
      const allCases = await tx
        .select({ id: cases.id, ref: cases.ref, assignedTo: cases.assignedTo, team: cases.team, restricted: cases.restricted })
        .from(cases);
      const restricted = allCases.find((c) => c.restricted)!;
      const investigator = accounts.find((a) => a.email === "investigator2@demo.police.uk")!;
      const admin = accounts.find((a) => a.role === "admin")!;
      const future = sql`now() + interval '1 day'`;
      const past = sql`now() - interval '1 minute'`;
      await tx.insert(caseAccessGrants).values([
        { caseId: restricted.id, userId: investigator.id, grantedBy: admin.id, reason: "test grant", expiresAt: future },
        // An admin holding a grant still sees nothing: the role never sees case content.
        { caseId: restricted.id, userId: admin.id, grantedBy: admin.id, reason: "test grant", expiresAt: future },
        { caseId: allCases[0]!.id, userId: investigator.id, grantedBy: admin.id, reason: "expired", expiresAt: past },
      ] as never);
      const granted = new Set([`${investigator.id}:${restricted.id}`, `${admin.id}:${restricted.id}`]);

      for (const account of accounts) {
        const rows = await tx.select({ ref: cases.ref }).from(cases).where(visibleCasesWhere(tx, account));
        const fromSql = new Set(rows.map((r) => r.ref));
        const fromRule = new Set(allCases.filter((c) => canSeeCase(account, { ...c, hasGrant: granted.has(`${account.id}:${c.id}`) })).map((c) => c.ref));
        expect(fromSql, account.email).toEqual(fromRule);
      }
    });
  });

  it("gives each role what the permission table says", async () => {
    const accounts = await handle.db.select({ id: users.id, role: users.role, team: users.team, email: users.email }).from(users);
    const seen = async (email: string) => {
      const account = accounts.find((a) => a.email === email)!;
      return handle.db
        .select({ ref: cases.ref, team: cases.team, assignedTo: cases.assignedTo, restricted: cases.restricted })
        .from(cases)
        .where(visibleCasesWhere(handle.db, account));
    };
    const [total] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(eq(cases.restricted, false));
    expect((await seen("supervisor@demo.police.uk")).length).toBe(total!.n);
    const mine = await seen("investigator@demo.police.uk");
    expect(mine.length).toBeGreaterThan(0);
    const me = accounts.find((a) => a.email === "investigator@demo.police.uk")!;
    for (const c of mine) expect(c.team === "PSD Team 1" || c.assignedTo === me.id).toBe(true);
    for (const email of ["admin@demo.police.uk", "senior@demo.police.uk", "foi@demo.police.uk", "staff@demo.police.uk"]) {
      expect(await seen(email), email).toEqual([]);
    }
    for (const email of ["supervisor@demo.police.uk", "investigator@demo.police.uk"]) {
      expect(
        (await seen(email)).some((c) => c.restricted),
        email,
      ).toBe(false);
    }
  });
});
