import { expect, test } from "@playwright/test";
import { navItems } from "@/lib/navigation";
import { can } from "@/lib/permissions";
import { expectNoSeriousViolations } from "./axe";
import { restrictedCase, teamOneCase } from "./demo-data";
import { demoAccounts, signInWithForm } from "./fixtures";

/** Pages reached from others rather than from the menu. */
const deeperPages: Partial<Record<keyof typeof demoAccounts, string[]>> = {
  supervisor: [
    `/cases/${teamOneCase.ref}`,
    `/cases/${restrictedCase.ref}`,
    "/cases/new",
    "/cases?overdue=1&sort=due",
    "/cases/import",
    "/spot-checks/draw",
    "/spot-checks/with-cause",
  ],
  investigator: [`/cases/${teamOneCase.ref}`, "/cases/new"],
  admin: ["/admin/users/1"],
  staff: ["/reports/new"],
  foi_officer: ["/statistics/requests", "/statistics/published", "/statistics?rows=year&cols=rank_group"],
};

test("the sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expectNoSeriousViolations(page, "/login");
});

for (const [role, email] of Object.entries(demoAccounts) as [keyof typeof demoAccounts, string][]) {
  test(`every page ${role} can open has no serious accessibility violations`, async ({ page }) => {
    // Up to a dozen pages each, axe on each: several seconds a page on a shared 2-core machine.
    test.setTimeout(240_000);
    await signInWithForm(page, email);
    await expectNoSeriousViolations(page, "/");
    const paths = [...navItems.filter((i) => can(role, i.permission)).map((i) => i.href), ...(deeperPages[role] ?? [])];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, path);
    }
  });
}

test("a page the role may not open answers 403 with a plain explanation", async ({ page }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  const response = await page.goto("/cases");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  await expectNoSeriousViolations(page, "403 page");
});
