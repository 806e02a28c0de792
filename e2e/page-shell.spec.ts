import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";

const marking = "OFFICIAL-SENSITIVE";

test("the accessibility statement is one link from the sign-in page and readable without signing in", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByText(marking, { exact: true })).toHaveCount(2);
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: /^Help:/ })).toHaveAttribute("href", /^mailto:/);
  await footer.getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Accessibility statement for / })).toBeVisible();
  await expect(page.getByText(/WCAG\) version 2\.2 at level AA/)).toBeVisible();
  await expectNoSeriousViolations(page, "/accessibility");
});

test("every page is marked OFFICIAL-SENSITIVE, on screen and on paper, and the role keeps its acronym", async ({ page }) => {
  await signInWithForm(page, demoAccounts.investigator);
  await expect(page.getByRole("banner")).toContainText("PSD investigator");
  await expect(page.getByText("Your role: PSD investigator.")).toBeVisible();
  await page.goto("/cases");
  await expect(page.getByText(marking, { exact: true })).toHaveCount(2);
  // Government Security Classifications: the marking goes on every printed sheet, the menus do not.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(marking, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByText(marking, { exact: true }).first()).toHaveCSS("position", "fixed");
});

test("the internal subject extract is marked OFFICIAL-SENSITIVE in its file name and headers", async ({ baseURL }) => {
  const api = await signedInApi(baseURL!, demoAccounts.supervisor);
  const response = await api.get("/api/extract");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-protective-marking"]).toBe(marking);
  expect(response.headers()["content-disposition"]).toMatch(/filename="OFFICIAL-SENSITIVE-subject-records-\d{4}-\d{2}-\d{2}\.csv"/);
  expect((await response.text()).split("\n")[0]).toMatch(/^case_ref,/);
  await api.dispose();
});
