import { addDays, todayIso } from "../lib/dates";
import { formatDate } from "../lib/format";
import { expect, test } from "@playwright/test";
import { signedInPage, step, subjectCard } from "./case-steps";
import { demoAccounts, signInWithForm } from "./fixtures";
import { demo } from "./demo-data";

// Long journeys through several pages, on a machine shared with the other server.
test.describe.configure({ timeout: 120_000 });

/** A person from the demo data who is on no case of the team, to find by search. */
const knownOfficer = demo.people.find((p) => p.status === "serving" && p.rank === "sergeant")!;

test("an investigator records a group-chat case with three subjects; it goes through to an outcome, an unlawful outcome refused; a subject withdrawn", async ({
  browser,
}, testInfo) => {
  const unique = `${testInfo.project.name.slice(0, 2).toUpperCase()}${Date.now().toString(36).toUpperCase()}`;
  const newOfficers = [`PC Aled ${unique}`, `PC Bryony ${unique}`];
  const investigator = await signedInPage(browser, demoAccounts.investigator);

  await investigator.goto("/cases");
  await investigator.getByRole("link", { name: "Record a new case" }).click();
  await expect(investigator.getByRole("heading", { level: 1, name: "Record a new case" })).toBeVisible();

  // Sending an empty form lists every problem at once, checked by the server's own schema.
  await investigator.getByRole("button", { name: "Record the case" }).click();
  const problem = investigator.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(problem).toContainText("Describe what happened in at least 10 characters");
  await expect(problem).toContainText("Add at least one subject officer");
  await expect(problem).toBeFocused();

  await investigator.getByLabel("Summary").fill(`Racist and misogynistic memes shared in a team WhatsApp group (${unique})`);
  await investigator.getByLabel("How it came to notice").selectOption("colleague_report");
  await investigator.getByLabel("Platform").selectOption("whatsapp");
  await investigator.getByLabel("Channel").selectOption("group_chat");
  await investigator.getByLabel("Members of the group chat").fill("14");
  await investigator.getByLabel("Type of content").selectOption("discriminatory");
  await investigator.getByLabel("Device used").selectOption("personal");

  await investigator.getByLabel("Find an officer by name or service number").fill(knownOfficer.serviceNumber);
  await investigator.getByRole("button", { name: "Search", exact: true }).click();
  await investigator.getByRole("button", { name: new RegExp(`^Add ${knownOfficer.name}`) }).click();
  for (const [index, name] of newOfficers.entries()) {
    await investigator.getByRole("button", { name: "Add a person not on record" }).click();
    await investigator.getByLabel("Service number").last().fill(`${unique}${index}`);
    await investigator.getByLabel("Full name").last().fill(name);
    await investigator.locator(`[id="subjects.${index + 1}.rank"]`).selectOption("constable");
  }
  await investigator.getByRole("button", { name: "Record the case" }).click();
  await expect(investigator).toHaveURL(/\/cases\/PSD-\d{4}-\d{4}$/);
  const ref = investigator.url().split("/").pop()!;
  await expect(investigator.getByRole("heading", { name: /Subject officers \(3\)/ })).toBeVisible();
  await expect(investigator.getByText("WhatsApp, group chat of 14 members")).toBeVisible();

  // The list finds it by reference and by an officer's name.
  await investigator.goto(`/cases?q=${encodeURIComponent(newOfficers[0]!.split(" ").at(-1)!)}`);
  await expect(investigator.getByRole("rowheader", { name: ref })).toBeVisible();

  const [aled, bryony] = newOfficers as [string, string];
  await investigator.goto(`/cases/${ref}`);
  await step(investigator, aled, "Start the severity assessment", async () => {}, "Severity assessment started");
  await step(
    investigator,
    aled,
    "Record the severity assessment",
    async (form) => {
      await form.getByLabel("Severity").selectOption("misconduct");
      await form.getByLabel("Equality and diversity").check();
      await form.getByLabel("Discreditable conduct").check();
    },
    "investigation started",
  );
  await step(
    investigator,
    aled,
    "Complete the investigation",
    async (form) =>
      form
        .getByLabel("Investigator's recommendation")
        .selectOption("case_to_answer")
        .then(() => {}),
    "recommendation: case to answer",
  );
  await expect(subjectCard(investigator, aled)).toContainText("Waiting for a supervisor");

  // An investigator withdraws another subject, with a reason.
  const card = subjectCard(investigator, bryony);
  await card.getByText(`Withdraw ${bryony}'s allegation`).click();
  await step(
    investigator,
    bryony,
    "Withdraw",
    async (form) => {
      await form.getByLabel("What is withdrawn").selectOption("investigation_discontinued");
      await form.getByLabel("Reason for withdrawing").fill("Was removed from the group before any of the messages were sent.");
    },
    "Withdrawn: investigation discontinued",
  );
  await expect(subjectCard(investigator, bryony)).toContainText("Was removed from the group before any of the messages were sent.");

  const supervisor = await signedInPage(browser, demoAccounts.supervisor);
  await supervisor.goto(`/cases/${ref}`);
  await step(
    supervisor,
    aled,
    "Record the appropriate authority's decision",
    async (form) => {
      await form.getByLabel("Case to answer for misconduct", { exact: true }).check();
      await form.getByLabel(/^Bring misconduct proceedings/).check();
      await form.getByLabel("Rationale").fill("He posted three of the memes himself and commented approvingly on others.");
      await form.getByLabel("Date the decision was made").fill(addDays(todayIso(), -2));
    },
    "Decision: case to answer",
    // Issue 17, item 4: the answers in words before the decision is sent; changing them keeps what was typed.
    async (form) => {
      const answers = form.locator(".govuk-summary-list");
      await expect(answers).toContainText("Case to answer for misconduct");
      await expect(answers).toContainText(formatDate(addDays(todayIso(), -2)));
      await form.getByRole("button", { name: "Change your answers" }).click();
      await expect(form.getByLabel("Rationale")).toHaveValue("He posted three of the memes himself and commented approvingly on others.");
      await form.getByRole("button", { name: "Record the appropriate authority's decision" }).click();
    },
  );
  await expect(subjectCard(supervisor, aled).getByRole("status")).toContainText("Next: choose the proceedings");
  await expect(subjectCard(supervisor, aled)).toContainText(`Case to answer (${formatDate(addDays(todayIso(), -2))})`);
  await step(
    supervisor,
    aled,
    "Choose the proceedings",
    async (form) => {
      await form.getByLabel("Proceedings").selectOption("misconduct_meeting");
      await form.getByLabel(/^Date the notice of referral/).fill(todayIso());
    },
    "Referred to a misconduct meeting",
  );

  // The form offers only the outcomes open to a meeting that found misconduct (2020 reg 42(2)); a forged choice is refused by the server.
  const outcomeForm = subjectCard(supervisor, aled).getByRole("form", { name: /^Record the outcome/ });
  await outcomeForm.getByLabel("What the misconduct meeting found").selectOption("misconduct");
  const offered = await outcomeForm
    .getByLabel(/^Outcome/)
    .locator("option")
    .allTextContents();
  expect(offered).toEqual(["Choose", "Written warning", "Final written warning", "No further action"]);
  await outcomeForm
    .getByLabel(/^Outcome/)
    .evaluate((select: HTMLSelectElement) => select.add(new Option("Dismissal without notice", "dismissal_without_notice")));
  await outcomeForm.getByLabel(/^Outcome/).selectOption("dismissal_without_notice");
  await outcomeForm.getByLabel("Date of the misconduct meeting").fill(todayIso());
  await outcomeForm.getByRole("button", { name: "Record the outcome" }).click();
  await outcomeForm.getByRole("button", { name: "Confirm and record the outcome" }).click();
  await expect(subjectCard(supervisor, aled).getByRole("alert")).toContainText("Dismissal without notice is not open to a misconduct meeting (2020 reg 42(2)");
  await expect(subjectCard(supervisor, aled).getByRole("heading", { level: 3 })).toContainText("Outcome");

  await step(
    supervisor,
    aled,
    "Record the outcome",
    async (form) => {
      await form.getByLabel("What the misconduct meeting found").selectOption("misconduct");
      await form.getByLabel(/^Outcome/).selectOption("final_written_warning");
      await form.getByLabel("Date of the misconduct meeting").fill(todayIso());
    },
    "Outcome recorded: final written warning; finalised",
  );
  await expect(subjectCard(supervisor, aled)).toContainText("Final written warning");
  const timeline = supervisor.getByRole("list").filter({ hasText: "Case recorded with 3 subject officers" });
  await expect(timeline).toContainText(`${aled}: Decision: case to answer`);
  await expect(timeline).toContainText(`${bryony}: Withdrawn`);
});

