import { expect, type Page } from "@playwright/test";
import { type Answer, fillAnswers } from "./form-answers";

/** Answers the report form, sends it and returns the reference of the report its receipt page shows. */
export async function sendReport(page: Page, answers: readonly Answer[]): Promise<string> {
  await fillAnswers(page, answers);
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Your report RPT-\d{4}-\d{5}$/ })).toBeVisible();
  return (await page.getByRole("heading", { level: 1 }).textContent())!.match(/RPT-\d{4}-\d{5}/)![0];
}

/** Opens the report form as the person signed in on `page` and reports what was seen, and where. */
export async function reportContent(page: Page, what: string, where: string): Promise<string> {
  await page.goto("/reports/new");
  return sendReport(page, [
    ["What did you see?", what],
    ["Where", where],
  ]);
}
