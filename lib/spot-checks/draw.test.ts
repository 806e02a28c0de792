import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDrawStream, drawSample, snapshotOf, uniformBelow, verifyDraw, type WordStream } from "./draw";

const fifty = snapshotOf(Array.from({ length: 50 }, (_, i) => i + 1));

describe("the spot-check draw", () => {
  it("gives the same sample, in the same order, for the same seed and snapshot", () => {
    const first = drawSample("2026-11-seed", fifty, 10);
    expect(drawSample("2026-11-seed", snapshotOf([...fifty.ids].reverse()), 10)).toEqual(first);
    expect(new Set(first).size).toBe(10);
    expect(first.every((id) => fifty.ids.includes(id))).toBe(true);
  });

  it("gives another sample for another seed or another snapshot", () => {
    const first = drawSample("a", fifty, 10);
    expect(drawSample("b", fifty, 10)).not.toEqual(first);
    const other = snapshotOf([...fifty.ids.slice(1), 51]);
    expect(drawSample("a", other, 10)).not.toEqual(first);
  });

  it("is the documented generator: block n is SHA-256 of seed, snapshot hash and n", () => {
    const stream = createDrawStream("s", "abc");
    const block0 = createHash("sha256").update("s:abc:0").digest();
    const block1 = createHash("sha256").update("s:abc:1").digest();
    const words = Array.from({ length: 9 }, () => stream.nextUint32());
    expect(words.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => block0.readUInt32BE(i * 4)));
    expect(words[8]).toBe(block1.readUInt32BE(0));
  });

  it("hashes the snapshot as ids ascending, one per line", () => {
    expect(snapshotOf([3, 1, 2, 2]).ids).toEqual([1, 2, 3]);
    expect(snapshotOf([3, 1, 2]).sha256).toBe(createHash("sha256").update("1\n2\n3\n").digest("hex"));
  });

  it("rejects words above the largest multiple of n rather than folding them", () => {
    const words = [2 ** 32 - 1, 2 ** 32 - 2, 7];
    const stream: WordStream = { nextUint32: () => words.shift()! };
    // 2^32 mod 3 = 1, so only the top word is rejected; 2^32 - 2 is kept.
    expect(uniformBelow(stream, 3)).toBe((2 ** 32 - 2) % 3);
    expect(words).toEqual([7]);
  });

  it("refuses a sample larger than the population", () => {
    expect(() => drawSample("s", snapshotOf([1, 2, 3]), 4)).toThrow(RangeError);
    expect(() => drawSample("s", snapshotOf([1, 2, 3]), 0)).toThrow(RangeError);
  });

  it("re-runs a recorded draw and notices any change to it", () => {
    const sampleIds = drawSample("re-run", fifty, 10);
    const recorded = { seed: "re-run", populationIds: fifty.ids, snapshotSha256: fifty.sha256, sampleIds };
    expect(verifyDraw(recorded)).toMatchObject({ snapshotMatches: true, snapshotSorted: true, sampleMatches: true, recomputedSample: sampleIds });
    expect(verifyDraw({ ...recorded, seed: "re-run2" }).sampleMatches).toBe(false);
    expect(verifyDraw({ ...recorded, populationIds: fifty.ids.slice(1) }).snapshotMatches).toBe(false);
    expect(verifyDraw({ ...recorded, sampleIds: [...sampleIds].reverse() }).sampleMatches).toBe(false);
  });
});

/**
 * Uniformity. 20,000 draws of 10 from 50 with seeds "chi-square-0", "chi-square-1", ...
 * Each id should be drawn 4,000 times; the statistic below is Pearson's, scaled by
 * 1/(1 - 10/50) because a draw without replacement takes 10 distinct ids, so under
 * uniformity it follows chi-square with 49 degrees of freedom. The critical value 134
 * has p ≈ 1e-9 (Wilson-Hilferty), so a fair sampler fails about once in a billion runs,
 * and the seeds are fixed, so in practice never; the biased sampler below, which folds
 * bytes modulo n as naive code does, scores about 420 on these seeds (a fair one about 48).
 */
const DRAWS = 20_000;
const SIZE = 10;
const CRITICAL_49_DF = 134;

function inclusionStatistic(sample: (seed: string) => number[]): { inclusion: number; first: number } {
  const included = new Array<number>(51).fill(0);
  const first = new Array<number>(51).fill(0);
  for (let d = 0; d < DRAWS; d++) {
    const drawn = sample(`chi-square-${d}`);
    for (const id of drawn) included[id]!++;
    first[drawn[0]!]!++;
  }
  const pearson = (counts: number[], expected: number) => counts.slice(1).reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
  return { inclusion: pearson(included, (DRAWS * SIZE) / 50) / (1 - SIZE / 50), first: pearson(first, DRAWS / 50) };
}

/** The same partial Fisher-Yates, but with a byte taken modulo n: low offsets come up too often. */
function biasedSample(seed: string): number[] {
  const stream = createDrawStream(seed, fifty.sha256);
  const pool = [...fifty.ids];
  for (let i = 0; i < SIZE; i++) {
    const j = i + ((stream.nextUint32() & 0xff) % (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, SIZE);
}

describe("uniformity of the draw (chi-square, 49 degrees of freedom)", () => {
  it("draws every id, and every id first, equally often", () => {
    const { inclusion, first } = inclusionStatistic((seed) => drawSample(seed, fifty, SIZE));
    expect(inclusion).toBeLessThan(CRITICAL_49_DF);
    expect(first).toBeLessThan(CRITICAL_49_DF);
  });

  it("would catch a biased sampler", () => {
    const { inclusion } = inclusionStatistic(biasedSample);
    expect(inclusion).toBeGreaterThan(CRITICAL_49_DF);
  });
});
