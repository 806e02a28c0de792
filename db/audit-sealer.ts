import { isDatabaseUnavailable } from "./errors";
import type { Database } from "./index";
import { sealAuditTrail } from "./queries/audit-chain";

/**
 * Seals the audit trail every `everyMs` (migration 0011): appends take no lock, and this
 * chains what they wrote, within a second or two. Every server process runs one; the
 * database lets one seal at a time and the others find nothing to do. Returns a stop.
 */
export function startAuditSealer(getDb: () => Promise<Database>, onError: (error: unknown) => void, everyMs = 1000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    getDb()
      .then((db) => sealAuditTrail(db))
      .catch((error: unknown) => {
        // While the database is away there is nothing to seal; the gate reports the outage.
        if (!isDatabaseUnavailable(error)) onError(error);
      })
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
