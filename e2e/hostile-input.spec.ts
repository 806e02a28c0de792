/**
 * Hostile input over HTTP, against the production build: every route handler and the
 * pages that read their URL, and every server action POSTed directly, with a few
 * hundred generated hostile values each. Nothing may answer 500 or show a stack trace.
 * (Schemas are tried by the thousand in lib/validation/hostile-input.test.ts, and the
 * actions' "nothing stored" in lib/actions/hostile-actions.test.ts.)
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { hostileString } from "@/tests/hostile";
import { teamOneCase } from "./demo-data";
import { demoAccounts, signedInApi } from "./fixtures";
import { callAction, serverActions } from "./server-actions";

const CASES = 150;
const stackTrace = /\n\s+at |node_modules[\\/]|\.tsx?:\d+:\d+/;

/** A value as a URL carries it, encoded (a URL cannot carry an unpaired surrogate). */
function urlValues(seed: number): string[] {
  return fc
    .sample(
      hostileString.map((s) => s.slice(0, 3000)),
      { numRuns: CASES, seed },
    )
    .map((s) => encodeURIComponent(s.toWellFormed()));
}

async function expectNo500(api: APIRequestContext, path: string) {
  const response = await api.get(path, { maxRedirects: 0 });
  const body = await response.text();
  expect(response.status(), `${path.slice(0, 200)} answered ${response.status()}`).toBeLessThan(500);
  expect(body, path.slice(0, 200)).not.toMatch(stackTrace);
  return response;
}

