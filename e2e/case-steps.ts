import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { signInWithForm } from "./fixtures";
import { type Answer, fillAnswers } from "./form-answers";

/** A page in a browser context of its own, signed in through the form as `email`. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithForm(page, email);
  return page;
}

/** A subject officer's card on the case page, found by their name. */
export function subjectCard(page: Page, name: string) {
  return page.getByRole("article", { name: new RegExp(name) });
}

/** Steps that show the answers to check before they are sent (issue 17, item 4), with the button that confirms. */
export const confirmButtons: Record<string, string> = {
  "Record the appropriate authority's decision": "Confirm and record the decision",
  "Record the outcome": "Confirm and record the outcome",
  Withdraw: "Confirm and withdraw",
};

/**
 * Fills (by a function, or with answers) and sends one of a subject's forms, confirms the
 * answers where the step asks for that (after `review`, which may look at them), then
 * waits for the card to say what happened.
 */
export async function step(
  page: Page,
  name: string,
  formName: string,
  fill: ((form: Locator) => Promise<void>) | readonly Answer[],
  expected: string | RegExp,
  review?: (form: Locator) => Promise<void>,
) {
  const form = subjectCard(page, name).getByRole("form", { name: new RegExp(`^${formName}`) });
  if (typeof fill === "function") await fill(form);
  else await fillAnswers(form, fill);
  await form.getByRole("button", { name: formName }).click();
  const confirm = confirmButtons[formName];
  if (confirm) {
    await expect(form.getByRole("heading", { name: /^Check your answers/ })).toBeFocused();
    await review?.(form);
    await form.getByRole("button", { name: confirm }).click();
  }
  await expect(subjectCard(page, name).getByRole("status")).toContainText(expected);
}

/** What the intake form asks about the matter itself, before the subjects. */
export type CaseFacts = { summary: string; members: string; content: string; device: string };

/** Fills the facts of a WhatsApp group-chat matter reported by a colleague on the new-case form. */
export async function fillCaseFacts(page: Page, { summary, members, content, device }: CaseFacts) {
  await fillAnswers(page, [
    ["Summary", summary],
    ["How it came to notice", "colleague_report"],
    ["Platform", "whatsapp"],
    ["Channel", "group_chat"],
    ["Members of the group chat", members],
    ["Type of content", content],
    ["Device used", device],
  ]);
}

/** Adds people who are not on record as subjects, the first at `firstIndex` among the form's subjects. */
export async function addUnrecordedSubjects(page: Page, subjects: { serviceNumber: string; name: string; rank: string }[], firstIndex = 0) {
  for (const [offset, { serviceNumber, name, rank }] of subjects.entries()) {
    await page.getByRole("button", { name: "Add a person not on record" }).click();
    await page.getByLabel("Service number").last().fill(serviceNumber);
    await page.getByLabel("Full name").last().fill(name);
    await page.locator(`[id="subjects.${firstIndex + offset}.rank"]`).selectOption(rank);
  }
}

/** Sends the new-case form and returns the reference of the case it opened. */
export async function submitNewCase(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Record the case" }).click();
  await expect(page).toHaveURL(/\/cases\/PSD-\d{4}-\d{4}$/);
  return page.url().split("/").pop()!;
}

/** A short id for names and numbers this run creates, told apart by project. */
export const uniqueId = (project: string) => `${project.slice(0, 2).toUpperCase()}${Date.now().toString(36).toUpperCase()}`;

/** Starts a subject's severity assessment and records it with the severity and the standards ticked: an investigation starts. */
export async function assessForInvestigation(page: Page, name: string, severity: string, standards: string[]) {
  await step(page, name, "Start the severity assessment", [], "Severity assessment started");
  await step(
    page,
    name,
    "Record the severity assessment",
    [["Severity", severity], ...standards.map((standard): Answer => [standard, true])],
    "investigation started",
  );
}

/** Completes a subject's investigation with the investigator recommending a case to answer. */
export async function completeWithCaseToAnswer(page: Page, name: string) {
  await step(page, name, "Complete the investigation", [["Investigator's recommendation", "case_to_answer"]], "recommendation: case to answer");
}

/** The appropriate authority decides there is a case to answer (`finding` names it) and brings proceedings. */
export async function decideCaseToAnswer(page: Page, name: string, finding: string, rationale: string) {
  await step(
    page,
    name,
    "Record the appropriate authority's decision",
    [
      [`Case to answer for ${finding}`, true, { exact: true }],
      [/^Bring misconduct proceedings/, true],
      ["Rationale", rationale],
    ],
    "Decision: case to answer",
  );
}
