import { createHmac } from "node:crypto";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/index";
import { prepareDatabase } from "@/db/prepare";
import { auditEvents, contentReports } from "@/db/schema";
import { hostileString, wrongType } from "@/tests/hostile";
import { createTestPostgresDatabase, postgresAdminUrl } from "@/tests/postgres";

const secret = "route-test-monitoring-secret-0123456789";
const alert = { alertId: "PM-77", raisedAt: "2026-12-01T08:00:00Z", platform: "whatsapp", summary: "A flagged image shared to a shift group" };

function signed(body: string, key: string, at = Math.floor(Date.now() / 1000), withSecret = secret) {
  const timestamp = String(at);
  const signature = createHmac("sha256", withSecret).update(`${timestamp}.${key}.${body}`).digest("hex");
  return { "content-type": "application/json", "x-timestamp": timestamp, "idempotency-key": key, "x-signature": `sha256=${signature}` };
}

/** Loads the route afresh with the given environment, as a new server process would. */
async function post(env: Record<string, string>, body: string, headers: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { POST } = await import("./route");
  const response = await POST(new Request("http://localhost/api/intake/protective-monitoring", { method: "POST", body, headers }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/intake/protective-monitoring (PostgreSQL)", () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestPostgresDatabase(postgresAdminUrl(), "webhook");
    handle = await openDatabase({ kind: "postgres", url: database.url, maxConnections: 2 });
    await prepareDatabase(handle, { seedDemo: false });
  });
  afterEach(async () => {
    const { closeDatabase } = await import("@/db/index");
    await closeDatabase();
    vi.unstubAllEnvs();
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  const refusals = async () =>
    (
      await handle.db.select({ detail: auditEvents.detail }).from(auditEvents).where(eq(auditEvents.action, "monitoring.alert_refused")).orderBy(auditEvents.id)
    ).map((row) => (row.detail as { reason: string }).reason);

  it("answers 404 and records nothing while no secret is configured", async () => {
    const body = JSON.stringify(alert);
    const result = await post({ DATABASE_URL: database.url, MONITORING_WEBHOOK_SECRET: "" }, body, signed(body, "key-disabled-01"));
    expect(result.status).toBe(404);
    expect(await handle.db.select().from(contentReports)).toHaveLength(0);
  });

  it("accepts a signed alert, audits it, and audits every refusal with its reason", async () => {
    const env = { DATABASE_URL: database.url, MONITORING_WEBHOOK_SECRET: secret };
    const body = JSON.stringify(alert);
    const accepted = await post(env, body, signed(body, "key-route-0001"));
    expect(accepted.status).toBe(201);
    const [audit] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "monitoring.alert_accepted"));
    expect(audit).toMatchObject({ entityId: accepted.body.ref, actorId: null });

    expect((await post(env, body, signed(body, "key-route-0002", Math.floor(Date.now() / 1000) - 600))).status).toBe(401);
    expect((await post(env, body, signed(body, "key-route-0003", undefined, "another-secret-entirely-0123456789"))).status).toBe(401);
    const other = JSON.stringify({ ...alert, summary: "Something else under the same key" });
    expect((await post(env, other, signed(other, "key-route-0001"))).status).toBe(409);
    const invalid = JSON.stringify({ ...alert, platform: "myspace" });
    expect((await post(env, invalid, signed(invalid, "key-route-0004"))).status).toBe(400);
    expect((await post(env, "{not json", signed("{not json", "key-route-0005"))).status).toBe(400);
    const huge = "x".repeat(65 * 1024);
    expect((await post(env, huge, signed(huge, "key-route-0006"))).status).toBe(413);

    expect(await refusals()).toEqual(["stale_timestamp", "bad_signature", "key_reused", "invalid_alert", "not_json", "too_large"]);
    expect(await handle.db.select().from(contentReports)).toHaveLength(1);
  });

  it("answers signed alerts with hostile fields 201, 400 with its own messages, or 413, never 500 (property)", async () => {
    const env = { DATABASE_URL: database.url, MONITORING_WEBHOOK_SECRET: secret };
    const fields = ["alertId", "raisedAt", "platform", "summary", "groupName", "peopleInvolved", "unexpected"];
    const cases = fc.sample(fc.tuple(fc.constantFrom(...fields), fc.oneof(hostileString, wrongType)), { numRuns: 80, seed: 18 });
    for (const [i, [field, value]] of cases.entries()) {
      const body = JSON.stringify({ ...alert, [field]: value });
      const result = await post(env, body, signed(body, `key-hostile-${String(i).padStart(4, "0")}`));
      expect([201, 400, 413], `${field}=${JSON.stringify(value)?.slice(0, 80)} answered ${result.status}`).toContain(result.status);
      if (result.status === 400) expect((result.body.problems as string[]).join(" ")).not.toMatch(/^Invalid input|Expected /);
    }
  });
});
