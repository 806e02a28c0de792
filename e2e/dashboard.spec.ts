import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoAccounts, signedInApi, signInWithForm, tableRows } from "./fixtures";

/** Opens a chart's table view the way a keyboard user would, and returns the table. */
async function tableOf(page: Page, title: string): Promise<Locator> {
  const figure = page.getByRole("figure", { name: title });
  const summary = figure.locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  const table = figure.getByRole("table");
  await expect(table).toBeVisible();
  return table;
}

test("a senior officer reads the published 2018-2021 figures from the charts' tables, then filters", async ({ page, baseURL }) => {
  await signInWithForm(page, demoAccounts.senior_officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByText("Subject officers recorded", { exact: true })).toBeVisible();

  const years = await tableRows(await tableOf(page, "Recorded per year, by finding"));
  expect(Object.fromEntries(Object.entries(years).map(([year, cells]) => [year, cells.at(-1)]))).toEqual({
    "2018": "14",
    "2019": "16",
    "2020": "62",
    "2021": "92",
    Total: "184",
  });
  // The published findings are read from the totals row, not summed; cells below 5 are withheld.
  expect(years.Total).toEqual(["37", "57", "7", "83", "0", "184"]);
  expect(years["2018"]).toContain("[c]");

  const ranks = await tableRows(await tableOf(page, "By rank group"));
  expect(ranks).toMatchObject({ Constable: ["160"], Sergeant: ["12"], "Inspector and above": ["8"], "Not stated": ["4"], Total: ["184"] });

  // Issue 18: the part each officer had in a group chat of their case (the demo's 2021 group of 14).
  const parts = await tableRows(await tableOf(page, "By part in a group chat linked to the case"));
  expect(Object.keys(parts)).toEqual(expect.arrayContaining(["Not in a group chat recorded on the case", "Total"]));
  expect(Object.keys(parts).length).toBeGreaterThan(2);
  expect(parts.Total).toEqual(["184"]);

  const sanctions = await tableRows(await tableOf(page, "Sanctions of case-to-answer findings"));
  expect(sanctions).toMatchObject({
    "Dismissal with notice": ["1"],
    "Dismissal without notice": ["1"],
    "Final written warning": ["4"],
    "Management advice": ["5"],
    "Written warning": ["7"],
    "Would have been dismissed": ["3"],
    "Case to answer, no sanction recorded": ["16"],
    Total: ["37"],
  });

  await page.getByRole("combobox", { name: "Platform" }).selectOption("whatsapp");
  await page.getByRole("combobox", { name: "Device" }).selectOption("personal");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/platform=whatsapp/);
  await expect(page).toHaveURL(/device=personal/);

  const api = await signedInApi(baseURL!, demoAccounts.senior_officer);
  const stats = await (await api.get("/api/stats?dimension=year&from=2018&to=2021&platform=whatsapp&device=personal")).json();
  const filtered = await tableRows(await tableOf(page, "Recorded per year, by finding"));
  // Both are protected: wherever both show a year's figure, they agree.
  for (const y of ["2018", "2019", "2020", "2021"]) {
    const onPage = filtered[y]!.at(-1)!;
    const row = stats.rows.find((r: { year: string }) => r.year === y);
    const fromApi = row ? row.count : 0;
    if (onPage !== "[c]" && fromApi !== null) expect(Number(onPage), y).toBe(fromApi);
  }
  expect(stats.total).toBeLessThan(184);
  await expect(page.locator(".app-headline")).toContainText(String(stats.total));
});

test("every chart offers a CSV of its own numbers", async ({ page }) => {
  await signInWithForm(page, demoAccounts.senior_officer);
  await page.goto("/dashboard");
  const download = page.waitForEvent("download");
  await page
    .getByRole("figure", { name: "By rank group" })
    .getByRole("link", { name: /Download CSV/ })
    .click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  const [table, about] = Buffer.concat(text).toString("utf8").split("\r\n\r\n");
  expect(table).toBe("rank_group,subject_officers\r\nconstable,160\r\nsergeant,12\r\ninspector_and_above,8\r\nnot_stated,4");
  // Every export states its rule, period, as-at date and the time produced.
  for (const line of ["Period and filters,2018 to 2021", "Figures as at,", "Disclosure control,", "Produced,"]) expect(about).toContain(line);
});

test("the early-intervention panel is for supervisors only, with reasons and links to the cases", async ({ page, browser }) => {
  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/dashboard");
  const panel = page.getByRole("region", { name: "Early intervention" });
  await expect(panel.getByRole("cell", { name: /Named in \d+ allegations within twelve months/ }).first()).toBeVisible();
  await panel.getByRole("link", { name: /^PSD-/ }).first().click();
  await expect(page.getByRole("heading", { name: /Subject officers/ })).toBeVisible();

  const senior = await browser.newPage();
  await signInWithForm(senior, demoAccounts.senior_officer);
  await senior.goto("/dashboard");
  await expect(senior.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(senior.getByRole("region", { name: "Early intervention" })).toHaveCount(0);
  await senior.close();
});

test("a selection of fewer than 5 officers is refused with what to do, not drawn", async ({ page }) => {
  await signInWithForm(page, demoAccounts.senior_officer);
  await page.goto("/dashboard?from=2018&to=2018&rank_group=not_stated");
  await expect(page.getByRole("alert").filter({ hasText: "fewer than" })).toContainText("This selection holds fewer than 5 officers: widen it");
  await expect(page.getByRole("figure")).toHaveCount(0);
});

test("bad filters are explained, and an empty result says so", async ({ page }) => {
  await signInWithForm(page, demoAccounts.senior_officer);
  await page.goto("/dashboard?platform=myspace");
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("platform: unknown value 'myspace'");
  await page.goto("/dashboard?from=2000&to=2001");
  await expect(page.getByRole("heading", { name: "No subject officers match these filters" })).toBeVisible();
});
