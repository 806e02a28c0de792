import argon2 from "argon2";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password checks (issue 13, item 5: a burst must not take the CPU)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("runs at most two argon2 verifications at once, however many sign-ins arrive together", async () => {
    const hash = await hashPassword("correct horse battery staple");
    const real = argon2.verify.bind(argon2);
    let running = 0;
    let most = 0;
    vi.spyOn(argon2, "verify").mockImplementation(async (...args: Parameters<typeof argon2.verify>) => {
      running++;
      most = Math.max(most, running);
      try {
        return await real(...args);
      } finally {
        running--;
      }
    });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => verifyPassword(hash, i === 3 ? "correct horse battery staple" : "wrong")));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(most).toBe(2);
  });
});
