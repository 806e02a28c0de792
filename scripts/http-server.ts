/**
 * The production HTTP server: Next.js behind Node's own http server, so that the
 * address a request came from is known. `next start` keeps an X-Forwarded-For header
 * a client sent, which would let anyone choose their own address and escape
 * per-address throttling; here the socket's address is always appended, and
 * TRUSTED_PROXY_HOPS says how many proxies' entries precede it (lib/auth/client-ip.ts).
 * On SIGTERM it stops taking connections and finishes the requests in flight.
 */
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: process.cwd() });
const handle = app.getRequestHandler();

await app.prepare();
const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = forwarded ? `${Array.isArray(forwarded) ? forwarded.join(", ") : forwarded}, ${peer}` : peer;
  void handle(req, res);
});
server.listen(port, () => console.log(`Ready on http://localhost:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Requests still running after 10 s are cut off rather than holding the stop for ever.
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
