/**
 * Access control from the outside, generated from the permission table: every page,
 * route handler and server action, for every role and for anonymous, forged, expired
 * and revoked sessions. Server actions are POSTed directly, without the UI.
 */
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { navItems } from "@/lib/navigation";
import { can, type Permission } from "@/lib/permissions";
import { roles, type Role } from "@/lib/vocabulary";
import { e2eAuthSecret } from "./constants";
import { restrictedCase, teamOneCase, teamTwoCase } from "./demo-data";
import { DEMO_PASSWORD, demoAccounts, signedInApi } from "./fixtures";
import { callAction, serverActions } from "./server-actions";
import { actionPermissions } from "@/tests/action-permissions";

type Route = { path: string; permission: Permission | null; kind: "page" | "api" };

const routes: Route[] = [
  { path: "/", permission: null, kind: "page" },
  ...navItems.map((item) => ({ path: item.href, permission: item.permission, kind: "page" as const })),
  { path: `/cases/${teamOneCase.ref}`, permission: "cases:read", kind: "page" },
  { path: "/admin/users/1", permission: "users:manage", kind: "page" },
  { path: "/statistics/requests", permission: "foi:manage", kind: "page" },
  { path: "/statistics/published", permission: "statistics:build", kind: "page" },
  { path: "/reports/new", permission: "reports:create", kind: "page" },
  { path: "/cases/new", permission: "cases:create", kind: "page" },
  { path: `/chat-groups/new?case=${teamOneCase.ref}`, permission: "cases:work", kind: "page" },
  { path: "/cases?platform=whatsapp&sort=due&overdue=1", permission: "cases:read", kind: "page" },
  { path: "/api/people?q=smith", permission: "cases:create", kind: "api" },
  { path: "/spot-checks/draw", permission: "spot-checks:manage", kind: "page" },
  { path: "/spot-checks/with-cause", permission: "spot-checks:manage", kind: "page" },
  { path: "/api/stats?dimension=year", permission: "stats:read", kind: "api" },
  { path: "/api/dashboard", permission: "dashboard:read", kind: "api" },
  { path: "/api/dashboard?chart=rank_group&format=csv", permission: "dashboard:read", kind: "api" },
  { path: "/cases/import", permission: "cases:import", kind: "page" },
  { path: "/api/cases/import/template", permission: "cases:import", kind: "api" },
  { path: "/api/extract", permission: "cases:extract", kind: "api" },
  { path: `/cases/${teamOneCase.ref}/audit`, permission: "case-audit:read", kind: "page" },
  { path: `/api/cases/${teamOneCase.ref}/audit`, permission: "case-audit:read", kind: "api" },
  { path: `/api/cases/${teamOneCase.ref}/file`, permission: "cases:read", kind: "api" },
];

/**
 * Route handlers that take uploads, POSTed with no file: a role that may use one gets as
 * far as "choose a file" (400); every other role is refused before the body is read.
 */
const uploadRoutes: { path: string; permission: Permission }[] = [
  { path: "/api/cases/import", permission: "cases:import" },
  { path: `/api/cases/${teamOneCase.ref}/evidence`, permission: "cases:read" },
  // Everyone may report; whose report it is, is checked once there is a file to attach.
  { path: "/api/reports/RPT-2026-00001/attachments", permission: "reports:create" },
];

const actionParams = { id: "1", ref: teamOneCase.ref };

const ROLE_REFUSED = "Your role does not allow this.";
const NO_SESSION = "Your session has ended. Sign in again to continue.";
const INVALID = "Check the highlighted fields.";

function expectedStatus(route: Route, role: Role | null): number {
  if (role === null) return route.kind === "api" ? 401 : 307;
  if (route.permission === null || can(role, route.permission)) return 200;
  return 403;
}

test("every server action in the build is in the permission table", () => {
  for (const action of serverActions()) expect(actionPermissions, `${action.name} in ${action.filename}`).toHaveProperty(action.name);
});

