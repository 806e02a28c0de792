import ExcelJS from "exceljs";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { caseOf } from "./demo-data";
import { demoAccounts, signInWithForm, tableRows } from "./fixtures";


async function downloaded(page: Page, link: string): Promise<Buffer> {
  const event = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const download: Download = await event;
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

test("an FoI officer signs in and reads the published 2018-2021 figures", async ({ page }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Statistics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();

  const years = await tableRows(page.getByRole("table", { name: /Year recorded, recorded 2018 to 2021/ }));
  expect(years).toEqual({ "2018": ["14"], "2019": ["16"], "2020": ["62"], "2021": ["92"], Total: ["184"] });

  // The exact figures for small groups need disclosure control off, with a reason.
  await page.getByLabel("Rows").selectOption("rank_group");
  await page.getByRole("radio", { name: "Off" }).check();
  await page.getByLabel("Reason, if off").fill("Checking the published figures internally");
  await page.getByRole("button", { name: "Show table" }).click();
  const ranks = await tableRows(page.getByRole("table", { name: /Rank group/ }));
  expect(ranks).toMatchObject({ Constable: ["160"], Sergeant: ["12"], "Inspector and above": ["8"], "Not stated": ["4"], Total: ["184"] });

  for (const [finding, count] of [["finding", { "Case to answer": ["37"], "No case to answer": ["57"], Withdrawn: ["7"], "Not recorded": ["83"], "Ongoing (no finding yet)": ["0"] }]] as const) {
    await page.getByLabel("Rows").selectOption(finding);
    await page.getByRole("button", { name: "Show table" }).click();
    expect(await tableRows(page.getByRole("table", { name: /Finding/ }))).toMatchObject(count);
  }
});

test("disclosure control hides small counts, and switching it off needs a reason", async ({ page }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  await page.goto("/statistics?rows=rank_group&from=2018&to=2021");
  const ranks = await tableRows(page.getByRole("table", { name: /Rank group/ }));
  expect(ranks["Not stated"]).toEqual(["<5"]);
  expect(ranks["Inspector and above"]).toEqual(["<5"]);
  expect(ranks.Total).toEqual(["184"]);
  await expect(page.getByText("Disclosure control: counts from 1 to 4 are shown as <5")).toBeVisible();

  await page.goto("/statistics?rows=rank_group&control=off");
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Say why disclosure control is switched off");
  await expect(page.getByRole("table", { name: /Rank group/ })).toHaveCount(0);
});

test("an FoI officer answers a request: builds, exports, logs, publishes, and sees a later change flagged", async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  await signInWithForm(page, demoAccounts.foi_officer);
  await page.goto("/statistics");
  await page.getByLabel("Rows").selectOption("year");
  await page.getByLabel("Columns").selectOption("rank_group");
  await page.getByRole("button", { name: "Show table" }).click();
  const table = await tableRows(page.getByRole("table", { name: /Year recorded by rank group/ }));
  expect(table.Total!.at(-1)).toBe("184");
  expect(table["2018"]!.at(-1)).toBe("14");

  const csv = (await downloaded(page, "Download CSV")).toString("utf8");
  expect(csv.split("\r\n")[0]).toBe("year,rank_group,count");
  expect(csv).toContain("2021,constable,83");
  expect(csv).toContain("<5");
  expect(csv).toContain("Total,Total,184");
  expect(csv).toContain("Disclosure control: counts from 1 to 4 are shown as <5");

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await downloaded(page, "Download Excel")) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Table")!;
  expect(sheet.getRow(1).getCell(1).value).toBe("Year recorded \\ Rank group");
  const lastRow = sheet.getRow(sheet.rowCount);
  expect(lastRow.getCell(1).value).toBe("Total");
  expect(lastRow.getCell(lastRow.cellCount).value).toBe(184);
  const about = workbook.getWorksheet("About")!;
  const aboutText = about.getSheetValues().flat().join(" ");
  expect(aboutText).toContain("Disclosure control: counts from 1 to 4");
  expect(aboutText).toContain("2018 to 2021");

  await page.getByRole("link", { name: "FoI request log" }).click();
  await page.getByLabel("Date received").fill("2026-11-02");
  await page.getByLabel("What was asked").fill(`Officers investigated for social media misuse by finding (${testInfo.project.name})`);
  await page.getByLabel("s.40(2) personal information").check();
  await page.getByRole("button", { name: "Log request" }).click();
  const logged = page.getByRole("status").filter({ hasText: "Logged as" });
  await expect(logged).toContainText("The response is due by Monday, 30 November 2026");
  const foiRef = (await logged.textContent())!.match(/FOI-\d{4}-\d{5}/)![0];

  // The response: findings by year for 2022-2024 (later years than other tests read, so the change below disturbs none).
  await page.goto("/statistics?rows=year&cols=finding&from=2022&to=2024");
  await page.getByLabel("FoI request reference (optional)").fill(foiRef);
  await page.getByRole("button", { name: "Publish this table" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published as table" })).toBeVisible();
  await page.getByRole("link", { name: "Open the published table" }).click();
  await expect(page.getByText("Today's figures are the same as those published")).toBeVisible();
  const publishedUrl = page.url();

  const changed = caseOf((c) => c.recordedOn.startsWith("2023") && !c.restricted && c.subjects.length === 1 && c.subjects[0]!.finding === "no_case_to_answer");
  const supervisor = await browser.newPage();
  await signInWithForm(supervisor, demoAccounts.supervisor);
  await supervisor.goto(`/cases/${changed.ref}`);
  await supervisor.getByText(/^Correct the recorded finding for /).click();
  const form = supervisor.getByRole("form", { name: /^Finding for / });
  await form.getByLabel(/^Finding for /).selectOption("case_to_answer");
  await form.getByLabel("Rationale").fill("Review of the messages found the officer wrote them; the earlier decision was wrong.");
  await form.getByRole("button", { name: "Record finding" }).click();
  await expect(form.getByRole("status")).toContainText("Finding recorded.");
  await supervisor.close();

  await page.goto(publishedUrl);
  await expect(page.getByRole("status").filter({ hasText: "differ from what was published" })).toBeVisible();
  const flagged = await tableRows(page.getByRole("table", { name: /As published/ }));
  expect(flagged["2023"]!.some((cell) => /Changed: now \d+/.test(cell))).toBe(true);
});
