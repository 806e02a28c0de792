import { expect, type Locator, type Page } from "@playwright/test";

/** A field found by its label, and the answer for it: text or a choice, or ticked (true) or not (false). */
export type Answer = readonly [label: string | RegExp, value: string | boolean, options?: { exact?: boolean }];

const field = (scope: Page | Locator, [label, , options]: Answer) => scope.getByLabel(label, options);

/** Answers each field as a person would: fills text and dates, chooses in a select, ticks or unticks a box. */
export async function fillAnswers(scope: Page | Locator, answers: readonly Answer[]) {
  for (const answer of answers) {
    const [, value] = answer;
    const input = field(scope, answer);
    if (typeof value === "boolean") await input.setChecked(value);
    else if ((await input.evaluate((element) => element.tagName)) === "SELECT") await input.selectOption(value);
    else await input.fill(value);
  }
}

/** Checks that every field still holds its answer. */
export async function expectAnswers(scope: Page | Locator, answers: readonly Answer[]) {
  for (const answer of answers) {
    const [, value] = answer;
    if (typeof value === "boolean") await expect(field(scope, answer)).toBeChecked({ checked: value });
    else await expect(field(scope, answer)).toHaveValue(value);
  }
}

/** The texts of a select's options, in order. */
export const optionTexts = (select: Locator) => select.locator("option").allTextContents();
