/**
 * Searches, statistics, dashboards, extracts and imports can each keep the database busy
 * for a while. One person may have two of them running at a time; a third waits for
 * neither and is told to wait, so that one heavy user cannot starve everyone else.
 * Counted per server process.
 */
export const MAX_EXPENSIVE_PER_USER = 2;

const running = new Map<number, number>();

/** Takes a slot for the user, or returns null when they already hold every slot; call the returned function when done. */
export function beginExpensive(userId: number): (() => void) | null {
  const now = running.get(userId) ?? 0;
  if (now >= MAX_EXPENSIVE_PER_USER) return null;
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

export const tooManyExpensive = "You already have two searches, tables or files being worked on. Wait for them to finish, then try again.";
