/** Brute-force limits: per account (by the email typed, known or not) and per source address. */
export const lockoutPolicy = {
  accountFailures: 10,
  addressFailures: 30,
  windowMs: 5 * 60_000,
  lockMs: 15 * 60_000,
} as const;

/**
 * When a lock that `failures` (epoch ms) earned ends, or null when there is none in
 * force at `now`: any `threshold` failures within the window lock for lockMs from the
 * last of them. Failures before the last successful sign-in should not be passed in.
 */
export function lockedUntil(failures: number[], threshold: number, now: number): number | null {
  const times = [...failures].sort((a, b) => a - b);
  let until: number | null = null;
  for (let last = threshold - 1; last < times.length; last++) {
    const first = times[last - threshold + 1]!;
    if (times[last]! - first <= lockoutPolicy.windowMs) until = Math.max(until ?? 0, times[last]! + lockoutPolicy.lockMs);
  }
  return until !== null && until > now ? until : null;
}

/** How far back attempts matter: a lock can only come from failures within window + lock time. */
export function lockoutHorizon(now: number): Date {
  return new Date(now - lockoutPolicy.windowMs - lockoutPolicy.lockMs);
}
