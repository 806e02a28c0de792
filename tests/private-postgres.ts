import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { freePort } from "@/tests/free-port";

const run = promisify(execFile);

/**
 * A PostgreSQL server of the test's own, to stop and start at will: the shared test
 * server on 5432 serves everyone else's tests and must never be stopped. It needs the
 * server binaries (PG_BIN, default Debian's PostgreSQL 15); without them the test fails,
 * it is never skipped. initdb refuses to run as root, so as root the cluster belongs to
 * the `postgres` OS user.
 */
export interface PrivatePostgres {
  url: string;
  port: number;
  /** "fast" ends every session and rolls back open transactions, as a service restart does. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
  log(): string;
}

const binDir = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  for (const tool of ["initdb", "pg_ctl"]) {
    if (!existsSync(path.join(binDir, tool))) {
      throw new Error(
        `The database fault tests need the PostgreSQL server binaries: ${path.join(binDir, tool)} is missing (apt-get install postgresql-15, or set PG_BIN).`,
      );
    }
  }
  const root = mkdtempSync(path.join(tmpdir(), "psd-private-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = (await run("id", ["-u", "postgres"])).stdout.trim();
    const gid = (await run("id", ["-g", "postgres"])).stdout.trim();
    chownSync(root, Number(ids), Number(gid));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(binDir, tool), ...args]) : run(path.join(binDir, tool), args);

  const data = path.join(root, "data");
  const logFile = path.join(root, "server.log");
  const port = await freePort();
  await pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=60`;
  const start = async () => {
    await pg("pg_ctl", ["-D", data, "-l", logFile, "-w", "-t", "30", "-o", options, "start"]);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop: async (mode = "fast") => {
      await pg("pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "30", "stop"]);
    },
    destroy: async () => {
      await pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
      rmSync(root, { recursive: true, force: true });
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : ""),
  };
}

/**
 * Locks the audit trail against appends (a SHARE lock on the table, which every INSERT
 * waits for) from a connection of its own, so that any transaction reaching its audit
 * entry waits there, in the middle, with its other changes already made: the moment to
 * pull the database away from it.
 */
export async function pauseAuditAppends(url: string) {
  const holder = postgres(url, { max: 1, onnotice: () => {} });
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  const transaction = holder
    .begin(async (sql) => {
      await sql`lock table audit_events in share mode`;
      holding();
      await released;
    })
    .catch(() => {});
  await held;
  const watcher = postgres(url, { max: 1, onnotice: () => {} });
  return {
    /** Resolves once `count` transactions wait to append. */
    async waiting(count = 1, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // Appends only: the audit sealer's UPDATE waits on the same lock and must not be mistaken for one.
        const [row] = await watcher`select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation join pg_stat_activity a on a.pid = l.pid
                                    where c.relname = 'audit_events' and not l.granted and a.query ilike 'insert%'`;
        if ((row?.n as number) >= count) return;
        if (Date.now() > deadline) throw new Error(`No transaction reached its audit entry within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async release() {
      release();
      await transaction;
      await Promise.all([holder.end({ timeout: 1 }), watcher.end({ timeout: 1 })]).catch(() => {});
    },
  };
}
