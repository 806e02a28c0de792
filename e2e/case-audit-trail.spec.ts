import { expect, test } from "@playwright/test";
import { signedInPage } from "./case-steps";
import { caseOf } from "./demo-data";
import { demoAccounts, signedInApi } from "./fixtures";

// Issue 17, item 7: the audit trail in words, with what changed, filtered, paged and exported (the export audited).
test.describe.configure({ timeout: 120_000 });

const audited = caseOf((c) => c.team === "PSD Team 1" && !c.restricted && c.subjects.length >= 3 && c.recordedOn.startsWith("2020"));

test("a supervisor reads a case's audit trail in words, filters it to one action and exports it as CSV", async ({ browser, baseURL }) => {
  const page = await signedInPage(browser, demoAccounts.supervisor);
  await page.goto(`/cases/${audited.ref}`);

  // A change to audit: the device, to whichever value it is not now (the journey may run again on the same server).
  await page.getByText("Correct the case details").click();
  const details = page.getByRole("form", { name: "Correct the case details" });
  const device = details.getByLabel("Device used");
  const fromLabel = (await device.locator("option:checked").textContent()) ?? "";
  await device.selectOption((await device.inputValue()) === "personal" ? "force_issued" : "personal");
  await details.getByRole("button", { name: "Save the corrected details" }).click();
  await expect(details.getByRole("status")).toContainText("Case details corrected (1 field)");
  const toLabel = (await device.locator("option:checked").textContent()) ?? "";

  // The case page shows the latest entries in words, old and new.
  await page.reload();
  const trail = page.getByRole("region", { name: "Audit trail" });
  const latestCorrection = trail.getByRole("row").filter({ hasText: "Case details corrected" }).first();
  await expect(latestCorrection).toContainText(`Device: ${fromLabel}`);
  await expect(latestCorrection).toContainText(toLabel);
  await expect(trail).not.toContainText("case.details_corrected");

  // The whole trail, filtered to one action.
  await trail.getByRole("link", { name: /See the whole audit trail/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Audit trail of ${audited.ref}` })).toBeVisible();
  await page.getByLabel("Action").selectOption({ label: "Case details corrected" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=case\.details_corrected/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Case viewed" })).toHaveCount(0);
  await expect(rows.filter({ hasText: "Case details corrected" }).first()).toContainText(toLabel);

  // A refused filter stays as written, with its problem beside it.
  await page.getByLabel("From").fill("2026-12-01");
  await page.getByLabel("To").fill("2026-11-01");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: "The last day must be on or after the first day" })).toBeVisible();
  await expect(page.getByLabel("To")).toHaveValue("2026-11-01");

  // The export, filtered as the page was, marked, and itself audited.
  const api = await signedInApi(baseURL!, demoAccounts.supervisor);
  const csv = await api.get(`/api/cases/${audited.ref}/audit?action=case.details_corrected`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["x-protective-marking"]).toBe("OFFICIAL-SENSITIVE");
  expect(csv.headers()["content-disposition"]).toContain(`OFFICIAL-SENSITIVE-${audited.ref}-audit-trail.csv`);
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("occurred_at,actor_name,actor_email,actor_role,action,what,changed");
  expect(lines.slice(1).every((line) => line.includes(",case.details_corrected,Case details corrected,"))).toBe(true);
  expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,/);
  expect(lines[1]).toContain(`Device: `);
  await api.dispose();
  await page.goto(`/cases/${audited.ref}/audit?action=case.audit_exported`);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Audit trail exported as CSV" }).first()).toBeVisible();
  await page.context().close();
});

test("an investigator may not read a case's audit trail, on the page or as CSV", async ({ browser, baseURL }) => {
  const page = await signedInPage(browser, demoAccounts.investigator);
  const response = await page.goto(`/cases/${audited.ref}/audit`);
  expect(response?.status()).toBe(403);
  const api = await signedInApi(baseURL!, demoAccounts.investigator);
  expect((await api.get(`/api/cases/${audited.ref}/audit`)).status()).toBe(403);
  await api.dispose();
  await page.context().close();
});
