/**
 * The production HTTP server. On PostgreSQL, WEB_CONCURRENCY worker processes (default:
 * one per CPU) share the port under a primary that replaces any that stops; on the
 * embedded database there is one process, since a PGlite data folder belongs to one.
 */
import cluster from "node:cluster";
import { getEnv } from "@/lib/env";

const env = getEnv();
const workers = env.DATABASE_URL ? env.WEB_CONCURRENCY : 1;

if (cluster.isPrimary && workers > 1) {
  const { runPrimary } = await import("./http-primary");
  runPrimary(workers);
} else {
  await import("./http-worker");
}
