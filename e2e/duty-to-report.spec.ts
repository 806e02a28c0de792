import { expect, test } from "@playwright/test";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";
import { reportContent, sendReport } from "./report-steps";

test("a staff member reports in confidence, keeps a receipt, and only a supervisor sees who reported", async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const marker = `Racist memes in the relief WhatsApp group (${testInfo.project.name} ${Date.now()})`;
  await signInWithForm(page, demoAccounts.staff);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Report content" }).click();
  await page.getByRole("link", { name: "Report inappropriate content" }).click();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Check the highlighted fields");

  const ref = await sendReport(page, [
    ["What did you see?", marker],
    ["Where", "whatsapp"],
    ["Group or account name (optional)", "Relief B banter"],
    [/Keep my identity confidential/, true],
  ]);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download receipt" }).click();
  const receipt = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString("utf8");
  expect(receipt).toContain(`Reference: ${ref}`);
  expect(receipt).toMatch(/Received: .+ \(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
  expect(receipt).toMatch(/SHA-256\): [0-9a-f]{64}/);
  expect(receipt).toContain(marker);

  await page.goto("/reports");
  await expect(page.getByRole("row", { name: new RegExp(ref) })).toContainText("Received");

  const investigator = await browser.newPage();
  await signInWithForm(investigator, demoAccounts.investigator);
  await investigator.goto("/reports/queue");
  const seenByInvestigator = investigator.getByRole("row", { name: new RegExp(ref) });
  await expect(seenByInvestigator).toContainText("Confidential reporter");
  await expect(seenByInvestigator).not.toContainText("staff@demo.police.uk");
  expect(await seenByInvestigator.innerHTML()).not.toContain("staff@");
  await expect(seenByInvestigator.getByRole("button", { name: /Open a case/ })).toHaveCount(0);
  await investigator.close();

  const supervisor = await browser.newPage();
  await signInWithForm(supervisor, demoAccounts.supervisor);
  await supervisor.goto("/reports/queue");
  const seenBySupervisor = supervisor.getByRole("row", { name: new RegExp(ref) });
  await expect(seenBySupervisor).toContainText("staff@demo.police.uk");
  await seenBySupervisor.getByRole("button", { name: /Open a case/ }).click();
  await seenBySupervisor.getByRole("link", { name: /^PSD-/ }).click();
  await expect(supervisor.getByText(marker)).toBeVisible();
  await supervisor.close();

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(ref) })).toContainText("Being investigated");
  expect(await page.content()).not.toContain("PSD-2026-");
});

test("nobody can read another person's receipt", async ({ page, baseURL }) => {
  await signInWithForm(page, demoAccounts.staff);
  const ref = await reportContent(page, "Offensive comments on a public Facebook post", "facebook");

  const other = await signedInApi(baseURL!, demoAccounts.foi_officer);
  expect((await other.get(`/api/reports/${ref}/receipt`)).status()).toBe(404);
  expect((await other.get(`/reports/${ref}`)).status()).toBe(404);
});
