import postgres from "postgres";

/**
 * Whether PostgreSQL can be reached, as the HTTP server sees it before handing a request
 * to Next.js. A page whose data cannot be read can only fail as an error page (Next.js
 * has no way for a page to answer 503), so the server asks first: a ping at most once a
 * second while all is well, and at once when a connection has just closed or a query has
 * just failed for want of the database. Next.js loads this module separately from the
 * server script, so the "look again" flag lives on globalThis.
 */
const holder = globalThis as typeof globalThis & { [key: symbol]: boolean | number | undefined };
const SUSPECT = Symbol.for("psd-cases.database-suspect");
const LAST_CLOSE = Symbol.for("psd-cases.database-last-close");

/** Called when a connection closes or a query finds the database gone: the next request checks first. */
export function markDatabaseSuspect(): void {
  holder[SUSPECT] = true;
  holder[LAST_CLOSE] = Date.now();
}

function takeSuspect(): boolean {
  const suspect = holder[SUSPECT] === true;
  holder[SUSPECT] = false;
  return suspect;
}

export interface AvailabilityGate {
  isUp(): Promise<boolean>;
  close(): Promise<void>;
}

export function createAvailabilityGate(url: string, options: { trustFor?: number; onRecovered?: () => void } = {}): AvailabilityGate {
  const trustFor = options.trustFor ?? 1000;
  // A connection of its own: the app's pool may be full, or holding broken connections.
  const client = postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 60, onnotice: () => {}, onclose: markDatabaseSuspect });
  let trustedUntil = 0;
  let down = false;
  let checking: Promise<boolean> | null = null;

  const check = async (): Promise<boolean> => {
    try {
      await client`select 1`;
      if (down) options.onRecovered?.();
      down = false;
      trustedUntil = Date.now() + trustFor;
      return true;
    } catch {
      down = true;
      trustedUntil = 0;
      return false;
    }
  };

  return {
    async isUp() {
      if (takeSuspect()) trustedUntil = 0;
      if (Date.now() < trustedUntil) return true;
      checking ??= check().finally(() => (checking = null));
      return checking;
    },
    close: () => client.end({ timeout: 1 }),
  };
}

/**
 * postgres.js 3.4.9 can write to a connection after it has closed (a transaction's
 * COMMIT or ROLLBACK, when the server went away under it) from a timer, where nothing
 * can catch it, and the process would die: porsager/postgres#1208 and #1154, open
 * upstream. Only that exact error may be survived: the connection it came from is
 * already closed and its query already rejected with CONNECTION_CLOSED. Next.js hides
 * library frames from stacks, so when the stack does not show postgres.js, a database
 * connection must have closed within the last few seconds.
 */
export function isPostgresWriteAfterClose(error: unknown, now = Date.now()): boolean {
  // Duck-typed: the test runner hands over a serialised copy of the error.
  const { name, message, stack } = (error ?? {}) as { name?: unknown; message?: unknown; stack?: unknown };
  if (name !== "TypeError" || message !== "Cannot read properties of null (reading 'write')") return false;
  const fromPostgres = typeof stack === "string" && /postgres[\\/]src[\\/]connection\.js/.test(stack) && stack.includes("nextWrite");
  const lastClose = holder[LAST_CLOSE];
  return fromPostgres || (typeof lastClose === "number" && now - lastClose < 5000);
}