test("two people editing the same subject: the second is told what changed and nothing is overwritten", async ({ browser }) => {
  const first = await signedInPage(browser, demoAccounts.supervisor);
  const second = await signedInPage(browser, demoAccounts.supervisor);
  // A recorded subject on an open demo case that no other test moves.
  const target = demo.cases.find((c) => !c.restricted && c.status === "recorded" && c.subjects.length === 1 && c.team === "PSD Team 2")!;
  const name = demo.people.find((p) => p.serviceNumber === target.subjects[0]!.serviceNumber)!.name;
  await first.goto(`/cases/${target.ref}`);
  await second.goto(`/cases/${target.ref}`);

  await step(first, name, "Start the severity assessment", async () => {}, "Severity assessment started");

  const card = subjectCard(second, name);
  await card.getByText(`Withdraw ${name}'s allegation`).click();
  const form = card.getByRole("form", { name: /^Withdraw/ });
  await form.getByLabel("What is withdrawn").selectOption("investigation_discontinued");
  await form.getByLabel("Reason for withdrawing").fill("Duplicate of a report recorded last week.");
  await form.getByRole("button", { name: "Withdraw" }).click();
  await form.getByRole("button", { name: "Confirm and withdraw" }).click();
  const alert = card.getByRole("alert");
  await expect(alert).toContainText(`${name}'s record changed after you opened it: it is now at the severity assessment stage.`);
  await expect(alert).toContainText("supervisor@demo.police.uk changed it");
  // What the second person typed is still there to use again.
  await expect(form.getByLabel("Reason for withdrawing")).toHaveValue("Duplicate of a report recorded last week.");

  await second.reload();
  await expect(subjectCard(second, name).getByRole("heading", { level: 3 })).toContainText("Severity assessment");
  await expect(subjectCard(second, name)).not.toContainText("Duplicate of a report recorded last week.");
});

test("the case list works with the keyboard: filters in the URL, sorting by a header, paging", async ({ page }) => {
  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/cases");
  await page.getByLabel("Platform").selectOption("whatsapp");
  await page.getByRole("button", { name: "Apply" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/platform=whatsapp/);
  const platforms = await page.locator("table.case-table tbody tr td:nth-child(4)").allTextContents();
  expect(new Set(platforms)).toEqual(new Set(["WhatsApp"]));

  const sortLink = page.getByRole("link", { name: /^Stage due/ });
  await sortLink.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=due/);
  await expect(page.getByRole("columnheader", { name: /Stage due/ })).toHaveAttribute("aria-sort", "ascending");

  await page.goto("/cases?size=25");
  const firstPage = await page.getByRole("rowheader").allTextContents();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=/);
  const secondPage = await page.getByRole("rowheader").allTextContents();
  expect(secondPage.some((ref) => firstPage.includes(ref))).toBe(false);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/before=/);
  expect(await page.getByRole("rowheader").allTextContents()).toEqual(firstPage);

  await page.goto("/cases?after=tampered");
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("That page link is broken");
});
