import { getEnv } from "@/lib/env";

/**
 * Searches, statistics, dashboards, extracts and imports can each keep the database busy
 * for a while. One person may have EXPENSIVE_PER_PERSON (default two) of them running at
 * a time; one more is not queued but told to wait, so that one heavy user cannot starve
 * everyone else. Counted per server process.
 */
const running = new Map<number, number>();

/** Takes a slot for the user, or returns null when they already hold every slot; call the returned function when done. */
export function beginExpensive(userId: number, limit = getEnv().EXPENSIVE_PER_PERSON): (() => void) | null {
  const now = running.get(userId) ?? 0;
  if (now >= limit) return null;
  running.set(userId, now + 1);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    const left = (running.get(userId) ?? 1) - 1;
    if (left <= 0) running.delete(userId);
    else running.set(userId, left);
  };
}

export const tooManyExpensive = "You already have searches, tables or files being worked on. Wait for them to finish, then try again.";
