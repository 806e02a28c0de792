import { describe, expect, it } from "vitest";
import { todayIso } from "./dates";

describe("todayIso: the one today, London's (issue 15, section 2)", () => {
  it("dates 00:30 BST to the London day, not the UTC one", () => {
    expect(todayIso(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
  });

  it("is the UTC day in winter, when London keeps GMT", () => {
    expect(todayIso(new Date("2026-12-01T00:30:00Z"))).toBe("2026-12-01");
    expect(todayIso(new Date("2026-12-01T23:59:00Z"))).toBe("2026-12-01");
  });
});
