import { expect, test } from "@playwright/test";
import { signedInPage } from "./case-steps";
import { caseOf } from "./demo-data";
import { demoAccounts } from "./fixtures";

// Issue 17, item 6: told in the app of a case assigned, with the reference and a link.
test("a supervisor assigns a case; the investigator sees it in the header and on the notifications page, opens it, and marks it read", async ({ browser }) => {
  const target = caseOf((c) => c.assignedToEmail === null && !c.restricted && c.team === "PSD Team 2");
  const supervisor = await signedInPage(browser, demoAccounts.supervisor);
  await supervisor.goto(`/cases/${target.ref}`);
  const assign = supervisor.getByRole("form", { name: "Assign the case" });
  const select = assign.getByLabel("Investigator (open cases they hold)");
  const chris = await select.locator("option", { hasText: "Chris Okafor" }).getAttribute("value");
  await select.selectOption(chris!);
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(assign.getByRole("status")).toContainText("Assigned to Chris Okafor.");

  const investigator = await signedInPage(browser, "investigator2@demo.police.uk");
  const unread = investigator.getByRole("banner").getByRole("link", { name: /unread notifications?$/ });
  await expect(unread).toBeVisible();
  await unread.click();
  await expect(investigator.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const row = investigator.getByRole("row").filter({ hasText: target.ref });
  await expect(row).toContainText("A case was assigned to you");
  await expect(row).toContainText("Unread");

  await investigator.getByRole("button", { name: "Mark all as read" }).click();
  await expect(investigator.getByRole("status")).toContainText("marked as read");
  await expect(row).not.toContainText("Unread");
  await expect(investigator.getByRole("banner").getByRole("link", { name: /unread notification/ })).toHaveCount(0);

  await row.getByRole("link", { name: target.ref }).click();
  await expect(investigator.getByRole("heading", { level: 1, name: new RegExp(`^${target.ref}`) })).toBeVisible();
});
