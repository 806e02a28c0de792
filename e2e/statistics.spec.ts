import ExcelJS from "exceljs";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { caseOf } from "./demo-data";
import { demoAccounts, signInWithForm, tableRows } from "./fixtures";

/** The screen's table as text, header row first: what the exports must match cell by cell. */
async function screenGrid(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    Array.from(element.querySelectorAll("tr")).map((row) => Array.from(row.querySelectorAll("th, td")).map((cell) => cell.textContent!.trim())),
  );
}

async function downloaded(page: Page, link: string): Promise<Buffer> {
  const event = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const download: Download = await event;
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

test("an FoI officer signs in and reads the published 2018-2021 figures", async ({ page }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  await expect(page.getByRole("heading", { level: 1, name: "Your work" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Statistics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();

  const years = await tableRows(page.getByRole("table", { name: /Year recorded, recorded 2018 to 2021/ }));
  expect(years).toEqual({ "2018": ["14"], "2019": ["16"], "2020": ["62"], "2021": ["92"], Total: ["184"] });

  // Disclosure control is on, and the published figures show exactly under it, the not-stated 4 included.
  await expect(page.getByRole("radio", { name: "Off" })).toHaveCount(0);
  await page.getByLabel("Rows").selectOption("rank_group");
  await page.getByRole("button", { name: "Show table" }).click();
  const ranks = await tableRows(page.getByRole("table", { name: /Rank group/ }));
  expect(ranks).toMatchObject({
    Constable: ["160"],
    Sergeant: ["12"],
    "Inspector and above": ["8"],
    "Police staff and PCSOs": ["0"],
    "Not stated": ["4"],
    Total: ["184"],
  });

  for (const [finding, count] of [
    ["finding", { "Case to answer": ["37"], "No case to answer": ["57"], Withdrawn: ["7"], "Not recorded": ["83"], "Ongoing (no finding yet)": ["0"] }],
  ] as const) {
    await page.getByLabel("Rows").selectOption(finding);
    await page.getByRole("button", { name: "Show table" }).click();
    expect(await tableRows(page.getByRole("table", { name: /Finding/ }))).toMatchObject(count);
  }
});

test("disclosure control withholds small counts as [c]; only a supervisor may switch it off, with a reason", async ({ page, browser }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  await page.goto("/statistics?rows=year&cols=rank_group&from=2018&to=2021");
  const table = await tableRows(page.getByRole("table", { name: /Year recorded by rank group/ }));
  // 2021 sergeants are 5, withheld beside smaller ones: the symbol says nothing about which rule hid a cell.
  expect(table["2021"]![1]).toBe("[c]");
  expect(table["2018"]![4]).toBe("[c]");
  expect(table.Total).toEqual(["160", "12", "8", "0", "4", "184"]);
  await expect(page.getByText("Disclosure control: [c] marks a figure withheld")).toBeVisible();

  await page.goto("/statistics?rows=rank_group&control=off&reason=Checking+the+published+figures");
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Only supervisors may switch disclosure control off");
  await page.goto("/statistics?rows=finding&asAt=2021-03-30");
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("As at must be the last day of a month");

  const supervisor = await browser.newPage();
  await signInWithForm(supervisor, demoAccounts.supervisor);
  await supervisor.goto("/statistics?rows=rank_group&control=off");
  await expect(supervisor.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Say why disclosure control is switched off");
  await expect(supervisor.getByRole("table", { name: /Rank group/ })).toHaveCount(0);
  await supervisor.goto("/statistics?rows=year&cols=rank_group&control=off&reason=Checking+the+published+figures");
  expect((await tableRows(supervisor.getByRole("table", { name: /Year recorded by rank group/ })))["2021"]![1]).toBe("5");
  await supervisor.close();
});

test("a group in which every officer shares one outcome is flagged before export: withhold it or record why", async ({ page }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  await page.goto("/statistics?rows=rank&cols=finding&from=2018&to=2021");
  const flags = page.getByRole("region", { name: /groups that all share one outcome/ });
  await expect(flags).toBeVisible();
  await expect(page.getByRole("link", { name: "Download Excel" })).toBeHidden();
  await flags.getByRole("button", { name: "Withhold these outcomes" }).click();
  await expect(page).toHaveURL(/attributes=withhold/);
  await expect(page.getByRole("link", { name: "Download Excel" })).toBeVisible();

  await page.goto("/statistics?rows=rank&cols=finding&from=2018&to=2021");
  await flags.getByLabel("Why publishing them is acceptable").fill("The outcome of that group was announced publicly at the time");
  await flags.getByRole("button", { name: "Record why and continue" }).click();
  await expect(flags).toContainText("Recorded as acceptable to publish");
  await expect(page.getByRole("link", { name: "Download Excel" })).toBeVisible();
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

  const screen = await screenGrid(page.getByRole("table", { name: /Year recorded by rank group/ }));

  const csv = (await downloaded(page, "Download long CSV")).toString("utf8");
  expect(csv.split("\r\n")[0]).toBe("year,rank_group,count");
  expect(csv).toContain("2021,constable,83");
  expect(csv).toContain("[c]");
  expect(csv).toContain("Total,Total,184");
  expect(csv).toContain("Disclosure control: [c] marks a figure withheld");
  // The wide CSV is the screen's table, line for line.
  const wide = (await downloaded(page, "Download CSV")).toString("utf8").split("\r\n\r\n")[0]!.split("\r\n");
  expect(wide.map((line) => line.split(","))).toEqual(screen);

  // The Excel table, read back cell by cell, is the screen's: [c] as text, every other figure a number.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await downloaded(page, "Download Excel")) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["Cover", "Notes", "Table_1"]);
  const sheet = workbook.getWorksheet("Table_1")!;
  const headerRow = 3;
  expect(sheet.rowCount).toBe(headerRow + screen.length - 1);
  screen.forEach((screenRow, i) => {
    const row = sheet.getRow(headerRow + i);
    screenRow.forEach((text, j) => {
      const value = row.getCell(j + 1).value;
      if (i === 0 || j === 0 || text === "[c]") expect(value, `row ${i} column ${j}`).toBe(text);
      else expect(value, `row ${i} column ${j}`).toBe(Number(text));
    });
  });
  const cover = workbook.getWorksheet("Cover")!.getSheetValues().flat().join(" ");
  expect(cover).toContain("Disclosure control: [c] marks a figure withheld");
  expect(cover).toContain("2018 to 2021");
  expect(cover).toMatch(/Produced \d{4}-\d{2}-\d{2}T/);

  await page.getByRole("link", { name: "FoI request log" }).click();
  await page.getByLabel("Date received").fill("2026-11-02");
  await page.getByLabel("What was asked").fill(`Officers investigated for social media misuse by finding (${testInfo.project.name})`);
  await page.getByLabel("s.40(2) personal information").check();
  await page.getByRole("button", { name: "Log request" }).click();
  const logged = page.getByRole("status").filter({ hasText: "Logged as" });
  await expect(logged).toContainText("The response is due by 30 November 2026.");
  const foiRef = (await logged.textContent())!.match(/FOI-\d{4}-\d{5}/)![0];

  // The response: findings by year for 2022-2024 (later years than other tests read, so the change below disturbs none).
  await page.goto("/statistics?rows=year&cols=finding&from=2022&to=2024");
  await page.getByLabel("FoI request reference (optional)").fill(foiRef);
  await page.getByRole("button", { name: "Publish this table" }).click();
  // Issue 17, item 4: the answers are checked before the table is published.
  await expect(page.locator(".app-check-answers")).toContainText(foiRef);
  await page.getByRole("button", { name: "Confirm and publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published as table" })).toBeVisible();
  await expect(page.getByText("OFFICIAL-SENSITIVE", { exact: true })).toHaveCount(2);
  await page.getByRole("link", { name: "Open the published table" }).click();
  await expect(page.getByText("Today's figures are the same as those published")).toBeVisible();
  // A response meant for publication carries no protective marking.
  await expect(page.getByText("OFFICIAL-SENSITIVE", { exact: true })).toHaveCount(0);
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
  expect(flagged["2023"]!.some((cell) => /Changed: now (\d+|\[c\])/.test(cell))).toBe(true);
});
