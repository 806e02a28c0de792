import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, signedInApi, signInWithForm } from "./fixtures";

/** An account of the test's own, made through the admin screen, so that locking or disabling it disturbs no other test. */
async function createAccount(browser: Browser, email: string, role = "investigator") {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signInWithForm(admin, demoAccounts.admin);
  await admin.goto("/admin/users");
  await admin.getByLabel("Email address").fill(email);
  await admin.getByLabel("Full name").fill("Test Account");
  await admin.getByLabel("Role").selectOption(role);
  await admin.getByLabel("Team (optional)").fill("PSD Team 1");
  await admin.getByLabel("Initial password").fill(DEMO_PASSWORD);
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByRole("status")).toContainText(`Account created for ${email}`);
  return admin;
}

async function failSignIn(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("not the right password at all");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
}

test("ten failed sign-ins lock the account for 15 minutes, even against the right password", async ({ page, browser }, testInfo) => {
  // Eleven argon2 checks, at most two at a time on the server: over 30 s on a 2-core machine busy with other work.
  test.setTimeout(90_000);
  const email = `lockout-${testInfo.project.name}@demo.police.uk`;
  await (await createAccount(browser, email)).context().close();
  await page.goto("/login");
  for (let i = 0; i < 10; i++) {
    await failSignIn(page, email);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("not right");
  }
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(
    "Too many failed attempts: sign-in to this account is locked for 15 minutes",
  );
  await expect(page).toHaveURL(/\/login/);
});

test("an email that has no account locks the same way, so the lock reveals nothing", async ({ page }, testInfo) => {
  const email = `nobody-${testInfo.project.name}@demo.police.uk`;
  await page.goto("/login");
  for (let i = 0; i < 10; i++) await failSignIn(page, email);
  await failSignIn(page, email);
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("locked for 15 minutes");
});

test("signing out in one tab ends the session in the other", async ({ page, context }) => {
  await signInWithForm(page, demoAccounts.supervisor);
  const other = await context.newPage();
  await other.goto("/cases");
  await expect(other.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  await other.reload();
  await expect(other).toHaveURL(/\/login/);
  await expect(other.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});

test("an administrator disabling a signed-in user ends their session at once", async ({ page, browser }, testInfo) => {
  const email = `disable-${testInfo.project.name}@demo.police.uk`;
  const admin = await createAccount(browser, email);

  await signInWithForm(page, email);
  await page.goto("/cases");
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();

  await admin.getByRole("link", { name: email }).click();
  await admin.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.locator(".app-check-answers")).toContainText(email);
  await admin.getByRole("button", { name: "Confirm and disable the account" }).click();
  await expect(admin.getByRole("status")).toContainText("Account disabled. 1 open session was ended.");

  await page.reload();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("This account is disabled");

  await admin.goto("/admin/sign-ins");
  await expect(admin.getByRole("cell", { name: "Account disabled" }).first()).toBeVisible();
  await admin.context().close();
});

test.describe("single sign-on against a local OpenID Connect provider", () => {
  async function signInAtProvider(page: Page, login: string) {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in with Police single sign-on" }).click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill("any password the stand-in accepts");
    await page.getByRole("button", { name: "Sign-in" }).click();
    const consent = page.getByRole("button", { name: "Continue" });
    // The provider asks for consent the first time only.
    await Promise.race([consent.waitFor().then(() => consent.click()), page.waitForURL((url) => !url.pathname.startsWith("/interaction"))]).catch(() => {});
  }

  test("a supervisor signs in with the role the identity provider gives", async ({ page }) => {
    await signInAtProvider(page, "sso-supervisor");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByText("sso.supervisor@sso.police.uk · PSD supervisor")).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  });

  test("an unverified email cannot take over the password account that has it", async ({ page }) => {
    await signInAtProvider(page, "sso-unverified");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Single sign-on could not sign you in");
    await signInWithForm(page, demoAccounts.staff);
    await expect(page.getByText("staff@demo.police.uk · Officer or member of staff")).toBeVisible();
  });

  test("an identity with no mapped role is refused with a message", async ({ page }) => {
    await signInAtProvider(page, "sso-norole");
    await expect(page).toHaveURL(/\/login\?error=sso_no_role/);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("has no role in this system");
  });
});

test("a client cannot choose the address its failed sign-ins are counted against", async ({ baseURL, playwright }) => {
  const attacker = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77" } });
  const { csrfToken } = await (await attacker.get("/api/auth/csrf")).json();
  await attacker.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "spoof-test@demo.police.uk", password: "wrong password entirely", json: "true" },
  });
  const admin = await signedInApi(baseURL!, demoAccounts.admin);
  const page = await (await admin.get("/admin/sign-ins")).text();
  const row = page.split("<tr>").find((r) => r.includes("spoof-test@demo.police.uk")) ?? "";
  expect(row).toMatch(/ip: (::ffff:127\.0\.0\.1|127\.0\.0\.1|::1)/);
  expect(row).not.toContain("203.0.113.77");
});
