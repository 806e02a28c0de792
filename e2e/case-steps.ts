import { expect, type Browser, type Page } from "@playwright/test";
import { signInWithForm } from "./fixtures";

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
 * Fills and sends one of a subject's forms, confirms the answers where the step asks for
 * that (after `review`, which may look at them), then waits for the card to say what happened.
 */
export async function step(
  page: Page,
  name: string,
  formName: string,
  fill: (form: ReturnType<Page["getByRole"]>) => Promise<void>,
  expected: string | RegExp,
  review?: (form: ReturnType<Page["getByRole"]>) => Promise<void>,
) {
  const form = subjectCard(page, name).getByRole("form", { name: new RegExp(`^${formName}`) });
  await fill(form);
  await form.getByRole("button", { name: formName }).click();
  const confirm = confirmButtons[formName];
  if (confirm) {
    await expect(form.getByRole("heading", { name: /^Check your answers/ })).toBeFocused();
    await review?.(form);
    await form.getByRole("button", { name: confirm }).click();
  }
  await expect(subjectCard(page, name).getByRole("status")).toContainText(expected);
}
