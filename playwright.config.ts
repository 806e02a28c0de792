import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eAuthSecret, e2eMonitoringSecret } from "./e2e/constants";

/**
 * Two free ports, chosen once: the config is loaded again in every worker, and the
 * workers inherit this environment variable, so they all agree on the ports.
 */
function freePorts(count: number): string {
  const script = `const net=require("net");Promise.all(Array.from({length:${count}},()=>new Promise(r=>{const s=net.createServer();s.listen(0,"127.0.0.1",()=>r(s))}))).then(ss=>{console.log(ss.map(s=>s.address().port).join(","));ss.forEach(s=>s.close())})`;
  return execFileSync(process.execPath, ["-e", script]).toString().trim();
}
process.env.E2E_PORTS ??= freePorts(3);
const [pglitePort, postgresPort, oidcPort] = process.env.E2E_PORTS.split(",");

const sso = {
  OIDC_ISSUER: `http://localhost:${oidcPort}`,
  OIDC_CLIENT_ID: "psd-cases-e2e",
  OIDC_CLIENT_SECRET: "psd-cases-e2e-secret",
  OIDC_ROLE_MAP: "PSD.Supervisor=supervisor,PSD.Investigator=investigator",
  OIDC_NAME: "Police single sign-on",
};

// Debian's Chromium where it is installed (browsers cannot be downloaded on our machines); Playwright's own elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const server = (database: string, port: string | undefined) => ({
  command: "npx tsx scripts/e2e-server.ts",
  env: {
    PORT: port!,
    E2E_DATABASE: database,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: e2eAuthSecret,
    MONITORING_WEBHOOK_SECRET: e2eMonitoringSecret,
    ...sso,
  },
  url: `http://localhost:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 180_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
  // SIGTERM lets the server script drop its database and data folder; SIGKILL would leave them behind.
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 15_000 },
});

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "reports/playwright.json" }]] : [["list"], ["html", { open: "never" }]],
  // Room for two busy cores (a CI run timed out journeys at 30 s); how fast pages are is measured by npm run bench.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // The embedded database (the README's first command) runs the journeys where the server
    // takes another path on it: imports and evidence (inserts rather than COPY), the subject
    // extract (COPY to a blob), health, and the first journeys of an investigator and an FoI
    // officer. Every query is held to PostgreSQL's on both databases by the integration suite;
    // running all journeys on both doubled the end-to-end time (37 min of a 47 min CI run).
    { name: "pglite", testMatch: /\/(workbench|workbench-io|api-stats|page-shell|statistics)\.spec\.ts$/, use: { baseURL: `http://localhost:${pglitePort}` } },
    // PostgreSQL, the production database, runs every journey.
    { name: "postgres", use: { baseURL: `http://localhost:${postgresPort}` } },
  ],
  webServer: [
    server("pglite", pglitePort),
    server("postgres", postgresPort),
    {
      command: "npx tsx e2e/oidc-provider.ts",
      env: {
        OIDC_PORT: oidcPort!,
        OIDC_REDIRECT_URIS: [pglitePort, postgresPort].map((p) => `http://localhost:${p}/api/auth/callback/oidc`).join(","),
      },
      url: `http://localhost:${oidcPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
