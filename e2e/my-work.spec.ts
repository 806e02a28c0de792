import { expect, type Page, test } from "@playwright/test";
import { addDays, todayIso } from "@/lib/dates";
import { foiDeadline } from "@/lib/foi/working-days";
import { formatDate } from "@/lib/format";
import { expectNoSeriousViolations } from "./axe";
import { signedInPage } from "./case-steps";
import { demo, restrictedCase } from "./demo-data";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";
import { reportContent } from "./report-steps";
import { act } from "./server-actions";

// Issue 17, item 5: each role starts the day on its own work.

const today = todayIso();
type DemoCase = (typeof demo.cases)[number];
const isOpen = (c: DemoCase) => c.status !== "finalised" && c.status !== "withdrawn";
/** A case's force target date, none once it is closed. */
const dueOf = (c: DemoCase): string | null => c.stageDueOn ?? null;
const officerName = (serviceNumber: string) => demo.people.find((p) => p.serviceNumber === serviceNumber)!.name;

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

async function expectHome(page: Page) {
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your work" })).toBeVisible();
  await expect(page.getByText(`Today is ${formatDate(today)}.`)).toBeVisible();
}

test("an investigator starts on their overdue and due work, a new assignment and their cases, and never a restricted case", async ({ browser }) => {
  // A Team 1 case nobody holds (the last of them: the notifications journey takes a Team 2 one), assigned to Jo Clarke.
  const assigned = demo.cases.filter((c) => c.assignedToEmail === null && !c.restricted && c.team === "PSD Team 1" && isOpen(c)).at(-1)!;
  const supervisor = await signedInPage(browser, demoAccounts.supervisor);
  await supervisor.goto(`/cases/${assigned.ref}`);
  const assign = supervisor.getByRole("form", { name: "Assign the case" });
  const select = assign.getByLabel("Investigator (open cases they hold)");
  await select.selectOption((await select.locator("option", { hasText: "Jo Clarke" }).getAttribute("value"))!);
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(assign.getByRole("status")).toContainText("Assigned to Jo Clarke.");
  await supervisor.close();

  const page = await signedInPage(browser, demoAccounts.investigator);
  await expectHome(page);

  const mine = demo.cases.filter((c) => c.assignedToEmail === demoAccounts.investigator && !c.restricted && isOpen(c));
  const overdue = mine.filter((c) => (dueOf(c) ?? today) < today).sort((a, b) => dueOf(a)!.localeCompare(dueOf(b)!));
  expect(overdue.length).toBeGreaterThan(0);
  const oldest = overdue[0]!;
  const overdueRow = region(page, "Overdue").getByRole("row", { name: new RegExp(oldest.ref) });
  await expect(overdueRow).toContainText("Force target");
  await expect(overdueRow).toContainText(formatDate(dueOf(oldest)!));
  await expect(overdueRow).toContainText(/\d+ days? overdue/);
  const dueThisWeek = region(page, `Due by ${formatDate(addDays(today, 6))}`);
  const inWeek = mine.filter((c) => {
    const due = dueOf(c);
    return due !== null && due >= today && due < addDays(today, 7);
  });
  // Other journeys running beside this one record cases for Jo too, so the week may hold more
  // than the demo's: each demo case due this week is there, whatever else is.
  await expect(dueThisWeek.getByRole("heading", { level: 3 })).toBeVisible();
  for (const c of inWeek) await expect(dueThisWeek.getByRole("row", { name: new RegExp(c.ref) })).toBeVisible();

  await expect(region(page, "Your cases").getByRole("row", { name: new RegExp(oldest.ref) })).toContainText("Overdue");
  // The restricted demo case is Team 1's and assigned to Jo, yet without a grant it is nowhere on the page.
  expect(restrictedCase.assignedToEmail).toBe(demoAccounts.investigator);
  await expect(page.getByText(restrictedCase.ref)).toHaveCount(0);
  await expectNoSeriousViolations(page, "/ as an investigator");

  const newRow = region(page, "New assignments").getByRole("row", { name: new RegExp(assigned.ref) });
  await expect(newRow).toBeVisible();
  await newRow.getByRole("link", { name: assigned.ref }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${assigned.ref}`) })).toBeVisible();
});

test("a supervisor starts on decisions waiting, unassigned cases, restricted cases by reference only, and the report queue", async ({ browser, baseURL }) => {
  const staff = await signedInApi(baseURL!, demoAccounts.staff);
  const { ref: reportRef } = await act<{ ref: string }>(staff, "submitReportAction", {
    description: "A sergeant posted a joke about a victim in a team WhatsApp group",
    platform: "whatsapp",
  });
  await staff.dispose();

  const page = await signedInPage(browser, demoAccounts.supervisor);
  await expectHome(page);

  const atDecision = demo.cases.find((c) => !c.restricted && c.subjects.some((s) => s.stage === "decision"))!;
  const decisionRow = region(page, "Decisions waiting for you").getByRole("row", { name: new RegExp(atDecision.ref) });
  for (const subject of atDecision.subjects.filter((s) => s.stage === "decision")) await expect(decisionRow).toContainText(officerName(subject.serviceNumber));

  const unassignedRefs = demo.cases.filter((c) => c.assignedToEmail === null && !c.restricted && isOpen(c)).map((c) => c.ref);
  const unassignedRows = region(page, "Unassigned cases").getByRole("rowheader");
  await expect(unassignedRows.first()).toBeVisible();
  // A demo case listed is one nobody holds; a case another journey recorded meanwhile (not in the demo) may be listed too.
  const demoRefs = new Set(demo.cases.map((c) => c.ref));
  for (const ref of (await unassignedRows.allTextContents()).map((r) => r.trim())) {
    if (demoRefs.has(ref)) expect(unassignedRefs).toContain(ref);
  }

  const restrictedRow = region(page, "Restricted cases").getByRole("row", { name: new RegExp(restrictedCase.ref) });
  await expect(restrictedRow).toContainText(formatDate(restrictedCase.recordedOn));
  await expect(restrictedRow).toContainText("You have no access.");
  // By reference, recorded date and access only: not its summary, stage or officers.
  const main = page.getByRole("main");
  await expect(main).not.toContainText(restrictedCase.summary);
  for (const subject of restrictedCase.subjects) await expect(main).not.toContainText(officerName(subject.serviceNumber));

  const reportRow = region(page, "Report queue").getByRole("row", { name: new RegExp(reportRef) });
  await expect(reportRow).toContainText("WhatsApp");
  await expect(reportRow).toContainText("Received");
  await expect(reportRow).not.toContainText("sergeant posted");
  await expectNoSeriousViolations(page, "/ as a supervisor");

  await reportRow.getByRole("link", { name: reportRef }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report queue" })).toBeVisible();
  await page.goto("/");
  await region(page, "Decisions waiting for you").getByRole("link", { name: atDecision.ref }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${atDecision.ref}`) })).toBeVisible();
});

