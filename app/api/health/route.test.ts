import { afterEach, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";

/** Loads the route afresh with the given DATABASE_URL, as a new server process would. */
async function healthWith(databaseUrl: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", databaseUrl);
  const { GET } = await import("./route");
  const response = await GET();
  return { status: response.status, body: await response.json() };
}

describe("GET /api/health", () => {
  afterEach(async () => {
    // The database handle is per process (on globalThis), so each case closes its own.
    const { closeDatabase } = await import("@/db/index");
    await closeDatabase();
    vi.unstubAllEnvs();
  });

  it("answers ok and names PostgreSQL when it is reachable", async () => {
    expect(await healthWith(inject("postgresUrl"))).toEqual({ status: 200, body: { status: "ok", database: "postgres" } });
  });

  it("answers 503 with a reason when the database cannot be reached", async () => {
    const result = await healthWith("postgres://postgres@127.0.0.1:1/nowhere");
    expect(result.status).toBe(503);
    expect(result.body).toEqual({ status: "unavailable", database: "postgres", reason: "The database cannot be reached." });
  });
});
