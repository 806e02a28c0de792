/**
 * `npm run load` (after `next build`; needs PostgreSQL): a mixed workload against the
 * production server on a database of its own. LOAD_USERS (default 50) people at once
 * for LOAD_SECONDS (default 60): investigators listing and opening their cases,
 * supervisors opening cases and recording findings, senior officers on the dashboard,
 * FoI officers exporting statistics. It fails (exit 1) on any error, and when the
 * server's live heap (after a full garbage collection) at the end of the run is more
 * than LOAD_HEAP_TOLERANCE (default 0.2) above what it was after the warm-up. RSS is
 * printed too, but V8 keeps freed pages for a while, so RSS alone cannot tell a leak.
 *
 * LOAD_SUBJECTS (default 0: the demo alone) tops the database up with the synthetic national
 * data set (`npm run db:load`'s loader) to that many subject records before the load, so that
 * the mix runs at a national size as `npm run bench`'s routes do one at a time.
 *
 * Then LOAD_NOISY_SECONDS (default 20) more of the same work while one more person fires
 * expensive searches six at a time (100-character case and people searches): that
 * person may have two running and is told to wait for the rest (429), and everyone
 * else's p95 must stay within 2x of the quiet run's (issue 13, item 11).
 */
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { loadSynthetic } from "@/db/load-synthetic";
import { generateDemoData } from "@/db/seed/demo-data";
import { pagePath, serverActions } from "@/e2e/server-actions";
import { startAppServer } from "@/tests/app-server";
import { createTestPostgresDatabase, postgresAdminUrl } from "@/tests/postgres";

const USERS = Number(process.env.LOAD_USERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WARM_UP_SECONDS = Number(process.env.LOAD_WARM_UP_SECONDS ?? 30);
const HEAP_TOLERANCE = Number(process.env.LOAD_HEAP_TOLERANCE ?? 0.2);
const NOISY_SECONDS = Number(process.env.LOAD_NOISY_SECONDS ?? 20);
const SUBJECTS = Number(process.env.LOAD_SUBJECTS ?? 0);
const PASSWORD = "demo-password-2026";

type Role = "investigator" | "supervisor" | "senior" | "foi";
const accounts: Record<Role, string[]> = {
  investigator: ["investigator@demo.police.uk", "investigator2@demo.police.uk"],
  supervisor: ["supervisor@demo.police.uk"],
  senior: ["senior@demo.police.uk"],
  foi: ["foi@demo.police.uk"],
};
// Two in five investigate, one in five of each other role.
const roleOf = (i: number): Role => (["investigator", "investigator", "supervisor", "senior", "foi"] as const)[i % 5]!;

interface Tally {
  requests: number;
  errors: string[];
  conflicts: number;
  latencies: Map<string, number[]>;
}

class Client {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(`${this.base}${path}`, { ...init, headers, redirect: "manual" });
    this.remember(response);
    return response;
  }

  async signIn(email: string) {
    const { csrfToken } = (await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
    });
    if (![200, 302].includes(response.status) || ![...this.cookies.keys()].some((k) => k.endsWith("session-token"))) {
      throw new Error(`Could not sign in as ${email}: ${response.status}`);
    }
  }
}

const demo = generateDemoData();
const teamCases = (team: string) => demo.cases.filter((c) => c.team === team && !c.restricted).map((c) => c.ref);
const casesByTeam = { "PSD Team 1": teamCases("PSD Team 1"), "PSD Team 2": teamCases("PSD Team 2") };
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

const findingAction = serverActions().find((a) => a.name === "recordFindingAction");
if (!findingAction) throw new Error("No recordFindingAction in the build: run `npx next build` first");

/** The subject id and version in a case page's finding form. */
function findingFormFields(html: string): { subjectId: string; version: string } | null {
  const subjectId = /name="subjectId" value="(\d+)"/.exec(html)?.[1];
  const version = /name="version" value="(\d+)"/.exec(html)?.[1];
  return subjectId && version ? { subjectId, version } : null;
}

