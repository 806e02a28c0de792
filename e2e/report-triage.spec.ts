import { expect, type Browser, type Page, test } from "@playwright/test";
import { demoAccounts, signInWithForm } from "./fixtures";
import { expectNoSeriousViolations } from "./axe";
import { demo, teamOneCase } from "./demo-data";
import { reportContent, sendReport } from "./report-steps";

/** The names and addresses of the people who triage: a reporter's page must show none of them. */
const triagers = ["Sam Patel", demoAccounts.supervisor, "Jo Clarke", demoAccounts.investigator];

async function report(page: Page, what: string): Promise<string> {
  await signInWithForm(page, demoAccounts.staff);
  return reportContent(page, what, "whatsapp");
}

async function supervisorOn(browser: Browser, ref: string): Promise<Page> {
  const supervisor = await browser.newPage();
  await signInWithForm(supervisor, demoAccounts.supervisor);
  await supervisor.goto("/reports/queue");
  await supervisor.getByRole("link", { name: `Other outcomes for ${ref}` }).click();
  await expect(supervisor.getByRole("heading", { level: 1, name: `Report ${ref}` })).toBeVisible();
  return supervisor;
}

async function expectNoNames(page: Page) {
  const html = await page.content();
  for (const name of triagers) expect(html).not.toContain(name);
  expect(html).not.toMatch(/PSD-\d{4}-\d{4,6}/);
}

test("a supervisor asks the reporter for more, the reporter answers, and the report is closed with no further action; the reporter sees only that", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const ref = await report(page, `A meme mocking a victim, in the relief chat (${testInfo.project.name} ${Date.now()})`);

  const supervisor = await supervisorOn(browser, ref);
  await supervisor.getByRole("button", { name: "Send the question" }).click();
  await expect(supervisor.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Write the question for the reporter");
  await supervisor.getByLabel("Your question").fill("Which day did you see it, and is the message still in the chat?");
  await supervisor.getByRole("button", { name: "Send the question" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "Done" })).toContainText(`Your question was sent to the reporter of ${ref}`);

  await page.goto("/reports");
  await expect(page.getByRole("row", { name: new RegExp(ref) })).toContainText("Waiting for your answer");
  await page.goto(`/reports/${ref}`);
  await expect(page.getByRole("heading", { name: "More information needed" })).toBeVisible();
  await expect(page.getByText("Which day did you see it, and is the message still in the chat?")).toBeVisible();
  await expectNoNames(page);
  await page.getByLabel("Your answer").fill("On Saturday night; it is still there.");
  await page.getByRole("button", { name: "Send your answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "your answer was sent" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Status: Being looked at" })).toBeVisible();

  await supervisor.reload();
  await expect(supervisor.getByText("On Saturday night; it is still there.")).toBeVisible();
  await supervisor.getByLabel("Reason").fill("A news image shared to condemn it, not to mock; no Standard is broken.");
  await supervisor.getByRole("button", { name: "Close with no further action" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "Done" })).toContainText(`${ref} closed with no further action`);
  await expect(supervisor.getByRole("button", { name: "Close with no further action" })).toHaveCount(0);
  await supervisor.close();

  await page.goto(`/reports/${ref}`);
  await expect(page.getByTestId("report-outcome")).toHaveText("No further action");
  await expect(page.getByText("no Standard is broken")).toHaveCount(0);
  await expectNoNames(page);
  await page.goto("/reports");
  await expect(page.getByRole("row", { name: new RegExp(ref) })).toContainText("No further action");
});

test("a supervisor adds a report to an existing case; the reporter is told it joined an investigation, never which", async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const ref = await report(page, `The same memes again, now in a second group (${testInfo.project.name} ${Date.now()})`);

  const supervisor = await supervisorOn(browser, ref);
  await supervisor.getByLabel("Case reference").fill("PSD-1999-9999");
  await supervisor.getByRole("button", { name: "Add to this case" }).click();
  await expect(supervisor.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("There is no case PSD-1999-9999.");
  await supervisor.getByLabel("Case reference").fill(teamOneCase.ref.toLowerCase());
  await supervisor.getByRole("button", { name: "Add to this case" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "Done" })).toContainText(`${ref} added to case ${teamOneCase.ref}`);
  await supervisor.getByRole("link", { name: `Go to case ${teamOneCase.ref}` }).click();
  await expect(supervisor.getByRole("heading", { level: 1 })).toContainText(teamOneCase.ref);
  await supervisor.close();

  await page.goto(`/reports/${ref}`);
  await expect(page.getByTestId("report-outcome")).toHaveText("Added to an existing investigation");
  await expectNoNames(page);
});

test("a case opened from a report links back to it and offers the people it names as subjects (issue 17, item 1)", async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const named = demo.people[7]!;
  await signInWithForm(page, demoAccounts.staff);
  await page.goto("/reports/new");
  const ref = await sendReport(page, [
    ["What did you see?", `A crime-scene photograph shared in the relief chat (${testInfo.project.name} ${Date.now()})`],
    ["Where", "whatsapp"],
    ["Who was involved, if known (optional)", `PC ${named.name} and a civilian called Zebedee Quartz`],
  ]);

  // A page of its own context: the accessibility pass needs one.
  const supervisor = await (await browser.newContext()).newPage();
  await signInWithForm(supervisor, demoAccounts.supervisor);
  await supervisor.goto("/reports/queue");
  const row = supervisor.getByRole("row", { name: new RegExp(ref) });
  await row.getByRole("button", { name: /Open a case/ }).click();
  await row.getByRole("link", { name: /^PSD-/ }).click();

  const reports = supervisor.getByRole("region", { name: "Reports behind this case" });
  await expect(reports.getByRole("link", { name: ref })).toBeVisible();
  await expect(reports).toContainText(`PC ${named.name} and a civilian called Zebedee Quartz`);
  await expect(reports.getByRole("listitem").filter({ hasText: "Zebedee Quartz" })).toContainText("No one on record matches this name");
  await expectNoSeriousViolations(supervisor, "a case opened from a report");

  await reports.getByRole("button", { name: `Add ${named.name} (${named.serviceNumber}) as a subject` }).click();
  await expect(supervisor.getByText(`${named.name} added as a subject officer`)).toBeVisible();
  await expect(reports.getByText("Already a subject")).toBeVisible();
  await expect(supervisor.getByRole("region", { name: "Subject officers (1)" })).toContainText(named.name);

  await reports.getByRole("link", { name: ref }).click();
  await expect(supervisor.getByRole("heading", { level: 1, name: `Report ${ref}` })).toBeVisible();
  await supervisor.close();
});
