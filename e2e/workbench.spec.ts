import { addDays, todayIso } from "../lib/dates";
import { formatDate } from "../lib/format";
import { expect, test } from "@playwright/test";
import {
  addUnrecordedSubjects,
  assessForInvestigation,
  completeWithCaseToAnswer,
  fillCaseFacts,
  signedInPage,
  step,
  subjectCard,
  submitNewCase,
  uniqueId,
} from "./case-steps";
import { optionTexts } from "./form-answers";
import { demoAccounts, signInWithForm } from "./fixtures";
import { demo } from "./demo-data";

// Long journeys through several pages, on a machine shared with the other server.
test.describe.configure({ timeout: 120_000 });

/** A person from the demo data who is on no case of the team, to find by search. */
const knownOfficer = demo.people.find((p) => p.status === "serving" && p.rank === "sergeant")!;

test("an investigator records a group-chat case with three subjects; it goes through to an outcome, an unlawful outcome refused; a subject withdrawn", async ({
  browser,
}, testInfo) => {
  const unique = uniqueId(testInfo.project.name);
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

  await fillCaseFacts(investigator, {
    summary: `Racist and misogynistic memes shared in a team WhatsApp group (${unique})`,
    members: "14",
    content: "discriminatory",
    device: "personal",
  });

  await investigator.getByLabel("Find an officer by name or service number").fill(knownOfficer.serviceNumber);
  await investigator.getByRole("button", { name: "Search", exact: true }).click();
  await investigator.getByRole("button", { name: new RegExp(`^Add ${knownOfficer.name}`) }).click();
  await addUnrecordedSubjects(
    investigator,
    newOfficers.map((name, index) => ({ serviceNumber: `${unique}${index}`, name, rank: "constable" })),
    1,
  );
  const ref = await submitNewCase(investigator);
  await expect(investigator.getByRole("heading", { name: /Subject officers \(3\)/ })).toBeVisible();
  await expect(investigator.getByText("WhatsApp, group chat of 14 members")).toBeVisible();

  // The list finds it by reference and by an officer's name.
  await investigator.goto(`/cases?q=${encodeURIComponent(newOfficers[0]!.split(" ").at(-1)!)}`);
  await expect(investigator.getByRole("rowheader", { name: ref })).toBeVisible();

  const [aled, bryony] = newOfficers as [string, string];
  await investigator.goto(`/cases/${ref}`);
  await assessForInvestigation(investigator, aled, "misconduct", ["Equality and diversity", "Discreditable conduct"]);
  await completeWithCaseToAnswer(investigator, aled);
  await expect(subjectCard(investigator, aled)).toContainText("Waiting for a supervisor");

  // An investigator withdraws another subject, with a reason.
  const card = subjectCard(investigator, bryony);
  await card.getByText(`Withdraw ${bryony}'s allegation`).click();
  await step(
    investigator,
    bryony,
    "Withdraw",
    [
      ["What is withdrawn", "investigation_discontinued"],
      ["Reason for withdrawing", "Was removed from the group before any of the messages were sent."],
    ],
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
    [
      ["Proceedings", "misconduct_meeting"],
      [/^Date the notice of referral/, todayIso()],
    ],
    "Referred to a misconduct meeting",
  );

  // The form offers only the outcomes open to a meeting that found misconduct (2020 reg 42(2)); a forged choice is refused by the server.
  const outcomeForm = subjectCard(supervisor, aled).getByRole("form", { name: /^Record the outcome/ });
  await outcomeForm.getByLabel("What the misconduct meeting found").selectOption("misconduct");
  const offered = await optionTexts(outcomeForm.getByLabel(/^Outcome/));
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
    [
      ["What the misconduct meeting found", "misconduct"],
      [/^Outcome/, "final_written_warning"],
      ["Date of the misconduct meeting", todayIso()],
    ],
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

  await step(first, name, "Start the severity assessment", [], "Severity assessment started");

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
  // By the header's position: a supervisor's list has a column of tick boxes first.
  const platformColumn = (await page.locator("table.case-table thead th").allTextContents()).findIndex((h) => h.trim() === "Platform") + 1;
  expect(platformColumn).toBeGreaterThan(0);
  const platforms = await page.locator(`table.case-table tbody tr > :nth-child(${platformColumn})`).allTextContents();
  expect(new Set(platforms)).toEqual(new Set(["WhatsApp"]));

  const sortLink = page.getByRole("link", { name: /^Stage due/ });
  await sortLink.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=due/);
  await expect(page.getByRole("columnheader", { name: /Stage due/ })).toHaveAttribute("aria-sort", "ascending");

  await page.goto("/cases?size=25");
  // The list itself, not the restricted cases listed under it on every page.
  const refs = () =>
    page
      .getByRole("table", { name: /^Cases, sorted by/ })
      .getByRole("rowheader")
      .allTextContents();
  const firstPage = await refs();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=/);
  const secondPage = await refs();
  expect(secondPage.some((ref) => firstPage.includes(ref))).toBe(false);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/before=/);
  expect(await refs()).toEqual(firstPage);

  await page.goto("/cases?after=tampered");
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("That page link is broken");
});