async function step(client: Client, tally: Tally, kind: string, path: string, init?: RequestInit): Promise<string | null> {
  const started = performance.now();
  try {
    const response = await client.request(path, init);
    const body = await response.text();
    (tally.latencies.get(kind) ?? tally.latencies.set(kind, []).get(kind)!).push(performance.now() - started);
    tally.requests++;
    if (response.status !== 200) {
      // The server's own words say which refusal it was (a timeout, the database unreachable).
      tally.errors.push(`${kind} ${path}: HTTP ${response.status} ${body.slice(0, 160)}`);
      return null;
    }
    return body;
  } catch (error) {
    tally.requests++;
    tally.errors.push(`${kind} ${path}: ${(error as Error).message}`);
    return null;
  }
}

async function recordFinding(client: Client, tally: Tally, ref: string, fields: { subjectId: string; version: string }) {
  const form = new FormData();
  const values = { ...fields, finding: "no_case_to_answer", findingOn: "2026-05-01", rationale: "Recorded by the load test after reviewing the file." };
  for (const [key, value] of Object.entries(values)) form.append(`_1_${key}`, value);
  form.append("0", JSON.stringify([null, "$K1"]));
  const body = await step(client, tally, "record finding", pagePath(findingAction!.page, { ref }), {
    method: "POST",
    headers: { "Next-Action": findingAction!.id, Accept: "text/x-component" },
    body: form,
  });
  if (body === null) return;
  const line = body.split("\n").find((l) => l.startsWith("1:"));
  const result = line ? (JSON.parse(line.slice(2)) as { ok: boolean; error?: string }) : null;
  if (result?.ok) return;
  // Two supervisors deciding on the same subject at once: the second is told, as designed.
  if (result?.error?.startsWith("Someone else changed this subject")) tally.conflicts++;
  else tally.errors.push(`record finding ${ref}: ${JSON.stringify(result)}`);
}

async function session(role: Role, client: Client, tally: Tally, team: keyof typeof casesByTeam) {
  switch (role) {
    case "investigator":
      await step(client, tally, "list cases", "/cases");
      await step(client, tally, "open case", `/cases/${pick(casesByTeam[team])}`);
      return;
    case "supervisor": {
      await step(client, tally, "list cases", "/cases");
      const ref = pick([...casesByTeam["PSD Team 1"], ...casesByTeam["PSD Team 2"]]);
      const html = await step(client, tally, "open case", `/cases/${ref}`);
      const fields = html && Math.random() < 0.5 ? findingFormFields(html) : null;
      if (fields) await recordFinding(client, tally, ref, fields);
      return;
    }
    case "senior":
      await step(client, tally, "dashboard", "/dashboard");
      await step(client, tally, "dashboard API", `/api/dashboard?from=${pick([2018, 2019, 2020])}&to=2024`);
      return;
    case "foi":
      await step(
        client,
        tally,
        "stats CSV",
        `/api/stats?dimension=${pick(["year", "rank_group", "finding"])},platform&from=2018&to=2024&suppress=5&format=csv&attributes=withhold`,
      );
      await step(client, tally, "stats xlsx", "/api/stats?dimension=year,finding&from=2018&to=2021&format=xlsx&attributes=withhold");
      await step(client, tally, "statistics page", "/statistics");
      return;
  }
}

/** One heavy user: expensive searches six at a time until `until`; the server should admit two and turn the rest away. */
async function heavySearcher(client: Client, until: number) {
  const counts = { served: 0, turnedAway: 0, errors: [] as string[] };
  const words = ["constable", "group", "chat", "racist", "message", "whatsapp", "shift", "team", "photo", "comment"];
  while (Date.now() < until) {
    const search = Array.from({ length: 12 }, (_, i) => words[(i + Math.floor(Math.random() * 10)) % 10])
      .join(" ")
      .slice(0, 100);
    const paths = [0, 1, 2].flatMap(() => [`/cases?q=${encodeURIComponent(search)}`, `/api/people?q=${encodeURIComponent(search)}`]);
    await Promise.all(
      paths.map(async (path) => {
        try {
          const response = await client.request(path);
          const body = await response.text();
          // The case list is a page: it says so in words, with status 200; the API answers 429.
          if (response.status === 429 || (response.status === 200 && body.includes("Search paused"))) counts.turnedAway++;
          else if (response.status === 200) counts.served++;
          else counts.errors.push(`heavy search ${path.slice(0, 40)}: HTTP ${response.status}`);
        } catch (error) {
          counts.errors.push(`heavy search: ${(error as Error).message}`);
        }
      }),
    );
  }
  return counts;
}

