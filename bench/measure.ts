/** Timing for the benchmark: medians and 95th percentiles of repeated runs, after a warm-up. */
export interface Timing {
  median_ms: number;
  p95_ms: number;
}

/** The nearest-rank percentile of values sorted ascending. */
export function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function measure(work: () => Promise<unknown>, runs: number, warmUp = Math.min(3, runs)): Promise<Timing> {
  for (let i = 0; i < warmUp; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { median_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)) };
}

export interface Scenario {
  name: string;
  app: Timing;
  baseline: Timing;
  ratio: number;
}

/** App and baseline measured in turn, in the same run, on the same data. */
export async function compare(name: string, app: () => Promise<unknown>, baseline: () => Promise<unknown>, runs: number): Promise<Scenario> {
  const appTiming = await measure(app, runs);
  const baselineTiming = await measure(baseline, runs);
  return { name, app: appTiming, baseline: baselineTiming, ratio: Math.round((appTiming.median_ms / Math.max(baselineTiming.median_ms, 0.001)) * 100) / 100 };
}
