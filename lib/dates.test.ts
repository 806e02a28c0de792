import { describe, expect, it } from "vitest";
import { londonDayStart, todayIso } from "./dates";

describe("todayIso: the one today, London's (issue 15, section 2)", () => {
  it("dates 00:30 BST to the London day, not the UTC one", () => {
    expect(todayIso(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
  });

  it("is the UTC day in winter, when London keeps GMT", () => {
    expect(todayIso(new Date("2026-12-01T00:30:00Z"))).toBe("2026-12-01");
    expect(todayIso(new Date("2026-12-01T23:59:00Z"))).toBe("2026-12-01");
  });
});

describe("londonDayStart: where a London day begins", () => {
  it("is midnight UTC in winter and 23:00 UTC the evening before in summer", () => {
    expect(londonDayStart("2026-12-01").toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(londonDayStart("2026-07-01").toISOString()).toBe("2026-06-30T23:00:00.000Z");
  });
  it("follows the clocks on the days they change", () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    expect(londonDayStart("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(londonDayStart("2026-03-30").toISOString()).toBe("2026-03-29T23:00:00.000Z");
    expect(londonDayStart("2026-10-25").toISOString()).toBe("2026-10-24T23:00:00.000Z");
    expect(londonDayStart("2026-10-26").toISOString()).toBe("2026-10-26T00:00:00.000Z");
  });
});