const allLatencies = (tally: Tally) => [...tally.latencies.values()].flat();

const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) * 1024;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

const KINDS = 8;

/**
 * Runs every user's sessions for the given time; a warm-up also runs on until each kind
 * of request has been served a few times, so that every page's code is loaded (the
 * Excel writer, say) before memory is measured.
 */
async function drive(clients: { role: Role; client: Client; team: keyof typeof casesByTeam }[], seconds: number, warmUp = false): Promise<Tally> {
  const tally: Tally = { requests: 0, errors: [], conflicts: 0, latencies: new Map() };
  const until = Date.now() + seconds * 1000;
  const warm = () => tally.latencies.size >= KINDS && [...tally.latencies.values()].every((v) => v.length >= 5);
  await Promise.all(
    clients.map(async ({ role, client, team }) => {
      while (Date.now() < until || (warmUp && !warm())) await session(role, client, tally, team);
    }),
  );
  return tally;
}

async function main(): Promise<number> {
  const database = await createTestPostgresDatabase(process.env.LOAD_POSTGRES_URL ?? postgresAdminUrl(), "load");
  console.log("Starting the production server on a fresh PostgreSQL database (migrate and seed)…");
  const app = await startAppServer({ databaseUrl: database.url, readyTimeoutMs: 180_000, nodeArgs: ["--expose-gc"], env: { MEMORY_PROBE: "1" } });
  /** The server's live heap after a full collection, from its memory probe. */
  const liveHeap = async (): Promise<number> => {
    const seen = app.output().split("memory-probe ").length;
    app.process.kill("SIGUSR2");
    for (let i = 0; i < 100; i++) {
      const parts = app.output().split("memory-probe ");
      if (parts.length > seen) return (JSON.parse(parts.at(-1)!.split("\n")[0]!) as { heapUsed: number }).heapUsed;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("The server did not answer the memory probe");
  };
  const pid = app.process.pid!;
  try {
    if (SUBJECTS > 0) {
      console.log(`Loading the synthetic national data set up to ${SUBJECTS.toLocaleString("en-GB")} subject records…`);
      const loaded = await loadSynthetic(database.url, { subjects: SUBJECTS });
      console.log(`Loaded ${loaded.after.toLocaleString("en-GB")} subject records in ${loaded.seconds.toFixed(1)} s.`);
    }
    // One account per simulated person, as in a force: limits per person (two expensive
    // requests at a time) must see 50 people, not six accounts shared by ten each.
    const own = postgres(database.url, { max: 1, onnotice: () => {} });
    const clients = [];
    try {
      for (let i = 0; i < USERS; i++) {
        const role = roleOf(i);
        const template = accounts[role][i % accounts[role].length]!;
        const email = `load-${i}-${template}`;
        await own`insert into users (email, name, role, password_hash, team)
                  select ${email}, ${`Load user ${i}`}, role, password_hash, team from users where email = ${template}`;
        clients.push({
          role,
          email,
          client: new Client(app.baseURL),
          team: (template.startsWith("investigator2") ? "PSD Team 2" : "PSD Team 1") as keyof typeof casesByTeam,
        });
      }
    } finally {
      await own.end();
    }
    // Signing in hashes a password each time: a few at once, as a morning's logins would.
    for (let i = 0; i < clients.length; i += 5) await Promise.all(clients.slice(i, i + 5).map(({ client, email }) => client.signIn(email)));

    console.log(`Warm-up: ${USERS} users for ${WARM_UP_SECONDS} s…`);
    const warmUp = await drive(clients, WARM_UP_SECONDS, true);
    await new Promise((r) => setTimeout(r, 3000));
    const rssAfterWarmUp = rss(pid);
    const heapAfterWarmUp = await liveHeap();

    console.log(`Load: ${USERS} users for ${SECONDS} s…`);
    const started = Date.now();
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rss(pid)), 5000);
    const tally = await drive(clients, SECONDS);
    clearInterval(sampler);
    const elapsed = (Date.now() - started) / 1000;
    const rssPeak = rss(pid);
    await new Promise((r) => setTimeout(r, 5000));
    const rssAfter = rss(pid);
    const heapAfter = await liveHeap();

    console.log(
      `\n${tally.requests} requests in ${elapsed.toFixed(1)} s (${(tally.requests / elapsed).toFixed(1)}/s), ${tally.errors.length} errors, ${tally.conflicts} edit conflicts (refused as designed)`,
    );
    console.log("kind".padEnd(18), "count".padStart(6), "p50 ms".padStart(8), "p95 ms".padStart(8), "max ms".padStart(8));
    for (const [kind, values] of tally.latencies) {
      console.log(
        kind.padEnd(18),
        String(values.length).padStart(6),
        percentile(values, 50).toFixed(0).padStart(8),
        percentile(values, 95).toFixed(0).padStart(8),
        Math.max(...values)
          .toFixed(0)
          .padStart(8),
      );
    }
    const growth = heapAfter / heapAfterWarmUp - 1;
    console.log(
      `Server live heap after a full collection: ${mb(heapAfterWarmUp)} after warm-up, ${mb(heapAfter)} after the run (${(growth * 100).toFixed(1)}%; tolerance ${HEAP_TOLERANCE * 100}%)`,
    );
    console.log(
      `Server RSS: ${mb(rssAfterWarmUp)} after warm-up, ${mb(rssPeak)} at the end of the run, ${mb(rssAfter)} 5 s later (${((rssAfter / rssAfterWarmUp - 1) * 100).toFixed(1)}%)`,
    );
    console.log(`RSS every 5 s during the run: ${samples.map(mb).join(", ")}`);

    console.log(`\nWith one person firing expensive searches: ${USERS} users for ${NOISY_SECONDS} s…`);
    const heavy = new Client(app.baseURL);
    await heavy.signIn("supervisor@demo.police.uk");
    const [noisy, searches] = await Promise.all([drive(clients, NOISY_SECONDS), heavySearcher(heavy, Date.now() + NOISY_SECONDS * 1000)]);
    const quietP95 = percentile(allLatencies(tally), 95);
    const noisyP95 = percentile(allLatencies(noisy), 95);
    console.log(`Heavy user: ${searches.served} searches served, ${searches.turnedAway} told to wait (429).`);
    console.log(
      `Everyone else's p95: ${quietP95.toFixed(0)} ms quiet, ${noisyP95.toFixed(0)} ms beside the heavy user (${(noisyP95 / quietP95).toFixed(2)}x; at most 2x).`,
    );

    const errors = [...warmUp.errors, ...tally.errors, ...noisy.errors, ...searches.errors];
    if (errors.length > 0) {
      console.error(`LOAD FAILED: ${errors.length} errors, the first: ${errors.slice(0, 10).join("\n  ")}`);
      return 1;
    }
    if (searches.turnedAway === 0) {
      console.error("LOAD FAILED: six searches at once from one person were all admitted: the limit per person is not working");
      return 1;
    }
    if (noisyP95 > 2 * quietP95) {
      console.error(
        `LOAD FAILED: one person's expensive searches took everyone else's p95 from ${quietP95.toFixed(0)} to ${noisyP95.toFixed(0)} ms (more than 2x)`,
      );
      return 1;
    }
    if (growth > HEAP_TOLERANCE) {
      console.error(`LOAD FAILED: the server's live heap grew ${(growth * 100).toFixed(1)}% over the run (more than ${HEAP_TOLERANCE * 100}%)`);
      return 1;
    }
    console.log("Load test passed: no errors, memory flat.");
    return 0;
  } finally {
    await app.stop();
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`LOAD FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
