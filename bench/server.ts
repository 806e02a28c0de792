import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { subjectExtractQuery } from "@/db/queries/extract";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { measure, round2, type Scenario } from "./measure";
import { freePort } from "@/tests/free-port";

/*
 * The scenarios that go through the production server: the app built and served as
 * `npm start` serves it (http-server/index.ts), signed in through next-auth's own
 * credentials callback, as e2e/fixtures.ts does.
 */

export interface BenchServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Builds the app when there is no build yet, as `npm start` does. */
export function ensureBuild(log: (line: string) => void): void {
  if (existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    log("Using the existing build in .next (run `npm run build` first after changing the code).");
    return;
  }
  log("No build found: building the app (about a minute)…");
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("The build failed; see above.");
}

/** Serves the built app on a free port against the given database, and waits until it answers. */
export async function startServer(databaseUrl: string): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "http-server", "index.ts")], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_READ_URL: "",
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // The HTTP scenarios are many connections on one account: they measure a page's
      // throughput, not the limit per person, which would turn most of them away.
      EXPENSIVE_PER_PERSON: "100",
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) throw new Error("The app server stopped while starting; see above.");
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { url, pid: child.pid!, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error("The app server did not answer /api/health within a minute.");
}

/** A Cookie header for a demo account, signed in through next-auth's credentials callback. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  keep(csrf);
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) throw new Error(`Signing in as ${email} failed (${response.status}).`);
  return header();
}

/** The resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Reads a byte stream to its end, counting its lines. */
async function countLines(chunks: AsyncIterable<Uint8Array>): Promise<number> {
  let lines = 0;
  for await (const chunk of chunks) for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
  return lines;
}

/**
 * (4) The full subject-record CSV through GET /api/extract against COPY of the same
 * query to STDOUT on a bare connection: rows per second, and the server's peak resident
 * memory while it streams.
 */
export async function extractScenario(server: BenchServer, databaseUrl: string, cookie: string, runs: number): Promise<Scenario> {
  let rows = 0;
  let peak = rssMb(server.pid);
  const idle = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 50);
  let app: Awaited<ReturnType<typeof measure>>;
  try {
    app = await measure(
      async () => {
        const response = await fetch(`${server.url}/api/extract`, { headers: { cookie } });
        if (!response.ok || !response.body) throw new Error(`GET /api/extract answered ${response.status}`);
        rows = (await countLines(response.body as unknown as AsyncIterable<Uint8Array>)) - 1;
      },
      runs,
      1,
    );
  } finally {
    clearInterval(sampler);
  }
  let copied = 0;
  const baseline = await measure(
    async () => {
      // A connection per COPY, ended after it: postgres.js must not reuse one after a COPY stream.
      const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      try {
        copied = (await countLines(await client.unsafe(`copy (${subjectExtractQuery}) to stdout with (format csv, header)`).readable())) - 1;
      } finally {
        await client.end();
      }
    },
    runs,
    1,
  );
  if (copied !== rows) throw new Error(`The extract gave ${rows} rows and COPY ${copied}`);
  const appRate = Math.round(rows / (app.median_ms / 1000));
  const copyRate = Math.round(copied / (baseline.median_ms / 1000));
  return {
    name: `CSV extract (${rows.toLocaleString("en-GB")} rows)`,
    app: { ...app, rows_per_s: appRate, rss_mb: Math.round(peak) },
    baseline: { ...baseline, rows_per_s: copyRate },
    ratio: round2(copyRate / Math.max(appRate, 1)),
    note: `server memory ${Math.round(idle)} MB before the extracts, ${Math.round(peak)} MB at most while they ran`,
  };
}

interface Load {
  rps: number;
  median_ms: number;
  p90_ms: number;
  p97_5_ms: number;
  p99_ms: number;
  errors: number;
  /** What the errors were: refused or broken connections, answers later than 10 s, answers other than 2xx. */
  error_kinds: { connection: number; timeouts: number; non_2xx: number };
}

async function load(url: string, cookie: string | undefined, connections: number, seconds: number): Promise<Load> {
  const result = await autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} });
  return {
    rps: round2(result.requests.average),
    median_ms: result.latency.p50,
    p90_ms: result.latency.p90,
    p97_5_ms: result.latency.p97_5,
    p99_ms: result.latency.p99,
    // autocannon's errors include its timeouts.
    errors: result.errors + result.non2xx,
    error_kinds: { connection: result.errors - result.timeouts, timeouts: result.timeouts, non_2xx: result.non2xx },
  };
}

/** (6) Signed-in pages and the statistics API under load, each against /api/health on the same server. */
export async function httpScenarios(
  server: BenchServer,
  targets: { path: string; cookie: string; as: string }[],
  options: { connections: number; seconds: number; log: (line: string) => void },
): Promise<Scenario[]> {
  options.log(`HTTP load: ${options.connections} connections for ${options.seconds} s on /api/health…`);
  const trivial = await load(`${server.url}/api/health`, undefined, options.connections, options.seconds);
  const scenarios: Scenario[] = [];
  for (const target of targets) {
    const started = performance.now();
    const first = await fetch(`${server.url}${target.path}`, { headers: { cookie: target.cookie }, redirect: "manual" });
    await first.arrayBuffer();
    const firstRequestMs = Math.round(performance.now() - started);
    options.log(
      `HTTP load: first request ${firstRequestMs} ms (${first.status}); ${options.connections} connections for ${options.seconds} s on ${target.path}…`,
    );
    const app = { ...(await load(`${server.url}${target.path}`, target.cookie, options.connections, options.seconds)), first_request_ms: firstRequestMs };
    scenarios.push({
      name: `HTTP ${target.path} as ${target.as}`,
      app,
      baseline: trivial,
      ratio: round2(trivial.rps / Math.max(app.rps, 0.01)),
      note: "baseline: /api/health on the same server",
    });
  }
  return scenarios;
}
