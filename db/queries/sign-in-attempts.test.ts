import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { lockoutPolicy } from "@/lib/auth/lockout";
import { databaseKinds, openPrivateDatabase } from "@/tests/databases";
import { signInAttempts } from "../schema";
import { admitSignInAttempt, settleAttempt } from "./sign-in-attempts";

describe.each(databaseKinds)("sign-in attempts on %s (issue 13, item 5: the lockout could be raced)", (kind) => {
  it("forty attempts at once on one account get ten password checks, and the rest are locked", async () => {
    const handle = await openPrivateDatabase(kind, { maxConnections: 10 });
    try {
      const email = `race-${kind}@example.test`;
      const results = await Promise.all(Array.from({ length: 40 }, () => admitSignInAttempt(handle.db, email, "192.0.2.1")));
      expect(results.filter((r) => r.admitted)).toHaveLength(lockoutPolicy.accountFailures);
      expect(results.filter((r) => !r.admitted).every((r) => !r.admitted && r.by === "account")).toBe(true);
      const stored = await handle.db.select({ outcome: signInAttempts.outcome }).from(signInAttempts).where(eq(signInAttempts.email, email));
      expect(stored.filter((r) => r.outcome === "failure")).toHaveLength(10);
      expect(stored.filter((r) => r.outcome === "locked")).toHaveLength(30);
    } finally {
      await handle.close();
    }
  });

  it("attempts from one address on many accounts stop at the address limit, in flight included", async () => {
    const handle = await openPrivateDatabase(kind, { maxConnections: 10 });
    try {
      const results = await Promise.all(Array.from({ length: 45 }, (_, i) => admitSignInAttempt(handle.db, `spray-${i}-${kind}@example.test`, "198.51.100.7")));
      expect(results.filter((r) => r.admitted)).toHaveLength(lockoutPolicy.addressFailures);
      expect(results.filter((r) => !r.admitted && r.by === "address")).toHaveLength(45 - lockoutPolicy.addressFailures);
    } finally {
      await handle.close();
    }
  });

  it("a settled attempt ends the email's run of failures", async () => {
    const handle = await openPrivateDatabase(kind);
    try {
      const email = `settle-${kind}@example.test`;
      for (let i = 0; i < 9; i++) await admitSignInAttempt(handle.db, email, `203.0.113.${i}`);
      const right = await admitSignInAttempt(handle.db, email, "203.0.113.50");
      if (!right.admitted) throw new Error("the tenth attempt should be admitted");
      await settleAttempt(handle.db, right.attemptId);
      for (let i = 0; i < 9; i++) expect((await admitSignInAttempt(handle.db, email, `203.0.113.${60 + i}`)).admitted).toBe(true);
      const [settled] = await handle.db
        .select({ outcome: signInAttempts.outcome })
        .from(signInAttempts)
        .where(and(eq(signInAttempts.email, email), eq(signInAttempts.id, right.attemptId)));
      expect(settled!.outcome).toBe("success");
    } finally {
      await handle.close();
    }
  });
});