for (const role of roles.keys) {
  test.describe(`as ${role}`, () => {
    let api: APIRequestContext;
    test.beforeAll(async ({ baseURL }) => {
      api = await signedInApi(baseURL!, demoAccounts[role as keyof typeof demoAccounts]);
    });
    test.afterAll(() => api.dispose());

    test("every page and route handler answers as the permission table says", async () => {
      for (const route of routes) {
        const response = await api.get(route.path, { maxRedirects: 0 });
        expect(response.status(), `${role} ${route.path}`).toBe(expectedStatus(route, role));
      }
    });

    test("every upload route handler answers as the permission table says", async () => {
      for (const route of uploadRoutes) {
        const response = await api.post(route.path, { multipart: { description: "no file" } });
        expect(response.status(), `${role} POST ${route.path}`).toBe(can(role, route.permission) ? 400 : 403);
      }
    });

    test("every server action, POSTed directly, is refused or reached as the permission table says", async () => {
      for (const action of serverActions()) {
        const { result } = await callAction(api, action, {}, actionParams);
        const allowed = can(role, actionPermissions[action.name]!);
        // An allowed role gets as far as validating the (empty) form, so nothing changes.
        expect(result?.error, `${role} ${action.name}`).toBe(allowed ? INVALID : ROLE_REFUSED);
      }
    });
  });
}

test.describe("without a valid session", () => {
  const forged = async (secret: string, maxAge: number, claims: Record<string, unknown>) =>
    encode({ secret, maxAge, token: { uid: "2", role: "supervisor", sid: "made-up", ...claims } });

  const cases: [string, () => Promise<string | null>][] = [
    ["no cookie", async () => null],
    ["a cookie signed with another secret", () => forged("not-the-server-secret-but-long-enough-0123", 3600, {})],
    ["an expired cookie", () => forged(e2eAuthSecret, -60, {})],
    ["a well-signed cookie naming no real session", () => forged(e2eAuthSecret, 3600, {})],
  ];

  for (const [label, cookie] of cases) {
    test(`${label} reaches nothing`, async ({ baseURL }) => {
      const value = await cookie();
      const api = await request.newContext({
        baseURL,
        extraHTTPHeaders: value ? { cookie: `next-auth.session-token=${value}` } : {},
      });
      for (const route of routes) {
        const response = await api.get(route.path, { maxRedirects: 0 });
        expect(response.status(), `${label} ${route.path}`).toBe(expectedStatus(route, null));
        if (route.kind === "page") expect(response.headers().location, route.path).toMatch(/\/login/);
      }
      for (const route of uploadRoutes) {
        expect((await api.post(route.path, { multipart: { description: "no file" } })).status(), `${label} POST ${route.path}`).toBe(401);
      }
      for (const action of serverActions()) {
        const { status, result } = await callAction(api, action, { userId: "1", disabled: "true" }, actionParams);
        if (value) expect(result?.error, `${label} ${action.name}`).toBe(NO_SESSION);
        else expect(status, `${label} ${action.name}`).toBe(307);
      }
      await api.dispose();
    });
  }
});

