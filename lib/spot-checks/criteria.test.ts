import { describe, expect, it } from "vitest";
import { describeCriteria } from "./criteria";

describe("describeCriteria", () => {
  it("says in words who could be drawn", () => {
    expect(describeCriteria({ unit: "Central West BCU", rankGroup: "sergeant", jobRole: null, sampleSize: 10, excludeMonths: 12 })).toBe(
      "Central West BCU, Sergeant, any role; leaving out those checked in the last 12 months",
    );
    expect(describeCriteria({ unit: null, rankGroup: null, jobRole: "custody", sampleSize: 5, excludeMonths: 0 })).toBe(
      "Every unit, any rank, Custody; nobody left out",
    );
  });
});
