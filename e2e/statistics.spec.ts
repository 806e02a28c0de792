import { expect, test, type Locator } from "@playwright/test";
import { demoAccounts, signInWithForm } from "./fixtures";

async function expectCounts(table: Locator, expected: [string, number][]) {
  for (const [label, count] of expected) {
    const row = table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: label, exact: true }) });
    await expect(row.getByRole("cell"), `${label}`).toHaveText(String(count));
  }
}

test("an FoI officer signs in and reads the published 2018-2021 figures", async ({ page }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Statistics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();

  await expectCounts(page.getByRole("table", { name: /By year recorded/ }), [
    ["2018", 14],
    ["2019", 16],
    ["2020", 62],
    ["2021", 92],
    ["Total", 184],
  ]);
  await expectCounts(page.getByRole("table", { name: /By rank group/ }), [
    ["Constable", 160],
    ["Sergeant", 12],
    ["Inspector and above", 8],
    ["Not stated", 4],
  ]);
  await expectCounts(page.getByRole("table", { name: /By case-to-answer finding/ }), [
    ["Case to answer", 37],
    ["No case to answer", 57],
    ["Withdrawn", 7],
    ["Not recorded", 83],
  ]);
  await expectCounts(page.getByRole("table", { name: /By sanction/ }), [
    ["Dismissal with notice", 1],
    ["Dismissal without notice", 1],
    ["Final written warning", 4],
    ["Management advice", 5],
    ["Written warning", 7],
    ["Would have been dismissed", 3],
    ["Case to answer, no sanction recorded", 16],
  ]);

  await page.getByLabel("From year").fill("2019");
  await page.getByLabel("To year").fill("2019");
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(/from=2019&to=2019/);
  await expectCounts(page.getByRole("table", { name: /By year recorded/ }), [["2019", 16], ["Total", 16]]);
});

test("an anonymous visitor is sent to sign in and then back to the page asked for", async ({ page }) => {
  await page.goto("/statistics?from=2019&to=2019");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await signInWithForm(page, demoAccounts.foi_officer, undefined, { from: "here" });
  await expect(page).toHaveURL(/\/statistics\?from=2019&to=2019$/);
  await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();
});

test("a bad period is explained next to the form", async ({ page }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  await page.goto("/statistics?from=2021&to=2018");
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("From must not be after To");
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(demoAccounts.foi_officer);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("email address or password is not right");
});
