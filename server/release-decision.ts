import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { decideFromSet, type Decision, type DecisionRequest } from "@/lib/stats/release-decision";

/**
 * From this many atoms a decision is made on a worker thread: starting one costs about
 * half a second, a decision over a few thousand atoms far less, and one over the
 * 100,000 of a million subject records 3 to 20 s (2 December 2026), during which a
 * server thread making it would answer nobody else.
 */
export const DECIDE_IN_WORKER_FROM_ATOMS = 20_000;

/** The release check's decision: on a worker thread for many atoms, in this thread for few. */
export function decideRelease(request: DecisionRequest): Promise<Decision> {
  return request.atomSet.counts.length >= DECIDE_IN_WORKER_FROM_ATOMS ? decideInWorker(request) : Promise.resolve(decideFromSet(request));
}

/**
 * The same decision on a worker thread. The worker is TypeScript, as the server is, run by
 * tsx (registered inside the worker, as server/import-check.ts does).
 */
export function decideInWorker(request: DecisionRequest): Promise<Decision> {
  const entry = pathToFileURL(path.join(process.cwd(), "server", "release-decision-worker.ts")).href;
  return new Promise((resolve, reject) => {
    const worker = new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`, {
      eval: true,
      workerData: request,
    });
    let decision: Decision | undefined;
    worker.on("message", (message: Decision) => {
      decision = message;
    });
    worker.on("error", reject);
    worker.on("exit", (code) => (decision ? resolve(decision) : reject(new Error(`The release check stopped (exit code ${code}) without a decision`))));
  });
}
