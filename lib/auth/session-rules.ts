export const sessionPolicy = {
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 60 * 60_000,
  /** How stale last-seen may get before a request writes it again (saves a write per request). */
  touchAfterMs: 60_000,
} as const;

export type SessionState = "active" | "ended" | "idle" | "expired";

export function sessionState(session: { createdAt: Date; lastSeenAt: Date; endedAt: Date | null }, now: number): SessionState {
  if (session.endedAt) return "ended";
  if (now - session.createdAt.getTime() >= sessionPolicy.absoluteMs) return "expired";
  if (now - session.lastSeenAt.getTime() >= sessionPolicy.idleMs) return "idle";
  return "active";
}

export function needsTouch(lastSeenAt: Date, now: number): boolean {
  return now - lastSeenAt.getTime() >= sessionPolicy.touchAfterMs;
}
