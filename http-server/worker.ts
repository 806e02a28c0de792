/**
 * One process of the production HTTP server (http-server/index.ts starts one, or
 * several on PostgreSQL): Next.js behind Node's own http server, so that the
 * address a request came from is known. `next start` keeps an X-Forwarded-For header
 * a client sent, which would let anyone choose their own address and escape
 * per-address throttling; here the socket's address is always appended, and
 * TRUSTED_PROXY_HOPS says how many proxies' entries precede it (lib/auth/client-ip.ts).
 *
 * On PostgreSQL it answers 503 itself while the database cannot be reached (a page for
 * people, JSON under /api/), and lets requests through again as soon as it is back.
 * A state-changing request that a browser sent from another site is refused here with
 * 403, before Next.js sees it (server actions and route handlers alike); without trusted
 * proxies, forwarded host and protocol headers are dropped, so no client can make its
 * request look same-origin.
 *
 * On SIGTERM it stops taking connections and finishes the requests in flight.
 */
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { getDb, resetDatabase } from "@/db";
import { startAuditSealer } from "@/db/audit-sealer";
import { auditEvents } from "@/db/schema";
import { createAvailabilityGate, isPostgresWriteAfterClose, markDatabaseSuspect } from "@/db/availability";
import { getEnv } from "@/lib/env";
import { log } from "@/server/log";
import { MEMORY_PROBE_MESSAGE } from "./primary";
import { isAssetPath, requestLogEntry } from "./request-log";
import { bodyLimitFor, isUploadPath } from "@/lib/body-limits";
import { runInRequest, watchDelivery, type RequestContext } from "@/server/request-context";
import { crossSiteRefusal } from "@/lib/security/cross-site";
import { startNotificationMailer } from "@/db/notification-mailer";
import { startDailyJobs } from "@/db/daily-jobs";
import { createTransport } from "nodemailer";

const env = getEnv();
const port = env.PORT;
const app = next({ dev: false, dir: process.cwd() });
const handle = app.getRequestHandler();

process.on("uncaughtException", (error) => {
  if (isPostgresWriteAfterClose(error)) {
    log.error("A database connection closed under a transaction (postgres.js #1208); the transaction was rolled back by the server.");
    markDatabaseSuspect();
    return;
  }
  log.fatal({ err: error }, "Uncaught exception: stopping");
  process.exit(1);
});

const databaseUrl = env.DATABASE_URL;
// After an outage the app's pool is replaced rather than trusted: see resetDatabase.
const gate = databaseUrl ? createAvailabilityGate(databaseUrl, { onRecovered: resetDatabase }) : null;

