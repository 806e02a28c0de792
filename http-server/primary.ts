/**
 * On PostgreSQL the server runs WEB_CONCURRENCY worker processes (http-server/worker.ts)
 * on one port, so that rendering uses every core while the database works; they hold no
 * state between requests, so any of them may answer anyone. This primary only watches
 * them: a worker that stops unexpectedly is replaced, SIGTERM and SIGINT are passed on
 * (each worker finishes its requests in flight), and the memory probe is added up.
 */
import { getEnv } from "@/lib/env";
import cluster, { type Worker } from "node:cluster";
import { log } from "@/server/log";

export const MEMORY_PROBE_MESSAGE = "memory-probe";

/** Replacements allowed in a minute before the primary gives up: a worker that cannot start would loop for ever. */
const MAX_RESTARTS_PER_MINUTE = 5;

export function runPrimary(count: number): void {
  let stopping = false;
  const restarts: number[] = [];
  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);

  for (let i = 0; i < count; i++) cluster.fork();
  log.info({ workers: count }, "Primary started");

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (live().length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      log.fatal({ restarts: restarts.length, signal, code }, "Workers keep stopping: stopping the server");
      for (const other of live()) other.process.kill("SIGTERM");
      process.exit(1);
    }
    log.error({ worker: worker.process.pid, signal, code }, "A worker stopped; starting another");
    cluster.fork();
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log.info({ signal, workers: live().length }, "Passing the signal on to the workers");
      for (const worker of live()) worker.process.kill(signal);
      // The workers cut off requests after 10 s themselves; this is only a backstop.
      setTimeout(() => process.exit(0), 12_000).unref();
    });
  }

  if (getEnv().MEMORY_PROBE === "1") {
    process.on("SIGUSR2", () => {
      const workers = live();
      const replies: { heapUsed: number; rss: number }[] = [];
      for (const worker of workers) {
        const listener = (message: unknown) => {
          const reply = (message as Record<string, { heapUsed: number; rss: number }> | null)?.[MEMORY_PROBE_MESSAGE];
          if (!reply) return;
          worker.off("message", listener);
          replies.push(reply);
          if (replies.length === workers.length) {
            const sum = (key: "heapUsed" | "rss") => replies.reduce((total, r) => total + r[key], 0);
            console.log(`memory-probe ${JSON.stringify({ heapUsed: sum("heapUsed"), rss: sum("rss"), workers: workers.length })}`);
          }
        };
        worker.on("message", listener);
        worker.send(MEMORY_PROBE_MESSAGE);
      }
    });
  }
}
