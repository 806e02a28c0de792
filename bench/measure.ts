/** Timing for the benchmark: medians and 95th percentiles of repeated runs, after a warm-up. */
export interface Timing {
  median_ms: number;
  p95_ms: number;
}

export const round2 = (value: number) => Math.round(value * 100) / 100;

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
  return { median_ms: round2(percentile(times, 50)), p95_ms: round2(percentile(times, 95)) };
}

/** Throughput scenarios add their rates, the server's memory and errors to the timings. */
export interface Figures extends Partial<Timing> {
  rows_per_s?: number;
  rss_mb?: number;
  rps?: number;
  /** Under HTTP load: autocannon gives p90 and p97.5, not p95; p95 lies between them. */
  p90_ms?: number;
  p97_5_ms?: number;
  p99_ms?: number;
  errors?: number;
  error_kinds?: Record<string, number>;
  /** Under HTTP load: the route's first request alone, before the load (what the first user after a restart or a change waits). */
  first_request_ms?: number;
}

export interface Scenario {
  name: string;
  app: Figures;
  baseline: Figures;
  /** How many times the app's cost is the baseline's: time over time, or rate over rate inverted. */
  ratio: number;
  note?: string;
}

/**
 * App and baseline measured in turn, in the same run, on the same data. A baseline that
 * takes seconds a run (an aggregate over every base row) may be given fewer runs.
 */
export async function compare(
  name: string,
  app: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  runs: number,
  baselineRuns = runs,
): Promise<Scenario> {
  const appTiming = await measure(app, runs);
  const baselineTiming = await measure(baseline, baselineRuns, Math.min(1, baselineRuns));
  return { name, app: appTiming, baseline: baselineTiming, ratio: round2(appTiming.median_ms / Math.max(baselineTiming.median_ms, 0.001)) };
}
