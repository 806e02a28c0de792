/**
 * The production HTTP server. It migrates the database (and seeds the demo where that is
 * due) before serving, so that the app's own bundle carries neither. On PostgreSQL,
 * WEB_CONCURRENCY worker processes (default: one per CPU) share the port under a primary
 * that replaces any that stops; on the embedded database there is one process, since a
 * PGlite data folder belongs to one.
 */
import cluster from "node:cluster";
import { closeDatabase } from "@/db";
import { prepareConfiguredDatabase } from "@/db/prepare";
import { getEnv } from "@/lib/env";

const env = getEnv();
const workers = env.DATABASE_URL ? env.WEB_CONCURRENCY : 1;

if (cluster.isPrimary) {
  console.log(`Preparing the ${env.DATABASE_URL ? "PostgreSQL database" : `embedded database in ${env.DATA_DIR}`}…`);
  await prepareConfiguredDatabase();
  // The workers (or this process's app) open their own handle: the embedded folder belongs to one at a time.
  await closeDatabase();
}

if (cluster.isPrimary && workers > 1) {
  const { runPrimary } = await import("./primary");
  runPrimary(workers);
} else {
  await import("./worker");
}
