/**
 * A small seeded pseudo-random generator (mulberry32). Deterministic output matters
 * more than quality here: the demo data and recorded draws must come out the same on
 * every machine, which Math.random cannot give.
 */
export interface Random {
  next(): number;
  int(minInclusive: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  weighted<T extends string>(weights: Readonly<Partial<Record<T, number>>>): T;
  shuffle<T>(items: readonly T[]): T[];
}

// Weight tables are fixed objects drawn from millions of times by the synthetic load:
// reading their entries once per table, not per draw, keeps the same draws, faster.
const weightCache = new WeakMap<object, { entries: [string, number][]; total: number }>();
function weightsOf(weights: object) {
  let cached = weightCache.get(weights);
  if (!cached) {
    const entries = Object.entries(weights) as [string, number][];
    cached = { entries, total: entries.reduce((sum, [, w]) => sum + w, 0) };
    weightCache.set(weights, cached);
  }
  return cached;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error("Cannot pick from an empty list");
      return items[int(0, items.length - 1)]!;
    },
    weighted: (weights) => {
      const { entries, total } = weightsOf(weights);
      let roll = next() * total;
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key as never;
      }
      return entries[entries.length - 1]![0] as never;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}
