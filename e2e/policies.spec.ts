import { expect, test, type Page } from "@playwright/test";
import { addDays, todayIso } from "@/lib/dates";
import { formatDate, formatMonth } from "@/lib/format";
import { expectNoSeriousViolations } from "./axe";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";
import { fillAnswers } from "./form-answers";
import { callAction, serverActions } from "./server-actions";

const lineManager = "manager@demo.police.uk";

/** Asks for permission as the signed-in user and returns the new request's reference. */
async function askForPermission(page: Page, app: string, purpose: string, until: string) {
  await page.goto("/app-permissions");
  await page.getByLabel("App", { exact: true }).selectOption(app);
  await page.getByLabel("Business purpose").fill(purpose);
  await page.getByLabel("Force phone").fill("Force phone, asset tag MP-204417");
  await page.getByLabel("Until").fill(until);
  await page.getByRole("button", { name: "Ask for permission" }).click();
  const confirmation = page.getByRole("status").filter({ hasText: "Your request is" });
  await expect(confirmation).toBeVisible();
  return (await confirmation.textContent())!.match(/APP-\d{4}-\d{5}/)![0];
}

test("a staff member asks for WhatsApp, a supervisor approves it with an expiry, and the register lists the holder", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const today = todayIso();
  await signInWithForm(page, demoAccounts.staff);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "App permissions" }).click();
  await page.getByRole("button", { name: "Ask for permission" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Check the highlighted fields");
  const ref = await askForPermission(page, "whatsapp", "Arranging interviews with witnesses who only use WhatsApp", addDays(today, 90));
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(ref) })).toContainText("Waiting for a decision");
  await expect(page.getByRole("heading", { name: "Register: who holds permission now" })).toHaveCount(0);

  // Anyone may POST the decision; only the requester's line manager or a supervisor gets through.
  const investigator = await signedInApi(baseURL!, demoAccounts.investigator);
  const decide = serverActions().find((a) => a.name === "decideAppPermissionAction")!;
  const refused = await callAction(investigator, decide, { ref, decision: "approved", expiresOn: addDays(today, 30) });
  expect(refused.result?.error).toBe("Only the requester's line manager or a supervisor can decide this request.");

  // A context of its own: axe needs one, not a bare browser page.
  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  await signInWithForm(supervisor, demoAccounts.supervisor);
  await supervisor.goto("/app-permissions");
  const request = supervisor.getByRole("region", { name: new RegExp(ref) });
  await expect(request).toContainText("Arranging interviews with witnesses");
  await request.getByLabel("Approve").check();
  await request.getByLabel("If approving: expires on").fill(addDays(today, 60));
  await request.getByRole("button", { name: /Record decision/ }).click();
  await request.getByRole("button", { name: "Confirm the decision" }).click();
  const decided = supervisor.getByRole("table", { name: /decided or revoked lately/ }).getByRole("row", { name: new RegExp(ref) });
  await expect(decided).toContainText(`Approved, held now: last day ${formatDate(addDays(today, 59))}`);
  await expect(request).toHaveCount(0);

  const holder = supervisor.getByRole("table", { name: /Permissions held today/ }).getByRole("row", { name: new RegExp(ref) });
  await expect(holder).toContainText("Dan Ellis (staff@demo.police.uk)");
  await expect(holder).toContainText(formatDate(addDays(today, 59)));
  await expect(holder).toContainText("supervisor@demo.police.uk");
  await expect(supervisor.getByRole("table", { name: /last twelve months/ }).getByRole("row", { name: formatMonth(today.slice(0, 7)) })).toBeVisible();
  await expectNoSeriousViolations(supervisor, "/app-permissions as supervisor");
  await supervisorContext.close();

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(ref) })).toContainText(`Approved, held now: last day ${formatDate(addDays(today, 59))}`);
});