test("an FoI officer starts on the requests to answer, by deadline in working days (FOIA s.10)", async ({ page, baseURL }) => {
  const api = await signedInApi(baseURL!, demoAccounts.foi_officer);
  const { ref } = await act<{ ref: string }>(api, "createFoiRequestAction", { receivedOn: today, subject: "Social-media misconduct cases by platform, 2025" });
  await api.dispose();

  await signInWithForm(page, demoAccounts.foi_officer);
  await expectHome(page);
  const row = region(page, "Requests by deadline").getByRole("row", { name: new RegExp(ref) });
  await expect(row).toContainText("Social-media misconduct cases by platform, 2025");
  await expect(row).toContainText(formatDate(foiDeadline(today)));
  await expect(row).toContainText("20 working days left");
  await expectNoSeriousViolations(page, "/ as an FoI officer");
  await row.getByRole("link", { name: ref }).click();
  await expect(page.getByRole("heading", { level: 1, name: "FoI request log" })).toBeVisible();
});

test("staff start on their own reports and requests; their line manager on the requests waiting for them", async ({ page, browser, baseURL }) => {
  await signInWithForm(page, demoAccounts.staff);
  const reportRef = await reportContent(page, "Offensive comments about a protest group on a public Facebook post", "facebook");
  const api = await signedInApi(baseURL!, demoAccounts.staff);
  const { ref: requestRef } = await act<{ ref: string }>(api, "requestAppPermissionAction", {
    app: "telegram",
    purpose: "Contact with a witness who uses Telegram only",
    device: "Asset tag MP-300455",
    startsOn: today,
    requestedUntil: addDays(today, 14),
  });
  await api.dispose();

  await page.getByRole("link", { name: "Professional Standards Cases" }).click();
  await expectHome(page);
  await expect(region(page, "Your reports").getByRole("row", { name: new RegExp(reportRef) })).toContainText("Received");
  const requestRow = region(page, "Your app-permission requests").getByRole("row", { name: new RegExp(requestRef) });
  await expect(requestRow).toContainText("Waiting for a decision");
  await expect(requestRow).toContainText(`${formatDate(today)} to ${formatDate(addDays(today, 14))}`);
  await expect(page.getByRole("region", { name: "Requests waiting for your decision" })).toHaveCount(0);
  await expect(region(page, "Other parts of the system").getByRole("link", { name: "Report content" })).toBeVisible();
  await expectNoSeriousViolations(page, "/ as staff");
  await region(page, "Your reports").getByRole("link", { name: reportRef }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Your report ${reportRef}`) })).toBeVisible();

  const manager = await signedInPage(browser, "manager@demo.police.uk");
  await expect(region(manager, "Requests waiting for your decision").getByRole("row", { name: new RegExp(requestRef) })).toContainText("Dan Ellis");
});
