import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/index";
import { releaseDecisions } from "@/db/schema";
import type { Decision } from "@/lib/stats/release-decision";
import { databaseKinds, openPrivateDatabase } from "@/tests/databases";
import { sharedDecision } from "./protected-tables";

/** A decision that says who made it, so that a test can tell whose it got. */
const madeBy = (who: string): Decision => ({ results: [], record: [{ spec: { dimensions: ["year"] }, shown: [[who]] }] });
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(databaseKinds)("release-check decisions shared by every process, on %s", (kind) => {
  let own: DatabaseHandle;
  beforeAll(async () => {
    own = await openPrivateDatabase(kind);
  });
  afterAll(() => own?.close());

  it("is made once when two processes ask for it together: the second waits for the first's", async () => {
    let made = 0;
    const make = (who: string) => async () => {
      made++;
      await later(400);
      return madeBy(who);
    };
    const [first, second] = await Promise.all([sharedDecision(own.db, "together", make("first")), sharedDecision(own.db, "together", make("second"))]);
    expect(made).toBe(1);
    expect(second).toEqual(first);
    const [kept] = await own.db.select({ decision: releaseDecisions.decision }).from(releaseDecisions).where(eq(releaseDecisions.key, "together"));
    expect(kept!.decision).toEqual(first);
    // Afterwards it is read, not made.
    expect(await sharedDecision(own.db, "together", make("third"))).toEqual(first);
    expect(made).toBe(1);
  });

  it("is made by another once the process that claimed it has been silent too long, and not before", async () => {
    await own.db.insert(releaseDecisions).values({ key: "lapsed", decision: null, madeAt: sql`now() - interval '10 minutes'` });
    expect(await sharedDecision(own.db, "lapsed", async () => madeBy("taken over"))).toEqual(madeBy("taken over"));

    await own.db.insert(releaseDecisions).values({ key: "claimed", decision: null });
    const waiting = sharedDecision(own.db, "claimed", async () => madeBy("too early"));
    await later(500);
    // The claimant finishes: the one waiting gets its decision.
    await own.db
      .update(releaseDecisions)
      .set({ decision: madeBy("claimant") })
      .where(eq(releaseDecisions.key, "claimed"));
    expect(await waiting).toEqual(madeBy("claimant"));
  });

  it("leaves no claim behind when making the decision fails, so that the next asker makes it", async () => {
    await expect(
      sharedDecision(own.db, "failing", async () => {
        throw new Error("out of memory, say");
      }),
    ).rejects.toThrow("out of memory, say");
    expect(await own.db.select().from(releaseDecisions).where(eq(releaseDecisions.key, "failing"))).toEqual([]);
    expect(await sharedDecision(own.db, "failing", async () => madeBy("next"))).toEqual(madeBy("next"));
  });
});
