import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { selectRows, type Database } from "@/db/index";
import { caseListQuerySchema } from "@/lib/validation/case-list";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { inRolledBackTransaction } from "@/tests/rollback";
import { caseAccessGrants, cases, users } from "../schema";
import { countCasesByStatus, countMatchingCases } from "./case-list";

const today = "2026-11-20";
const filters = [{}, { platform: "whatsapp" }, { device: "personal", year: "2025" }, { mine: "1" }, { year: "2021", platform: "facebook" }];

/** The kept counts, zero rows aside, and what a rebuild from the cases gives. */
async function keptAndRebuilt(db: Database) {
  const read = async () =>
    (await selectRows<Record<string, unknown>>(db, sql`select * from case_status_counts where n <> 0`))
      .map((r) => JSON.stringify(r, (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v)))
      .sort();
  const kept = await read();
  await db.execute(sql`select rebuild_case_status_counts()`);
  return { kept, rebuilt: await read() };
}

/** Issue 19, item 2: the case list's tabs from kept counts, exactly the counts of the cases themselves. */
describe.each(databaseKinds)("the case list's status counts on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  async function expectExact(db: Database, label: string) {
    const accounts = await db.select({ id: users.id, role: users.role, team: users.team, email: users.email }).from(users);
    for (const account of accounts) {
      for (const raw of filters) {
        const query = caseListQuerySchema.parse(raw);
        expect(await countCasesByStatus(db, account, query, today), `${label}: ${account.email} ${JSON.stringify(raw)}`).toEqual(
          await countMatchingCases(db, account, query, today),
        );
      }
    }
    const { kept, rebuilt } = await keptAndRebuilt(db);
    expect(kept, label).toEqual(rebuilt);
  }

  it("equal the cases counted one by one, for every account and filter, after every kind of change", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      await expectExact(tx, "seeded");
      const [investigator] = await tx.select({ id: users.id }).from(users).where(eq(users.email, "investigator2@demo.police.uk"));
      const [supervisor] = await tx.select({ id: users.id }).from(users).where(eq(users.email, "supervisor@demo.police.uk"));
      const [moved] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.team, "PSD Team 1")).orderBy(cases.id).limit(1);
      await tx
        .update(cases)
        .set({ team: "PSD Team 2", assignedTo: investigator!.id, status: "investigation", platform: "facebook", recordedOn: "2021-06-01" })
        .where(eq(cases.id, moved!.id));
      await expectExact(tx, "a case moved, reassigned, re-dated and advanced");
      await tx.insert(cases).values({
        ref: "PSD-2026-99999",
        summary: "Counting test",
        source: "intelligence",
        platform: "whatsapp",
        channel: "group_chat",
        contentType: "other",
        device: "personal",
        recordedOn: "2025-03-03",
        team: "PSD Team 1",
      });
      await expectExact(tx, "a case added");
      // A restricted case granted to a supervisor counts for them, and for nobody else.
      await tx.update(cases).set({ restricted: true }).where(eq(cases.ref, "PSD-2026-99999"));
      const [added] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.ref, "PSD-2026-99999"));
      await tx.insert(caseAccessGrants).values({
        caseId: added!.id,
        userId: supervisor!.id,
        grantedBy: supervisor!.id,
        reason: "counting test",
        expiresAt: sql`now() + interval '1 day'`,
        approvedAt: sql`now()`,
      } as never);
      await expectExact(tx, "a case restricted and granted");
      await tx.delete(caseAccessGrants).where(eq(caseAccessGrants.caseId, added!.id));
      await tx.delete(cases).where(eq(cases.id, added!.id));
      await expectExact(tx, "a case removed");
    });
  });
});
