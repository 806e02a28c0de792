import { expect, test } from "@playwright/test";
import { addUnrecordedSubjects, fillCaseFacts, signedInPage, step, subjectCard, submitNewCase, uniqueId } from "./case-steps";
import { demoAccounts } from "./fixtures";

// Issue 17, item 1: a case is not fixed at intake. Subjects are added and removed, and the
// details corrected, each version-checked and audited.
test.describe.configure({ timeout: 120_000 });

test("an investigator corrects a case after intake: the details, a subject added, one added in error removed", async ({ browser }, testInfo) => {
  const id = uniqueId(testInfo.project.name);
  const [first, wrong, late] = [`PC First ${id}`, `PC Wrong ${id}`, `PS Late ${id}`];
  const page = await signedInPage(browser, demoAccounts.investigator);
  await page.goto("/cases/new");
  await fillCaseFacts(page, { summary: `A colleague's report of images in a team chat (${id})`, members: "7", content: "other", device: "not_known" });
  await addUnrecordedSubjects(
    page,
    [first, wrong].map((name, index) => ({ serviceNumber: `C${index}${id}`.slice(0, 20), name, rank: "constable" })),
  );
  await submitNewCase(page);

  // The details as known later: the content and the device.
  await page.getByText("Correct the case details").click();
  const details = page.getByRole("form", { name: "Correct the case details" });
  await details.getByLabel("Type of content").selectOption("discriminatory");
  await details.getByLabel("Device used").selectOption("personal");
  await details.getByRole("button", { name: "Save the corrected details" }).click();
  await expect(details.getByRole("status")).toContainText("Case details corrected (2 fields)");
  const contentRow = page.locator(".govuk-summary-list__row").filter({ has: page.getByText("Content", { exact: true }) });
  await expect(contentRow).toContainText("Discriminatory");

  // A subject added after intake starts at the recorded stage.
  await page.getByText("Add a subject officer").click();
  const add = page.getByRole("form", { name: "Add a subject officer" });
  await add.getByLabel("Service number").fill(`L${id}`.slice(0, 20));
  await add.getByLabel("Full name").fill(late);
  await add.getByLabel("Rank at the time").selectOption("sergeant");
  await add.getByRole("button", { name: "Add the subject officer" }).click();
  await expect(add.getByRole("status")).toContainText(`${late} added as a subject officer`);
  await expect(subjectCard(page, late).getByRole("heading", { level: 3 })).toContainText("Recorded");
  await step(page, late, "Start the severity assessment", [], "Severity assessment started");

  // One added in error is taken off, with the reason; a refusal keeps what was typed.
  await subjectCard(page, wrong).getByText(`Remove ${wrong} from this case (added in error)`).click();
  const remove = subjectCard(page, wrong).getByRole("form", { name: `Remove ${wrong} from the case` });
  await remove.getByLabel("Why they should not be on this case").fill("Wrong");
  await remove.getByRole("button", { name: `Remove ${wrong} from the case` }).click();
  await expect(remove.getByRole("alert")).toContainText("at least 10 characters");
  await expect(remove.getByLabel("Why they should not be on this case")).toHaveValue("Wrong");
  await remove.getByLabel("Why they should not be on this case").fill("Wrong officer: the service number was mistyped at intake.");
  await remove.getByRole("button", { name: `Remove ${wrong} from the case` }).click();
  await expect(subjectCard(page, wrong)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Subject officers (2)" })).toBeVisible();
  await expect(subjectCard(page, first)).toBeVisible();
});
