import { createHmac, randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eMonitoringSecret } from "./constants";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";

const path = "/api/intake/protective-monitoring";

/** Signs as the monitoring system does: HMAC-SHA256 over "<timestamp>.<key>.<raw body>". */
function signedHeaders(body: string, key: string, { secret = e2eMonitoringSecret, at = Math.floor(Date.now() / 1000) } = {}) {
  const timestamp = String(at);
  const signature = createHmac("sha256", secret).update(`${timestamp}.${key}.${body}`).digest("hex");
  return { "Content-Type": "application/json", "X-Timestamp": timestamp, "Idempotency-Key": key, "X-Signature": `sha256=${signature}` };
}

function alertBody(summary: string) {
  return JSON.stringify({
    alertId: `PM-${randomUUID().slice(0, 8)}`,
    raisedAt: "2026-11-30T22:14:05Z",
    platform: "whatsapp",
    summary,
    groupName: "Relief D",
    peopleInvolved: "device user 40312",
  });
}

const send = (api: APIRequestContext, body: string, headers: Record<string, string>) => api.post(path, { data: body, headers, maxRedirects: 0 });

test("a signed alert lands in the report queue as protective monitoring, and a repeated key creates nothing new", async ({ request, page }, testInfo) => {
  const summary = `Crime-scene photograph flagged on a force phone (${testInfo.project.name} ${Date.now()})`;
  const body = alertBody(summary);
  const key = randomUUID();

  const accepted = await send(request, body, signedHeaders(body, key));
  expect(accepted.status()).toBe(201);
  const { ref } = (await accepted.json()) as { ref: string };
  expect(ref).toMatch(/^RPT-\d{4}-\d{5}$/);

  const again = await send(request, body, signedHeaders(body, key));
  expect(again.status()).toBe(201);
  expect(again.headers()["idempotent-replayed"]).toBe("true");
  expect(((await again.json()) as { ref: string }).ref).toBe(ref);

  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/reports/queue");
  const row = page.getByRole("row", { name: new RegExp(ref) });
  await expect(row).toContainText("Came to notice: protective monitoring");
  await expect(row).toContainText(summary);
  await expect(page.getByRole("row").filter({ hasText: summary })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath("report-queue.png"), fullPage: true });
});

test("refuses a bad signature, a stale timestamp, a reused key with another body, a huge body and an invalid alert", async ({ request }, testInfo) => {
  const body = alertBody(`Refusals (${testInfo.project.name} ${Date.now()})`);
  const key = randomUUID();

  const wrongSecret = await send(request, body, signedHeaders(body, key, { secret: "not-the-shared-secret-0123456789abcdef" }));
  expect(wrongSecret.status()).toBe(401);
  expect(await wrongSecret.json()).toEqual({ error: "X-Signature does not match the request." });

  const stale = await send(request, body, signedHeaders(body, key, { at: Math.floor(Date.now() / 1000) - 301 }));
  expect(stale.status()).toBe(401);
  expect(((await stale.json()) as { error: string }).error).toMatch(/more than 300 seconds/);

  const unsigned = await send(request, body, { "Content-Type": "application/json" });
  expect(unsigned.status()).toBe(401);

  expect((await send(request, body, signedHeaders(body, key))).status()).toBe(201);
  const otherBody = alertBody("A different alert under the same idempotency key");
  const reused = await send(request, otherBody, signedHeaders(otherBody, key));
  expect(reused.status()).toBe(409);

  const huge = JSON.stringify({ summary: "x".repeat(70 * 1024) });
  expect((await send(request, huge, signedHeaders(huge, randomUUID()))).status()).toBe(413);

  const invalid = JSON.stringify({ alertId: "PM-1", raisedAt: "yesterday", platform: "myspace", summary: "short", extra: 1 });
  const refused = await send(request, invalid, signedHeaders(invalid, randomUUID()));
  expect(refused.status()).toBe(400);
  const { problems } = (await refused.json()) as { problems: string[] };
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^raisedAt must be an ISO 8601 date and time/),
      expect.stringMatching(/^platform must be one of whatsapp/),
      "summary: at least 10 characters",
      "unknown field(s): extra",
    ]),
  );
});

test("a session is not a signature: a signed-in supervisor without one is refused", async ({ baseURL }) => {
  const supervisor = await signedInApi(baseURL!, demoAccounts.supervisor);
  const body = alertBody("A supervisor posting an alert by hand");
  const response = await send(supervisor, body, { "Content-Type": "application/json" });
  expect(response.status()).toBe(401);
  await supervisor.dispose();
});
