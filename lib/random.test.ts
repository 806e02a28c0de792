import { describe, expect, it } from "vitest";
import { createRandom } from "./random";

describe("createRandom", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it("keeps int within its bounds and reaches both ends", () => {
    const random = createRandom(7);
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("shuffles without losing or adding items", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = createRandom(1).shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
  });

  it("follows its weights", () => {
    const random = createRandom(3);
    const draws = Array.from({ length: 10_000 }, () => random.weighted({ a: 9, b: 1 }));
    const share = draws.filter((d) => d === "a").length / draws.length;
    expect(share).toBeGreaterThan(0.87);
    expect(share).toBeLessThan(0.93);
  });
});
