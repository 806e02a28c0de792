import { expect, test } from "@playwright/test";
import { pdfPageTexts } from "../tests/pdf-text";
import { signedInPage } from "./case-steps";
import { demo, teamOneCase, teamTwoCase } from "./demo-data";
import { demoAccounts, signedInApi } from "./fixtures";

// Issue 17, item 8: one PDF of a case, for those who may see it, marked and numbered on every page, audited.
test.describe.configure({ timeout: 120_000 });

test("an investigator downloads the case file of their team's case from the case page; each page is marked and numbered", async ({ browser }) => {
  const page = await signedInPage(browser, demoAccounts.investigator);
  await page.goto(`/cases/${teamOneCase.ref}`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Download the case file \(PDF\)/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`OFFICIAL-SENSITIVE-${teamOneCase.ref}-case-file.pdf`);
  const bytes = new Uint8Array(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)));
  const pages = await pdfPageTexts(bytes);
  const text = pages.join(" ");
  expect(text).toContain(`Case file ${teamOneCase.ref}`);
  for (const subject of teamOneCase.subjects) expect(text).toContain(demo.people.find((p) => p.serviceNumber === subject.serviceNumber)!.name);
  expect(text).toContain("Subject officers");
  expect(text).toContain("Evidence register");
  pages.forEach((pageText, i) => {
    expect(pageText.match(/OFFICIAL-SENSITIVE/g)?.length, `page ${i + 1}`).toBe(2);
    expect(pageText, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
  });
  await page.context().close();

  // The supervisor sees the download in the case's audit trail.
  const supervisor = await signedInPage(browser, demoAccounts.supervisor);
  await supervisor.goto(`/cases/${teamOneCase.ref}/audit?action=case.file_exported`);
  await expect(supervisor.getByRole("table").getByRole("row").filter({ hasText: "Case file produced as a PDF" }).first()).toContainText("investigator");
  await supervisor.context().close();
});

test("a case the investigator may not see has no case file: the same 404 as a case that does not exist", async ({ baseURL }) => {
  const api = await signedInApi(baseURL!, demoAccounts.investigator);
  const other = await api.get(`/api/cases/${teamTwoCase.ref}/file`);
  const none = await api.get("/api/cases/PSD-1999-9999/file");
  expect([other.status(), none.status()]).toEqual([404, 404]);
  expect(await other.text()).toBe(await none.text());
  await api.dispose();
});

test("the case list shows each case's subject officers and downloads as filtered, as CSV (issue 17, items 8 and 9)", async ({ browser }) => {
  const page = await signedInPage(browser, demoAccounts.supervisor);
  await page.goto("/cases?platform=whatsapp&year=2021");
  const table = page.getByRole("table");
  const first = demo.cases.find((c) => c.platform === "whatsapp" && c.recordedOn.startsWith("2021") && !c.restricted && c.subjects.length > 0)!;
  const officer = demo.people.find((p) => p.serviceNumber === first.subjects[0]!.serviceNumber)!.name;
  await expect(table.getByRole("row").filter({ hasText: first.ref })).toContainText(officer);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the matching cases as CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^OFFICIAL-SENSITIVE-cases-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = Buffer.concat(await (await download.createReadStream()).toArray())
    .toString("utf8")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("reference,status,overdue,recorded_on,stage_due_on,platform,channel,team,assigned_to,subject_count,subject_officers,summary");
  const rows = lines.slice(1);
  expect(rows.every((line) => /^PSD-2021-\d{4},/.test(line) && line.includes(",WhatsApp,"))).toBe(true);
  expect(rows.find((line) => line.startsWith(`${first.ref},`))).toContain(officer);
  await page.context().close();
});