test.describe("route handlers and URL-reading pages under hostile input", () => {
  let supervisor: APIRequestContext;
  let staff: APIRequestContext;
  test.beforeAll(async ({ baseURL }) => {
    supervisor = await signedInApi(baseURL!, demoAccounts.supervisor);
    staff = await signedInApi(baseURL!, demoAccounts.staff);
  });
  test.afterAll(async () => {
    await supervisor.dispose();
    await staff.dispose();
  });

  const statsParameters = ["dimension", "from", "to", "format", "asAt", "suppress", "totals", "reason", "platform", "rank_group", "device"];

  test("GET /api/stats answers 400 naming the parameter, never 500", async () => {
    test.setTimeout(120_000);
    const values = urlValues(1);
    for (const [i, value] of values.entries()) {
      const parameter = statsParameters[i % statsParameters.length]!;
      const path = parameter === "dimension" ? `/api/stats?dimension=${value}` : `/api/stats?dimension=year&${parameter}=${value}`;
      const response = await expectNo500(supervisor, path);
      if (response.status() === 400) expect(((await response.json()) as { error: string }).error.length).toBeGreaterThan(5);
    }
  });

  test("GET /api/dashboard answers 400 or 200, never 500", async () => {
    test.setTimeout(120_000);
    const parameters = ["from", "to", "platform", "rank_group", "device", "ei", "chart", "format"];
    for (const [i, value] of urlValues(2).entries()) await expectNo500(supervisor, `/api/dashboard?${parameters[i % parameters.length]}=${value}`);
  });

  test("GET /api/reports/[ref]/receipt answers 404 for any reference not one's own, never 500", async () => {
    test.setTimeout(120_000);
    for (const value of urlValues(3)) {
      const response = await expectNo500(staff, `/api/reports/${value || "x"}/receipt`);
      expect([400, 404]).toContain(response.status());
    }
  });

  test("pages that read their URL answer 4xx or a page, never 500", async () => {
    test.setTimeout(180_000);
    const pages = [
      (v: string) => `/cases/${v || "x"}`,
      (v: string) => `/admin/users/${v || "x"}`,
      (v: string) => `/statistics/published/${v || "x"}`,
      (v: string) => `/statistics?rows=${v}&asAt=${v}`,
      (v: string) => `/dashboard?from=${v}&platform=${v}`,
    ];
    for (const [i, value] of urlValues(4).entries()) await expectNo500(supervisor, pages[i % pages.length]!(value));
  });

  test("forged keyset cursors on the case list answer a page, never 500 (issue 13, item 9)", async () => {
    test.setTimeout(180_000);
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
    const keys = [
      "abc",
      "2026-02-30",
      "PSD-2026-0001",
      "2026-01-01",
      "' or 1=1 --",
      ...fc.sample(
        hostileString.map((s) => s.slice(0, 100)),
        { numRuns: 20, seed: 9 },
      ),
    ];
    const ids = [5, -1, 1.5, 2 ** 31, 2 ** 53, "5", null];
    const forged = keys.flatMap((key, i) => [encode([key, ids[i % ids.length]]), encode({ key }), encode(key)]);
    forged.push(Buffer.from(JSON.stringify(["abc", 5])).toString("base64"));
    for (const [i, cursor] of forged.entries()) {
      const sort = ["recorded", "due", "ref"][i % 3];
      const response = await expectNo500(supervisor, `/cases?sort=${sort}&${i % 2 ? "before" : "after"}=${encodeURIComponent(cursor)}`);
      expect(response.status()).toBe(200);
    }
  });

  test("escapes that are not valid UTF-8 answer 4xx or a page, never 500", async ({ baseURL }) => {
    // Playwright's client refuses to send these, so they go by fetch with the session cookie.
    const cookie = (await supervisor.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    for (const path of [
      "/cases/%E0%A4%A",
      "/cases/PSD-2026-0001%00",
      "/cases/%C0%AF",
      "/admin/users/%FF",
      "/api/stats?dimension=%E0%A4%A",
      "/api/dashboard?from=%FF%FE",
      "/api/reports/%E0/receipt",
      "/statistics?asAt=%00",
    ]) {
      const response = await fetch(`${baseURL}${path}`, { headers: { cookie }, redirect: "manual" });
      expect(response.status, path).toBeLessThan(500);
      expect(await response.text(), path).not.toMatch(stackTrace);
    }
  });
});

test.describe("server actions POSTed directly with hostile fields", () => {
  const fieldsOf: Record<string, string[]> = {
    recordFindingAction: ["subjectId", "version", "finding", "findingOn", "rationale"],
    grantCaseAccessAction: ["ref", "email", "reason", "days"],
    revokeCaseAccessAction: ["ref", "grantId"],
    createFoiRequestAction: ["receivedOn", "subject", "s12", "costEstimateHours"],
    updateFoiRequestAction: ["ref", "status", "respondedOn"],
    publishTableAction: ["query", "title", "foiRef"],
    submitReportAction: ["description", "platform", "groupName", "seenOn", "confidential"],
    convertReportAction: ["ref"],
    createUserAction: ["email", "name", "role", "team", "password"],
    changeRoleAction: ["userId", "role"],
    setDisabledAction: ["userId", "disabled"],
    resetPasswordAction: ["userId", "password"],
    endSessionsAction: ["userId"],
  };
  const roleFor = (name: string) =>
    /User|Role|Disabled|Password|Sessions/.test(name)
      ? demoAccounts.admin
      : /Foi|publish/.test(name)
        ? demoAccounts.foi_officer
        : /submitReport/.test(name)
          ? demoAccounts.staff
          : demoAccounts.supervisor;

  for (const [name, fields] of Object.entries(fieldsOf)) {
    test(`${name} answers { ok: false } with a message, never an unexpected error`, async ({ baseURL }) => {
      test.setTimeout(120_000);
      const action = serverActions().find((a) => a.name === name);
      expect(action, `${name} is in the build`).toBeTruthy();
      const api = await signedInApi(baseURL!, roleFor(name));
      // The password hashing actions get fewer cases: each valid one costs a hash.
      const samples = fc.sample(
        fc.array(
          hostileString.map((s) => s.slice(0, 6000)),
          { minLength: fields.length, maxLength: fields.length },
        ),
        { numRuns: /Password|createUser/.test(name) ? 30 : 60, seed: name.length },
      );
      for (const values of samples) {
        const form = Object.fromEntries(fields.map((f, i) => [f, values[i]!]));
        const { status, result } = await callAction(api, action!, form, { id: "1", ref: teamOneCase.ref });
        expect(status, JSON.stringify(form).slice(0, 200)).toBeLessThan(500);
        expect(result?.error ?? "").not.toMatch(/Something went wrong/);
        if (result && !result.ok) expect(result.error!.length).toBeGreaterThan(5);
      }
      await api.dispose();
    });
  }
});
