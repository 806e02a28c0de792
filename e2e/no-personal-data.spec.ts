import { expect, test } from "@playwright/test";
import { navItems } from "@/lib/navigation";
import { can } from "@/lib/permissions";
import { dashboardCharts } from "@/lib/dashboard/csv";
import { statDimensions } from "@/lib/stats/dimensions";
import { personalIdentifiers, teamOneCase } from "./demo-data";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";

function leaks(text: string): string[] {
  return personalIdentifiers.filter((identifier) => text.includes(identifier));
}

for (const role of ["senior_officer", "foi_officer"] as const) {
  test(`no page, JSON or CSV sent to ${role} names a person or gives a service number`, async ({ page, baseURL }) => {
    await signInWithForm(page, demoAccounts[role]);
    const paths = ["/", ...navItems.filter((item) => can(role, item.permission)).map((item) => item.href), "/statistics?from=2018&to=2026"];
    for (const path of paths) {
      await page.goto(path);
      expect(leaks(await page.locator("body").innerText()), path).toEqual([]);
      expect(leaks(await page.content()), `${path} (HTML)`).toEqual([]);
    }

    const api = await signedInApi(baseURL!, demoAccounts[role]);
    if (can(role, "dashboard:read")) {
      for (const path of ["/api/dashboard", ...dashboardCharts.map((chart) => `/api/dashboard?chart=${chart}&format=csv`)]) {
        const response = await api.get(path);
        expect(response.status(), path).toBe(200);
        expect(leaks(await response.text()), path).toEqual([]);
      }
    }
    for (const dimension of statDimensions) {
      for (const format of ["json", "csv"]) {
        const response = await api.get(`/api/stats?dimension=${dimension}&format=${format}`);
        expect(response.status()).toBe(200);
        expect(leaks(await response.text()), `${dimension} ${format}`).toEqual([]);
      }
    }
  });
}

test("the check would catch a leak: a supervisor's case page does name its subjects", async ({ page }) => {
  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto(`/cases/${teamOneCase.ref}`);
  await expect(page.getByRole("heading", { name: /Subject officers/ })).toBeVisible();
  expect(leaks(await page.locator("body").innerText()).length).toBeGreaterThan(0);
});
