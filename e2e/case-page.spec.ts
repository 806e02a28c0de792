import { expect, test } from "@playwright/test";
import { addUnrecordedSubjects, fillCaseFacts, signedInPage, subjectCard, submitNewCase, uniqueId } from "./case-steps";
import { demoAccounts } from "./fixtures";

// Issue 17, item 10: a case page of several officers has an overview to jump from, and one
// step where the law lets them share it (starting the severity assessment, 2020 reg 14).
test.describe.configure({ timeout: 120_000 });

test("an investigator starts three officers' severity assessments in one step, from a page with an overview", async ({ browser }, testInfo) => {
  const id = uniqueId(testInfo.project.name);
  const officers = ["One", "Two", "Three"].map((n, i) => ({ serviceNumber: `S${i}${id}`.slice(0, 20), name: `PC ${n} ${id}`, rank: "constable" }));
  const page = await signedInPage(browser, demoAccounts.investigator);
  await page.goto("/cases/new");
  await fillCaseFacts(page, { summary: `Memes shared in a shift group (${id})`, members: "9", content: "discriminatory", device: "personal" });
  await addUnrecordedSubjects(page, officers);
  await submitNewCase(page);

  const overview = page.getByRole("table", { name: "Subject officers at a glance" });
  for (const o of officers) await expect(overview.getByRole("row", { name: new RegExp(o.name) })).toContainText("Recorded");
  await page
    .getByRole("navigation", { name: "On this page" })
    .getByRole("link", { name: /^Evidence/ })
    .click();
  await expect(page).toHaveURL(/#evidence-title$/);

  const startAll = page.getByRole("form", { name: "Start the severity assessment for every officer recorded" });
  await startAll.getByRole("button", { name: "Start the severity assessment for all 3" }).click();
  await expect(page.getByRole("region", { name: /^Subject officers/ }).getByRole("status")).toContainText(
    "Severity assessment started for 3 officers. Next: record each officer's severity assessment",
  );
  for (const o of officers) await expect(subjectCard(page, o.name).getByRole("heading", { level: 3 })).toContainText("Severity assessment");
  await expect(page.getByRole("form", { name: "Start the severity assessment for every officer recorded" })).toHaveCount(0);
  await page.context().close();
});
