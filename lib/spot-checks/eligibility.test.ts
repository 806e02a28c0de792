import { describe, expect, it } from "vitest";
import { drawSample, snapshotOf } from "./draw";
import { applyExclusions, monthsBefore } from "./eligibility";

describe("monthsBefore", () => {
  it("goes back whole calendar months, keeping to the month's last day", () => {
    expect(monthsBefore("2026-11-20", 6)).toBe("2026-05-20");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
    expect(monthsBefore("2026-01-15", 12)).toBe("2025-01-15");
    expect(monthsBefore("2024-05-31", 3)).toBe("2024-02-29");
  });
});

describe("applyExclusions", () => {
  const population = [1, 2, 3, 4, 5];
  const lastChecked = new Map([
    [1, "2026-11-01"],
    [2, "2026-05-20"],
    [3, "2026-05-19"],
    [4, "2020-01-01"],
  ]);

  it("excludes people checked on or after the cutoff, and nobody else", () => {
    expect(applyExclusions(population, lastChecked, "2026-11-20", 6)).toEqual({ eligible: [3, 4, 5], excluded: [1, 2] });
  });

  it("excludes nobody when the window is 0 months", () => {
    expect(applyExclusions(population, lastChecked, "2026-11-20", 0)).toEqual({ eligible: population, excluded: [] });
  });

  it("never lets an excluded person into a sample, whatever the seed", () => {
    const ids = Array.from({ length: 40 }, (_, i) => i + 1);
    const recent = new Map(ids.filter((id) => id % 3 === 0).map((id) => [id, "2026-10-01"] as const));
    const { eligible, excluded } = applyExclusions(ids, recent, "2026-11-20", 3);
    expect(excluded).toHaveLength(13);
    const snapshot = snapshotOf(eligible);
    for (let seed = 0; seed < 500; seed++) {
      const sample = drawSample(String(seed), snapshot, 10);
      expect(sample.filter((id) => excluded.includes(id))).toEqual([]);
    }
  });
});