test("a line manager refuses a request and the requester sees the reason", async ({ page, browser }) => {
  await signInWithForm(page, demoAccounts.staff);
  const ref = await askForPermission(page, "telegram", "A community group for a neighbourhood ward uses Telegram", addDays(todayIso(), 30));

  const manager = await browser.newPage();
  await signInWithForm(manager, lineManager);
  await manager.goto("/app-permissions");
  const request = manager.getByRole("region", { name: new RegExp(ref) });
  await request.getByLabel("Refuse").check();
  const reason = "Use the force's own community messaging service for ward contacts";
  await request.getByLabel(/If refusing/).fill(reason);
  await request.getByRole("button", { name: /Record decision/ }).click();
  await request.getByRole("button", { name: "Confirm the decision" }).click();
  await expect(manager.getByRole("table", { name: /decided or revoked lately/ }).getByRole("row", { name: new RegExp(ref) })).toContainText(reason);
  await manager.close();

  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(ref) });
  await expect(row).toContainText("Refused");
  await expect(row).toContainText(reason);
});

test("a supervisor draws 10 from a unit with a seed, refers one to a case, and the re-run gives the same 10", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithForm(page, demoAccounts.supervisor);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Spot-checks" }).click();
  await page.getByRole("link", { name: "Draw a random sample" }).click();
  await fillAnswers(page, [
    ["Unit", "Central West BCU"],
    ["Sample size", "10"],
    ["Seed (optional)", "e2e-2026-central-west"],
    ["Legal basis", "Police (Conduct) Regulations 2020; force vetting and integrity policy"],
    ["Proportionality", "A small random sample; review limited to messaging apps and public social-media accounts"],
    ["Data-protection impact assessment reference", "DPIA-2026-014"],
  ]);
  await page.getByRole("button", { name: "Draw the sample" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /^Random draw DRW-\d{4}-\d{5}$/ })).toBeVisible();
  const drawUrl = page.url();
  const drawn = page.getByRole("table", { name: /The 10 people drawn/ });
  await expect(drawn.getByRole("row")).toHaveCount(11);
  const recorded = await drawn.locator("tbody tr td:first-of-type").allTextContents();
  expect(new Set(recorded).size).toBe(10);
  await expectNoSeriousViolations(page, "draw page");

  await drawn.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Spot-check SPC-/ })).toBeVisible();
  await expectNoSeriousViolations(page, "spot-check page");
  const findings = `Racist memes shared in a personal WhatsApp group (${Date.now()})`;
  await page.getByLabel("Referral: a case is opened").check();
  await page.getByLabel("Findings").fill(findings);
  await page.getByLabel("Platform").selectOption("whatsapp");
  await page.getByLabel("How it was shared").selectOption("group_chat");
  await page.getByRole("button", { name: "Record the outcome" }).click();
  // The page comes back with the outcome recorded and a link to the case it opened.
  const openCase = page.getByRole("region", { name: "Outcome" }).getByRole("link", { name: /^PSD-\d{4}-\d{4}$/ });
  await expect(openCase).toBeVisible();
  const caseRef = (await openCase.textContent())!.match(/PSD-\d{4}-\d{4}/)![0];
  await openCase.click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseRef}$`));
  await expect(page.getByText(findings).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /Subject officers/ })).toBeVisible();

  await page.goto(drawUrl);
  await page.getByRole("link", { name: "Re-run this draw" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Re-run of draw DRW-/ })).toBeVisible();
  await expect(page.getByText("Matches", { exact: true })).toHaveCount(2);
  const rerun = page.getByRole("table", { name: /Recorded and recomputed/ });
  expect(await rerun.locator("tbody tr td:nth-of-type(1)").allTextContents()).toEqual(recorded);
  expect(await rerun.locator("tbody tr td:nth-of-type(2)").allTextContents()).toEqual(recorded);
  await expectNoSeriousViolations(page, "re-run page");

  await page.goto("/spot-checks");
  const figures = page.getByRole("table", { name: /found something/ });
  await expect(figures.getByRole("row", { name: /^Random/ })).toBeVisible();
});