test.describe("need-to-know on cases", () => {
  test("an investigator asking for another team's case by its reference gets the same answer as for no case", async ({ baseURL }) => {
    const api = await signedInApi(baseURL!, demoAccounts.investigator);
    expect((await api.get(`/cases/${teamOneCase.ref}`)).status()).toBe(200);
    const other = await api.get(`/cases/${teamTwoCase.ref}`);
    const missing = await api.get("/cases/PSD-2026-9999");
    expect(other.status()).toBe(404);
    expect(missing.status()).toBe(404);
    const otherText = await other.text();
    for (const subject of teamTwoCase.subjects) expect(otherText).not.toContain(subject.serviceNumber);
    expect(otherText).not.toContain(teamTwoCase.summary);
  });

  test("a restricted case is hidden from its team, and shown to a supervisor only as a reference to grant access to", async ({ baseURL }) => {
    const investigator = await signedInApi(baseURL!, demoAccounts.investigator);
    expect((await investigator.get(`/cases/${restrictedCase.ref}`)).status()).toBe(404);
    const supervisor = await signedInApi(baseURL!, demoAccounts.supervisor);
    const response = await supervisor.get(`/cases/${restrictedCase.ref}`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toContain("is restricted");
    for (const subject of restrictedCase.subjects) expect(text).not.toContain(subject.serviceNumber);
    expect(text).not.toContain(restrictedCase.summary);
  });

  test("the case pages are never cached", async ({ baseURL }) => {
    const api = await signedInApi(baseURL!, demoAccounts.supervisor);
    const response = await api.get(`/cases/${teamOneCase.ref}`);
    expect(response.headers()["cache-control"]).toContain("no-store");
  });
});

test("a changed role takes effect at once", async ({ baseURL }, testInfo) => {
  const admin = await signedInApi(baseURL!, demoAccounts.admin);
  const actions = serverActions();
  const action = (name: string) => actions.find((a) => a.name === name)!;
  const email = `role-change-${testInfo.project.name}@demo.police.uk`;
  const created = await callAction(admin, action("createUserAction"), {
    email,
    name: "Role Change",
    role: "investigator",
    team: "PSD Team 1",
    password: DEMO_PASSWORD,
  });
  expect(created.result?.ok, JSON.stringify(created.result)).toBe(true);
  const userId = String((created.result!.data as { id: number }).id);

  const user = await signedInApi(baseURL!, email);
  expect((await user.get("/cases", { maxRedirects: 0 })).status()).toBe(200);

  const changed = await callAction(admin, action("changeRoleAction"), { userId, role: "foi_officer" }, { id: userId });
  expect(changed.result?.ok, JSON.stringify(changed.result)).toBe(true);
  expect((await user.get("/cases", { maxRedirects: 0 })).status()).toBe(307);
  expect((await user.get("/api/stats?dimension=year")).status()).toBe(401);

  const again = await signedInApi(baseURL!, email);
  expect((await again.get("/cases", { maxRedirects: 0 })).status()).toBe(403);
  expect((await again.get("/api/stats?dimension=year")).status()).toBe(200);
});

test("every response carries the security headers", async ({ baseURL }) => {
  const api = await request.newContext({ baseURL });
  for (const path of ["/login", "/api/health"]) {
    const headers = (await api.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    if (path.startsWith("/api/")) expect(headers["content-security-policy"], path).toContain("default-src 'none'");
    else expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
    expect(headers["cache-control"], path).toContain("no-store");
  }
});

test("every list and panel that names a case names only cases the viewer may see (issue 13, item 1)", async ({ baseURL }) => {
  const { demo } = await import("./demo-data");
  const email = "investigator@demo.police.uk";
  const mayNotSee = demo.cases.filter((c) => c.restricted || (c.team !== "PSD Team 1" && c.assignedToEmail !== email));
  const hidden = new Set(mayNotSee.map((c) => c.ref));
  const own = demo.cases.filter((c) => !hidden.has(c.ref));
  // The demo's officers with allegations on both teams' cases: their case pages are where the old leak showed.
  const crossing = own.filter((c) => c.subjects.some((s) => mayNotSee.some((o) => o.subjects.some((t) => t.serviceNumber === s.serviceNumber))));
  expect(crossing.length).toBeGreaterThan(0);
  const api = await signedInApi(baseURL!, email);
  const names = crossing.flatMap((c) =>
    c.subjects.map(
      (s) =>
        demo.people
          .find((p) => p.serviceNumber === s.serviceNumber)!
          .name.split(" ")
          .at(-1)!,
    ),
  );
  const paths = [
    "/cases?size=100",
    "/cases?size=100&sort=due",
    "/reports/queue",
    ...crossing.map((c) => `/cases/${c.ref}`),
    ...names.slice(0, 6).map((n) => `/cases?q=${encodeURIComponent(n)}&size=100`),
  ];
  for (const path of paths) {
    const response = await api.get(path);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    const named = [...text.matchAll(/PSD-\d{4}-\d{4,6}/g)].map((m) => m[0]).filter((ref) => hidden.has(ref));
    expect(named, path).toEqual([]);
  }
  await api.dispose();
});