const unavailablePage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Service unavailable - Professional Standards Cases</title></head>
<body>
<main>
<h1>The service is unavailable just now</h1>
<p>The case database cannot be reached, so no page can be shown and nothing can be saved.</p>
<p>What was saved before is kept. Anything being saved at the moment the database went was not saved, and nothing of it was half-saved: enter it again once the service is back.</p>
<p>The service comes back by itself as soon as the database does. Try again in a minute.</p>
</main>
</body>
</html>`;

function answerUnavailable(req: IncomingMessage, res: ServerResponse) {
  const common = { "Cache-Control": "no-store", "Retry-After": "10", "X-Content-Type-Options": "nosniff" };
  if ((req.url ?? "").startsWith("/api/")) {
    res.writeHead(503, { ...common, "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: "The database cannot be reached just now. Nothing was saved; try again in a minute." }));
    return;
  }
  res.writeHead(503, { ...common, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" });
  res.end(unavailablePage);
}

/** Next.js answers 500 to a path whose escapes are not valid UTF-8; it is the client's mistake. */
function hasMalformedPath(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0]!);
    return false;
  } catch {
    return true;
  }
}

/** Machine-to-machine endpoints that authenticate by a signature, not by a browser session. */
const signedEndpoints = ["/api/intake/"];

function refuseCrossSite(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "/";
  if (signedEndpoints.some((prefix) => url.startsWith(prefix))) return false;
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
  };
  const reason = crossSiteRefusal(
    {
      method: req.method ?? "GET",
      origin: header("origin"),
      secFetchSite: header("sec-fetch-site"),
      host: header("host"),
      forwardedHost: header("x-forwarded-host"),
    },
    { publicUrl: env.NEXTAUTH_URL, trustedProxyHops: env.TRUSTED_PROXY_HOPS },
  );
  if (!reason) return false;
  log.warn({ method: req.method, path: url.split("?")[0]!.slice(0, 200), reason }, "Refused a cross-site request");
  answer(res, url, 403, "This request came from another site, so it was refused. Use the form on this site.");
  return true;
}

/** Large bodies being received at once: each may be up to 50 MB held in memory by its handler. */
let largeBodiesInFlight = 0;
const MAX_LARGE_BODIES = 4;
const LARGE_BODY = 1024 * 1024;

function answer(res: ServerResponse, url: string, status: number, message: string, headers: Record<string, string> = {}) {
  const common = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", Connection: "close", ...headers };
  if (url.startsWith("/api/")) {
    res.writeHead(status, { ...common, "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: message }));
  } else {
    res.writeHead(status, { ...common, "Content-Type": "text/plain; charset=utf-8" });
    res.end(message);
  }
}

/**
 * Refuses a body too large for where it is sent, from its declared length and before a
 * byte of it is read; an upload must declare its length; and only a few large bodies are
 * received at once. Returns a function to call when the request ends, or null when it
 * was refused.
 */
function admitBody(req: IncomingMessage, res: ServerResponse): (() => void) | null {
  const url = req.url ?? "/";
  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") return () => {};
  const declared = req.headers["content-length"] === undefined ? null : Number(req.headers["content-length"]);
  const limit = bodyLimitFor(url);
  if (declared === null && req.headers["transfer-encoding"] !== undefined && isUploadPath(url)) {
    answer(res, url, 411, "Send the file with its length (Content-Length).");
    return null;
  }
  if (declared !== null && (!Number.isFinite(declared) || declared > limit)) {
    answer(res, url, 413, `That is ${((declared || 0) / 1048576).toFixed(1)} MB; the most this address takes is ${(limit / 1048576).toFixed(1)} MB.`);
    return null;
  }
  if (declared === null || declared <= LARGE_BODY) return () => {};
  if (largeBodiesInFlight >= MAX_LARGE_BODIES) {
    answer(res, url, 503, "The server is receiving other large files just now. Nothing was stored: try again in a minute.", { "Retry-After": "30" });
    return null;
  }
  largeBodiesInFlight++;
  let released = false;
  return () => {
    if (!released) largeBodiesInFlight--;
    released = true;
  };
}

/**
 * A view audited for an answer that never reached its client (it went away first) gets
 * a second entry saying so: the trail stays append-only and no longer claims that
 * somebody saw what nobody did.
 */
function auditUndelivered(context: RequestContext) {
  void getDb()
    .then(async (db) => {
      for (const view of context.views) {
        // db/queries is server-only (Next.js's bundles); this script writes the entry through the schema itself.
        await db.insert(auditEvents).values({
          actorId: null,
          actorRole: null,
          action: "case.view_undelivered",
          entityType: view.entityType,
          entityId: view.entityId,
          detail: { request: context.id },
        });
      }
    })
    .catch((error: unknown) => log.error({ err: error, request: context.id }, "Could not mark an undelivered view in the audit trail"));
}

/** Static files need no database; the health check answers for itself. */
const needsDatabase = (url: string) => !url.startsWith("/_next/static/") && !url.startsWith("/api/health") && url !== "/favicon.ico";

let stopping = false;

await app.prepare();
const stopSealer = startAuditSealer(getDb, (error) => log.error({ err: error }, "Sealing the audit trail failed"));
const mail = env.SMTP_URL ? createTransport(env.SMTP_URL) : null;
const siteUrl = env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const stopMailer = mail
  ? startNotificationMailer(getDb, mail, { from: env.MAIL_FROM, siteUrl, onError: (error) => log.error({ err: error }, "Sending notification emails failed") })
  : () => {};
const stopDailyJobs = startDailyJobs(getDb, {
  mail,
  from: env.MAIL_FROM,
  siteUrl,
  reminderWorkingDays: env.REMINDER_WORKING_DAYS,
  onError: (error) => log.error({ err: error }, "A daily job failed"),
});
const server = createServer((req, res) => {
  // While stopping, no connection is kept open for another request.
  if (stopping) res.setHeader("Connection", "close");
  const peer = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = forwarded ? `${Array.isArray(forwarded) ? forwarded.join(", ") : forwarded}, ${peer}` : peer;
  if (env.TRUSTED_PROXY_HOPS === 0) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
  }
  if (hasMalformedPath(req.url ?? "/")) {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    res.end("This address is not valid: it has an escape (%) that is not UTF-8. Check the link and try again.");
    return;
  }
  if (refuseCrossSite(req, res)) return;
  const release = admitBody(req, res);
  if (!release) return;
  res.on("close", release);
  const context = watchDelivery(randomUUID(), res, auditUndelivered);
  const startedAt = performance.now();
  res.once("close", () => {
    const entry = requestLogEntry({
      id: context.id,
      userId: context.userId,
      method: req.method,
      url: req.url,
      status: res.statusCode,
      finished: res.writableFinished,
      prefetch: req.headers["next-router-prefetch"] !== undefined,
      startedAt,
      now: performance.now(),
    });
    if (isAssetPath(req.url)) log.debug(entry, "request");
    else log.info(entry, "request");
  });
  const serve = () => runInRequest(context, () => handle(req, res));
  if (!gate || !needsDatabase(req.url ?? "/")) {
    void serve();
    return;
  }
  void gate.isUp().then((up) => (up ? serve() : answerUnavailable(req, res)));
});
server.listen(port, () => log.info({ port, worker: cluster.isWorker }, `Ready on http://localhost:${port}`));

// For the load test (node --expose-gc, MEMORY_PROBE=1): collects garbage and reports
// the live heap, so a leak can be told apart from garbage not yet collected. Alone, on
// SIGUSR2; as one of several workers, when the primary asks (it adds them up).
if (getEnv().MEMORY_PROBE === "1") {
  const measure = () => {
    (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    return { heapUsed, rss };
  };
  if (cluster.isWorker) {
    process.on("message", (message: unknown) => {
      if (message === MEMORY_PROBE_MESSAGE) process.send?.({ [MEMORY_PROBE_MESSAGE]: measure() });
    });
  } else {
    process.on("SIGUSR2", () => console.log(`memory-probe ${JSON.stringify(measure())}`));
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log.info({ signal }, "Finishing the requests in flight, then stopping");
    stopping = true;
    stopSealer();
    stopMailer();
    stopDailyJobs();
    server.close(() => {
      void Promise.allSettled([gate?.close()]).then(() => process.exit(0));
    });
    server.closeIdleConnections();
    // Requests still running after 10 s are cut off rather than holding the stop for ever.
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
