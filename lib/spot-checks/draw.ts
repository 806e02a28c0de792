import { createHash } from "node:crypto";

/**
 * The random draw of a spot-check sample, written so that anyone can repeat it from the
 * recorded seed and snapshot. The generator is SHA-256 in counter mode: block n is
 * SHA-256("<seed>:<snapshot sha256>:<n>"), read as eight big-endian 32-bit words. It
 * needs nothing beyond a standard hash to re-implement, and binding the snapshot into
 * the stream means one seed cannot be reused to steer a draw over another population.
 */
export interface WordStream {
  nextUint32(): number;
}

export function createDrawStream(seed: string, snapshotSha256: string): WordStream {
  let block = 0;
  let buffer = Buffer.alloc(0);
  let offset = 0;
  return {
    nextUint32() {
      if (offset >= buffer.length) {
        buffer = createHash("sha256").update(`${seed}:${snapshotSha256}:${block++}`, "utf8").digest();
        offset = 0;
      }
      const word = buffer.readUInt32BE(offset);
      offset += 4;
      return word;
    },
  };
}

const WORD_RANGE = 2 ** 32;

/**
 * A uniform integer in [0, n). Taking a 32-bit word modulo n would favour the low
 * values whenever n does not divide 2^32, so words at or above the largest multiple of
 * n are rejected and drawn again.
 */
export function uniformBelow(stream: WordStream, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > WORD_RANGE) throw new RangeError(`Cannot draw below ${n}`);
  const limit = WORD_RANGE - (WORD_RANGE % n);
  for (;;) {
    const word = stream.nextUint32();
    if (word < limit) return word % n;
  }
}

/** The canonical snapshot: person ids ascending, one per line; its SHA-256 is what is recorded. */
export function snapshotOf(ids: readonly number[]): { ids: number[]; sha256: string } {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  return { ids: sorted, sha256: snapshotSha256(sorted) };
}

export function snapshotSha256(sortedIds: readonly number[]): string {
  return createHash("sha256")
    .update(sortedIds.map((id) => `${id}\n`).join(""), "utf8")
    .digest("hex");
}

/**
 * Draws `size` ids from the snapshot without replacement by a partial Fisher-Yates
 * shuffle: every subset, and every order of it, is equally likely. Returns the ids in
 * the order they were drawn.
 */
export function drawSample(seed: string, snapshot: { ids: readonly number[]; sha256: string }, size: number): number[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError("The sample size must be a whole number of at least 1");
  if (size > snapshot.ids.length) throw new RangeError(`Cannot draw ${size} from ${snapshot.ids.length}`);
  const stream = createDrawStream(seed, snapshot.sha256);
  const pool = [...snapshot.ids];
  for (let i = 0; i < size; i++) {
    const j = i + uniformBelow(stream, pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}

export interface RecordedDraw {
  seed: string;
  populationIds: readonly number[];
  snapshotSha256: string;
  sampleIds: readonly number[];
}

export interface DrawVerification {
  /** The stored ids still hash to the recorded SHA-256. */
  snapshotMatches: boolean;
  /** The ids, ascending as they were recorded. */
  snapshotSorted: boolean;
  recomputedSha256: string;
  recomputedSample: number[];
  /** Recomputing from seed and snapshot gives the recorded sample, in the same order. */
  sampleMatches: boolean;
}

/** Re-runs a recorded draw from its seed and snapshot and says whether everything agrees. */
export function verifyDraw(draw: RecordedDraw): DrawVerification {
  const recomputedSha256 = snapshotSha256(draw.populationIds);
  const snapshotSorted = draw.populationIds.every((id, i) => i === 0 || draw.populationIds[i - 1]! < id);
  const recomputedSample = drawSample(draw.seed, { ids: draw.populationIds, sha256: recomputedSha256 }, draw.sampleIds.length);
  return {
    snapshotMatches: recomputedSha256 === draw.snapshotSha256,
    snapshotSorted,
    recomputedSha256,
    recomputedSample,
    sampleMatches: recomputedSample.length === draw.sampleIds.length && recomputedSample.every((id, i) => id === draw.sampleIds[i]),
  };
}
