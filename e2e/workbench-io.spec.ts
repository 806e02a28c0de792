import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { sampleImportCsv } from "@/tests/import-sample";
import { teamOneCase } from "./demo-data";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";
import { reportContent } from "./report-steps";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const pngBytes = (marker: string) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(marker), Buffer.from([0x00, 0xff, 0x80])]);

test("an investigator uploads evidence to their case and downloads the same bytes; another team gets 404", async ({ page, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  const fileName = `screenshot-${testInfo.project.name}-${Date.now()}.png`;
  const content = pngBytes(fileName);
  await signInWithForm(page, demoAccounts.investigator);
  await page.goto(`/cases/${teamOneCase.ref}`);
  const register = page.getByRole("region", { name: "Evidence" });
  const input = register.getByLabel("Add a file");

  await input.setInputFiles({ name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(Math.round(14.2 * 1024 * 1024), 0x25) });
  await register.getByRole("button", { name: "Upload file" }).click();
  const alert = register.getByRole("alert");
  await expect(alert).toContainText("There is a problem");
  await expect(alert).toContainText("That file is 14.2 MB; the limit is 10 MB.");
  await expect(alert).toBeFocused();

  await input.setInputFiles({ name: "tool.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
  await register.getByRole("button", { name: "Upload file" }).click();
  await expect(alert).toContainText("Files of type .exe are not accepted: upload PDF, PNG, JPEG");

  // Named as a PDF, but the server reads the bytes.
  await input.setInputFiles({ name: "statement.pdf", mimeType: "application/pdf", buffer: content });
  await register.getByRole("button", { name: "Upload file" }).click();
  await expect(alert).toContainText("“statement.pdf” is named as a PDF document, but its contents are a PNG image.");

  await input.setInputFiles({ name: fileName, mimeType: "image/png", buffer: content });
  await register.getByLabel("What it is (optional)").fill("Screenshot of the group chat");
  await register.getByRole("button", { name: "Upload file" }).click();
  await expect(register.getByRole("status")).toContainText(`Uploaded ${fileName}. Its SHA-256 is ${sha256(content)}.`);
  const row = register.getByRole("row", { name: new RegExp(fileName) });
  await expect(row).toContainText(sha256(content));
  await expect(row).toContainText("Jo Clarke");

  const link = row.getByRole("link", { name: fileName });
  const download = page.waitForEvent("download");
  await link.click();
  const saved = Buffer.concat(await (await (await download).createReadStream()).toArray());
  expect(saved.equals(content)).toBe(true);

  const href = (await link.getAttribute("href"))!;
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-disposition"]).toContain(`attachment; filename="${fileName}"`);
  expect(response.headers()["x-evidence-sha256"]).toBe(sha256(content));
  // Issue 13, item 8: the download keeps its own sandboxing policy; the page policy never replaces it.
  const policy = response.headers()["content-security-policy"];
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("sandbox");
  expect(policy).not.toContain("script-src");
  expect(sha256(await response.body())).toBe(sha256(content));

  const otherTeam = await signedInApi(baseURL!, "investigator2@demo.police.uk");
  const refused = await otherTeam.get(href);
  const missing = await otherTeam.get(href.replace(teamOneCase.ref, "PSD-2026-9999"));
  expect(refused.status()).toBe(404);
  expect(missing.status()).toBe(404);
  expect(await refused.text()).toBe(await missing.text());
  const upload = await otherTeam.post(`/api/cases/${teamOneCase.ref}/evidence`, {
    multipart: { file: { name: "x.png", mimeType: "image/png", buffer: content } },
  });
  expect(upload.status()).toBe(404);
  await otherTeam.dispose();
});

test("a supervisor imports historical records: a bad row refuses the whole file, the fixed file goes in, and again adds nothing", async ({ page }) => {
  test.setTimeout(120_000);
  const year = 2015;
  const firstRef = `PSD-${year}-100000`;
  const bad = sampleImportCsv({ rows: 1000, year, bad: { row: 612, column: "rank", value: "Sargent" } });
  const good = sampleImportCsv({ rows: 1000, year });
  const choose = (csv: string) =>
    page.getByLabel("CSV file of historical records").setInputFiles({ name: "history.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  const importButton = page.getByRole("button", { name: "Import file" });

  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/cases/import");
  const template = await page.request.get("/api/cases/import/template");
  expect((await template.text()).startsWith("\uFEFFcase_ref,recorded_on,")).toBe(true);

  await choose(bad);
  await importButton.click();
  const alert = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(alert).toContainText("Nothing was imported: 1 row has problems.");
  await expect(alert).toContainText("Row 612, rank: “Sargent” is not a rank. Use one of: constable, sergeant,");
  await expect(alert).toBeFocused();
  expect((await page.request.get(`/cases/${firstRef}`)).status()).toBe(404);

  await choose(good);
  await importButton.click();
  const done = page.getByRole("status").filter({ hasText: "Import finished" });
  await expect(done).toContainText("1,000 rows read: 500 cases, 1,000 subject records and 1,000 officers added.");
  await expect(done).toBeFocused();
  expect((await page.request.get(`/cases/${firstRef}`)).status()).toBe(200);

  await choose(good);
  await importButton.click();
  await expect(done).toContainText("Nothing new: all 1,000 rows were already in the system, so nothing was added.");
  await expect(done).toContainText("This file was imported before");
  await expect(
    page
      .getByRole("table")
      .filter({ hasText: "Subject records added" })
      .getByRole("row", { name: /history\.csv/ }),
  ).toHaveCount(2);
});

test("a large import file is checked on a worker thread and goes in whole (issue 19, item 5)", async ({ page }) => {
  test.setTimeout(120_000);
  const year = 2014;
  // Over server/import-check.ts's WORKER_FROM_BYTES (512 KB), so the check runs off the server's thread.
  const large = sampleImportCsv({ rows: 4000, year });
  expect(Buffer.byteLength(large)).toBeGreaterThan(512 * 1024);
  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/cases/import");
  await page.getByLabel("CSV file of historical records").setInputFiles({ name: "worker-thread-import.csv", mimeType: "text/csv", buffer: Buffer.from(large) });
  await page.getByRole("button", { name: "Import file" }).click();
  // 4,000 rows checked and written: seconds on a quiet machine, more beside the rest of the suite.
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toContainText(
    "4,000 rows read: 2,000 cases, 4,000 subject records and 4,000 officers added.",
    { timeout: 60_000 },
  );
  expect((await page.request.get(`/cases/PSD-${year}-100000`)).status()).toBe(200);
});

test("a reporter attaches a screenshot to their report; the triager reads it, and the case opened from it holds the same bytes as evidence (issue 17, item 2)", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const fileName = `report-shot-${testInfo.project.name}-${Date.now()}.png`;
  const content = pngBytes(fileName);
  await signInWithForm(page, demoAccounts.staff);
  const ref = await reportContent(page, `A screenshot of the relief chat (${fileName})`, "whatsapp");

  const files = page.getByRole("region", { name: /^Files attached/ });
  await expect(files).toContainText("No files attached.");
  await files.getByLabel("Attach a screenshot or file").setInputFiles({ name: "notes.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
  await files.getByRole("button", { name: "Attach file" }).click();
  await expect(files.getByRole("alert")).toContainText("Files of type .exe are not accepted");
  await files.getByLabel("Attach a screenshot or file").setInputFiles({ name: fileName, mimeType: "image/png", buffer: content });
  await files.getByLabel("What it shows (optional)").fill("The message as posted");
  await files.getByRole("button", { name: "Attach file" }).click();
  await expect(files.getByRole("status")).toContainText(`Uploaded ${fileName}. Its SHA-256 is ${sha256(content)}.`);
  await expect(page.locator(".app-receipt")).toContainText(`- ${fileName}: ${sha256(content)}`);
  const href = (await files.getByRole("link", { name: fileName }).getAttribute("href"))!;

  const stranger = await signedInApi(baseURL!, demoAccounts.foi_officer);
  expect((await stranger.get(href)).status()).toBe(404);
  await stranger.dispose();

  const supervisor = await browser.newPage();
  await signInWithForm(supervisor, demoAccounts.supervisor);
  await supervisor.goto(`/reports/queue/${ref}`);
  const attached = supervisor.getByRole("region", { name: "Files attached (1)" });
  await expect(attached.getByRole("row", { name: new RegExp(fileName) })).toContainText(sha256(content));
  expect(sha256(await (await supervisor.request.get(href)).body())).toBe(sha256(content));

  await supervisor.goto("/reports/queue");
  const row = supervisor.getByRole("row", { name: new RegExp(ref) });
  await row.getByRole("button", { name: /Open a case/ }).click();
  await row.getByRole("link", { name: /^PSD-/ }).click();
  const evidenceRow = supervisor.getByRole("region", { name: "Evidence" }).getByRole("row", { name: new RegExp(fileName) });
  await expect(evidenceRow).toContainText(sha256(content));
  await expect(evidenceRow).toContainText(`From report ${ref}: The message as posted`);
  const caseHref = (await evidenceRow.getByRole("link", { name: fileName }).getAttribute("href"))!;
  expect(sha256(await (await supervisor.request.get(caseHref)).body())).toBe(sha256(content));
  await supervisor.close();

  // Dealt with, the report takes no more files, and says nothing of the case.
  await page.reload();
  await expect(files.getByLabel("Attach a screenshot or file")).toHaveCount(0);
  expect(await page.content()).not.toMatch(/PSD-\d{4}-\d{4,6}/);
});
