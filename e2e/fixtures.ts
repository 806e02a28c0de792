import { expect, request as playwrightRequest, type APIRequestContext, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password-2026";

export const demoAccounts = {
  admin: "admin@demo.police.uk",
  supervisor: "supervisor@demo.police.uk",
  investigator: "investigator@demo.police.uk",
  senior_officer: "senior@demo.police.uk",
  foi_officer: "foi@demo.police.uk",
  staff: "staff@demo.police.uk",
} as const;

/** Signs in through the form, as a person would; stays on the page the form leads to. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD, { from = "/login" } = {}) {
  if (from === "/login") await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/** Signs in through the form as `email`, then opens `path`. */
export async function signInAndOpen(page: Page, email: string, path: string) {
  await signInWithForm(page, email);
  await page.goto(path);
}

/** An API client signed in through next-auth's own endpoints, as an outside caller would be. */
export async function signedInApi(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.ok(), `sign-in as ${email}`).toBeTruthy();
  const cookies = await api.storageState();
  expect(
    cookies.cookies.some((c) => c.name.endsWith("next-auth.session-token")),
    `session cookie for ${email}`,
  ).toBeTruthy();
  return api;
}

/** Row header -> cell texts of a table, read as the browser renders it. */
export async function tableRows(table: Locator): Promise<Record<string, string[]>> {
  return table.evaluate((element) => {
    const out: Record<string, string[]> = {};
    for (const row of Array.from(element.querySelectorAll("tr"))) {
      const header = row.querySelector('th[scope="row"]');
      if (header) out[header.textContent!.trim()] = Array.from(row.querySelectorAll("td")).map((td) => td.textContent!.trim());
    }
    return out;
  });
}
