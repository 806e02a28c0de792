import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { signedInPage } from "./case-steps";
import { demoAccounts, signedInApi } from "./fixtures";
import { act } from "./server-actions";

/** A case of the supervisor's own making, so that assigning it disturbs no other journey. */
async function newCase(api: Awaited<ReturnType<typeof signedInApi>>, marker: string, serviceNumber: string) {
  const { ref } = await act<{ ref: string }>(api, "createCaseAction", {
    summary: `Offensive memes in a shift WhatsApp group ${marker}`,
    source: "colleague_report",
    platform: "whatsapp",
    channel: "group_chat",
    groupSize: "6",
    contentType: "discriminatory",
    matterType: "conduct_matter",
    device: "personal",
    incidentOn: "2026-11-10",
    recordedOn: "2026-11-12",
    subjects: JSON.stringify([{ serviceNumber, name: `Bulk Officer ${serviceNumber}`, rank: "constable", allegation: "" }]),
  });
  return ref;
}

test("a supervisor assigns several cases from the list at once, and saves the search that found them (issue 17, item 9)", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const marker = `bulkmark${testInfo.project.name}${Date.now()}`;
  const api = await signedInApi(baseURL!, demoAccounts.supervisor);
  const refs = [await newCase(api, marker, `BK${Date.now() % 1_000_000}1`), await newCase(api, marker, `BK${Date.now() % 1_000_000}2`)];
  await api.dispose();

  const page = await signedInPage(browser, demoAccounts.supervisor);
  await page.goto(`/cases?q=${marker}`);
  await expect(page.getByRole("status").filter({ hasText: "Showing 2 of 2 matching cases" })).toBeVisible();
  const assign = page.getByRole("form", { name: "Assign the ticked cases" });

  // Each option names the investigator and how many open cases they hold, which other journeys change.
  const joClarke = (await assign.locator("option", { hasText: "Jo Clarke" }).getAttribute("value"))!;
  await assign.getByLabel("Assign the ticked cases to").selectOption(joClarke);
  await assign.getByRole("button", { name: "Assign ticked cases" }).click();
  await expect(assign.getByRole("alert")).toContainText("Tick the cases to assign");
  // Refused, the form keeps the investigator chosen (issue 17, item 3).
  await expect(assign.getByLabel("Assign the ticked cases to")).toHaveValue(joClarke);

  for (const ref of refs) await page.getByRole("checkbox", { name: `Select ${ref}` }).check();
  await assign.getByRole("button", { name: "Assign ticked cases" }).click();
  await expect(assign.getByRole("status")).toContainText("2 cases assigned to Jo Clarke, who has been told.");
  for (const ref of refs) {
    await expect(page.getByRole("row", { name: new RegExp(ref) })).toContainText("Jo Clarke");
    await expect(page.getByRole("checkbox", { name: `Select ${ref}` })).not.toBeChecked();
  }
  await expectNoSeriousViolations(page, "the case list with tick boxes and a saved search form");

  const save = page.getByRole("form", { name: "Save this search" });
  await save.getByLabel("Save this search as").fill(`Memes ${marker}`);
  await save.getByRole("button", { name: "Save search" }).click();
  await expect(save.getByRole("status")).toContainText(`Saved as "Memes ${marker}".`);
  await save.getByLabel("Save this search as").fill(`memes ${marker}`);
  await save.getByRole("button", { name: "Save search" }).click();
  await expect(save.getByRole("alert")).toContainText(`You already have a search called "memes ${marker}".`);
  await expect(save.getByLabel("Save this search as")).toHaveValue(`memes ${marker}`);
  await page.goto("/cases");
  const saved = page.getByRole("navigation", { name: "Your saved searches" });
  await saved.getByRole("link", { name: `Memes ${marker}` }).click();
  await expect(page).toHaveURL(new RegExp(`q=${marker}`));
  await expect(page.getByRole("status").filter({ hasText: "Showing 2 of 2 matching cases" })).toBeVisible();
  await saved.getByRole("button", { name: `Delete Memes ${marker}` }).click();
  await expect(saved.getByRole("link", { name: `Memes ${marker}` })).toHaveCount(0);

  // The investigator was told of each.
  const investigator = await signedInPage(browser, demoAccounts.investigator);
  await investigator.goto("/notifications");
  for (const ref of refs) await expect(investigator.getByRole("main")).toContainText(ref);
  await investigator.context().close();
  await page.context().close();
});
