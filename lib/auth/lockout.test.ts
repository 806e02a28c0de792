import { describe, expect, it } from "vitest";
import { lockedUntil, lockoutPolicy } from "./lockout";

const minute = 60_000;
const t0 = Date.parse("2026-11-21T10:00:00Z");
const every = (count: number, gap: number) => Array.from({ length: count }, (_, i) => t0 + i * gap);

describe("lockedUntil", () => {
  it("locks for 15 minutes from the 10th failure within 5 minutes", () => {
    const failures = every(10, 20_000);
    const tenth = failures[9]!;
    expect(lockedUntil(failures, lockoutPolicy.accountFailures, tenth + 1)).toBe(tenth + 15 * minute);
    expect(lockedUntil(failures, lockoutPolicy.accountFailures, tenth + 15 * minute - 1)).toBe(tenth + 15 * minute);
    expect(lockedUntil(failures, lockoutPolicy.accountFailures, tenth + 15 * minute)).toBeNull();
  });

  it("does not lock after 9 failures", () => {
    expect(lockedUntil(every(9, 1000), lockoutPolicy.accountFailures, t0 + 10_000)).toBeNull();
  });

  it("does not lock when 10 failures are spread over more than 5 minutes", () => {
    expect(lockedUntil(every(10, 40_000), lockoutPolicy.accountFailures, t0 + 7 * minute)).toBeNull();
  });

  it("finds a burst of 10 inside a longer run, in any order", () => {
    const slow = every(5, 2 * minute);
    const burst = every(10, 1000).map((t) => t + 30 * minute);
    const until = lockedUntil([...burst].reverse().concat(slow), 10, t0 + 31 * minute);
    expect(until).toBe(burst[9]! + 15 * minute);
  });

  it("throttles an address at its own threshold", () => {
    expect(lockedUntil(every(29, 1000), lockoutPolicy.addressFailures, t0 + 30_000)).toBeNull();
    expect(lockedUntil(every(30, 1000), lockoutPolicy.addressFailures, t0 + 30_000)).not.toBeNull();
  });
});
