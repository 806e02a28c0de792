import { expect, test, type Browser, type Page } from "@playwright/test";
import { clockFor } from "../lib/conduct/clocks";
import { barredListReportDue, workingDayDue } from "../lib/conduct/rules";
import { todayIso } from "../lib/dates";
import { formatDate } from "../lib/format";
import { signedInPage, step, subjectCard } from "./case-steps";
import { demoAccounts } from "./fixtures";

// The misconduct process as the regulations have it (issue 16), driven as the appropriate authority.
test.describe.configure({ timeout: 120_000 });

const supervisorPage = (browser: Browser) => signedInPage(browser, demoAccounts.supervisor);

/** Records a one-officer case through the intake form and returns its reference. */
async function recordCase(page: Page, officer: string, serviceNumber: string, rank = "constable"): Promise<string> {
  await page.goto("/cases/new");
  await page.getByLabel("Summary").fill(`Offensive messages in a team WhatsApp group (${serviceNumber})`);
  await page.getByLabel("How it came to notice").selectOption("colleague_report");
  await page.getByLabel("Platform").selectOption("whatsapp");
  await page.getByLabel("Channel").selectOption("group_chat");
  await page.getByLabel("Members of the group chat").fill("9");
  await page.getByLabel("Type of content").selectOption("discriminatory");
  await page.getByLabel("Device used").selectOption("personal");
  await page.getByRole("button", { name: "Add a person not on record" }).click();
  await page.getByLabel("Service number").last().fill(serviceNumber);
  await page.getByLabel("Full name").last().fill(officer);
  await page.locator(`[id="subjects.0.rank"]`).selectOption(rank);
  await page.getByRole("button", { name: "Record the case" }).click();
  await expect(page).toHaveURL(/\/cases\/PSD-\d{4}-\d{4}$/);
  return page.url().split("/").pop()!;
}

/** From recorded to the appropriate authority's decision of a case to answer. */
async function throughToCaseToAnswer(page: Page, officer: string, severity: "misconduct" | "gross_misconduct", beforeDecision?: () => Promise<void>) {
  await step(page, officer, "Start the severity assessment", async () => {}, "Severity assessment started");
  await step(
    page,
    officer,
    "Record the severity assessment",
    async (form) => {
      await form.getByLabel("Severity").selectOption(severity);
      await form.getByLabel("Equality and diversity").check();
    },
    "investigation started",
  );
  await step(
    page,
    officer,
    "Complete the investigation",
    async (form) =>
      form
        .getByLabel("Investigator's recommendation")
        .selectOption("case_to_answer")
        .then(() => {}),
    "recommendation: case to answer",
  );
  if (beforeDecision) await beforeDecision();
  await step(
    page,
    officer,
    "Record the appropriate authority's decision",
    async (form) => {
      await form.getByLabel(`Case to answer for ${severity === "gross_misconduct" ? "gross misconduct" : "misconduct"}`, { exact: true }).check();
      await form.getByLabel(/^Bring misconduct proceedings/).check();
      await form.getByLabel("Rationale").fill("The officer wrote the messages; a panel could find the conduct proved.");
    },
    "Decision: case to answer",
  );
}

const unique = (project: string) => `${project.slice(0, 2).toUpperCase()}${Date.now().toString(36).toUpperCase()}`;

test("2020 Sch 1 and SI 2017/1135 regs 3 and 12: an officer who resigned under investigation goes to a gross misconduct hearing and is found to have been dismissed; the barred-list report is due in 5 working days", async ({
  browser,
}, testInfo) => {
  const id = unique(testInfo.project.name);
  const officer = `PC Resigned ${id}`;
  const page = await supervisorPage(browser);
  const ref = await recordCase(page, officer, `R${id}`);
  const today = todayIso();

  await throughToCaseToAnswer(page, officer, "gross_misconduct", async () => {
    // The officer resigns while under investigation: the advisory list report falls due (reg 12(1)).
    await subjectCard(page, officer).getByText(`Record that ${officer} resigned or retired`).click();
    await step(
      page,
      officer,
      "Record that the officer left",
      async (form) => {
        await form.getByLabel("How the officer left").selectOption("resigned");
        await form.getByLabel("Date the officer left").fill(today);
      },
      "advisory list report is due",
    );
    await expect(page.getByRole("region", { name: "Tasks" })).toContainText(`for the advisory list, due by ${formatDate(workingDayDue(today, 5))}`);
    await expect(subjectCard(page, officer).getByRole("heading", { level: 3 })).toContainText("Left the force");
  });

  // A former officer is never sent to a misconduct meeting (2020 reg 4(2), Schedule 1).
  const referForm = subjectCard(page, officer).getByRole("form", { name: /^Choose the proceedings/ });
  expect(await referForm.getByLabel("Proceedings").locator("option").allTextContents()).toEqual([
    "Choose",
    "Misconduct hearing",
    "Accelerated misconduct hearing",
  ]);
  await step(
    page,
    officer,
    "Choose the proceedings",
    async (form) => {
      await form.getByLabel("Proceedings").selectOption("misconduct_hearing");
      await form.getByLabel(/^Date the notice of referral/).fill(today);
    },
    "Referred to a misconduct hearing",
  );
  // 2020 reg 31(1): the officer's response is a clock on the case, like the list reports.
  await expect(page.getByRole("region", { name: "Tasks" })).toContainText(
    `response to the notice of referral is due by ${formatDate(clockFor("officer_response_to_referral").dueOn(today))}`,
  );

  // On gross misconduct the only outcome is "would have been dismissed" (Sch 1 para 1).
  const outcomeForm = subjectCard(page, officer).getByRole("form", { name: /^Record the outcome/ });
  await outcomeForm.getByLabel("What the misconduct hearing found").selectOption("gross_misconduct");
  expect(
    await outcomeForm
      .getByLabel(/^Outcome/)
      .locator("option")
      .allTextContents(),
  ).toEqual(["Choose", "Would have been dismissed"]);
  await step(
    page,
    officer,
    "Record the outcome",
    async (form) => {
      await form.getByLabel("What the misconduct hearing found").selectOption("gross_misconduct");
      await form.getByLabel(/^Outcome/).selectOption("would_have_been_dismissed");
      await form.getByLabel("Date of the misconduct hearing").fill(today);
      // SI 2024/521: from 7 May 2024 the chief officer, or their delegate, chairs the hearing.
      await form.getByLabel("Who chaired the hearing").selectOption("chief_officer");
    },
    "A barred-list report task was created, due in 5 working days.",
  );
  await expect(page.getByRole("region", { name: "Tasks" })).toContainText(`for the barred list, due by ${formatDate(barredListReportDue(today))}`);
  await expect(subjectCard(page, officer)).toContainText("found: gross misconduct");
  expect(ref).toMatch(/^PSD-/);
});

test("2020 reg 42(3)(a) and (5): a misconduct hearing where a final written warning was in force offers reduction in rank and dismissal, and no further warning (reg 42(7))", async ({
  browser,
}, testInfo) => {
  const id = unique(testInfo.project.name);
  const officer = `PC Warned ${id}`;
  const page = await supervisorPage(browser);
  await recordCase(page, officer, `W${id}`);
  await throughToCaseToAnswer(page, officer, "misconduct");

  await step(
    page,
    officer,
    "Choose the proceedings",
    async (form) => {
      await form.getByLabel("Proceedings").selectOption("misconduct_hearing");
      await form.getByLabel(/^Date the notice of referral/).fill(todayIso());
      await form.getByLabel("A final written warning was in force on the date of the severity assessment").check();
    },
    "Referred to a misconduct hearing",
  );
  await expect(subjectCard(page, officer)).toContainText("final written warning (recorded at referral)");

  const outcomeForm = subjectCard(page, officer).getByRole("form", { name: /^Record the outcome/ });
  await outcomeForm.getByLabel("What the misconduct hearing found").selectOption("misconduct");
  expect(
    await outcomeForm
      .getByLabel(/^Outcome/)
      .locator("option")
      .allTextContents(),
  ).toEqual(["Choose", "Reduction in rank", "Dismissal without notice", "No further action"]);
  // On a finding of neither, only the reflective practice review process or nothing (reg 42(1)(b)).
  await outcomeForm.getByLabel("What the misconduct hearing found").selectOption("neither");
  expect(
    await outcomeForm
      .getByLabel(/^Outcome/)
      .locator("option")
      .allTextContents(),
  ).toEqual(["Choose", "Referred to the reflective practice review process", "No further action"]);

  await step(
    page,
    officer,
    "Record the outcome",
    async (form) => {
      await form.getByLabel("What the misconduct hearing found").selectOption("misconduct");
      await form.getByLabel(/^Outcome/).selectOption("dismissal_without_notice");
      await form.getByLabel("Date of the misconduct hearing").fill(todayIso());
      await form.getByLabel("Who chaired the hearing").selectOption("senior_officer");
    },
    "Outcome recorded: dismissal without notice; finalised",
  );
  await expect(page.getByRole("region", { name: "Tasks" })).toContainText("for the barred list");
});

test("2020 reg 14 and Part 6: practice requiring improvement goes straight to the reflective practice review process, which is tracked to completion", async ({
  browser,
}, testInfo) => {
  const id = unique(testInfo.project.name);
  const officer = `PC Reflective ${id}`;
  const page = await supervisorPage(browser);
  const ref = await recordCase(page, officer, `P${id}`);
  await step(page, officer, "Start the severity assessment", async () => {}, "Severity assessment started");

  const form = subjectCard(page, officer).getByRole("form", { name: /^Record the severity assessment/ });
  await form.getByLabel("Severity").selectOption("practice_requiring_improvement");
  // Only the routes reg 14 opens for practice requiring improvement: never an investigation.
  expect(await form.getByLabel("Where the matter goes next").locator("option").allTextContents()).toEqual([
    "Choose",
    "Refer to the reflective practice review process",
    "No further action",
  ]);
  await step(
    page,
    officer,
    "Record the severity assessment",
    async (f) => {
      await f.getByLabel("Where the matter goes next").selectOption("rprp");
      await f.getByLabel("Authority, respect and courtesy").check();
    },
    "referred to the reflective practice review process",
  );
  const card = subjectCard(page, officer);
  await expect(card.getByRole("heading", { level: 3 })).toContainText("Finalised");
  await expect(card).toContainText("Referred to the reflective practice review process");
  await expect(card).toContainText("In progress");

  const today = todayIso();
  await step(
    page,
    officer,
    "Record the reflective practice review completed",
    async (f) => {
      await f.getByLabel("Date of the reflective practice discussion").fill(today);
      await f.getByLabel("Actions agreed").fill("Read the force's social media policy and discuss it with the line manager.");
      await f.getByLabel("Date the process was completed").fill(today);
    },
    `Reflective practice review process completed on ${today}`,
  );
  await expect(subjectCard(page, officer)).toContainText(`Completed on ${formatDate(today)}`);
  await expect(subjectCard(page, officer).getByRole("form", { name: /^Record the reflective practice review completed/ })).toHaveCount(0);
  expect(ref).toMatch(/^PSD-/);
});

test("police staff: a member of staff's matter runs under the staff disciplinary policy, not the conduct regulations; a summary dismissal still raises the barred-list report", async ({
  browser,
}, testInfo) => {
  const id = unique(testInfo.project.name);
  const member = `Staff Member ${id}`;
  const page = await supervisorPage(browser);
  await recordCase(page, member, `S${id}`, "police_staff");
  await step(page, member, "Start the severity assessment", async () => {}, "Severity assessment started");

  const assessForm = subjectCard(page, member).getByRole("form", { name: /^Record the severity assessment/ });
  // Practice requiring improvement is the conduct regulations' (2020 reg 14): not offered for staff.
  expect(await assessForm.getByLabel("Severity").locator("option").allTextContents()).toEqual(["Choose", "No misconduct", "Misconduct", "Gross misconduct"]);
  await step(
    page,
    member,
    "Record the severity assessment",
    async (form) => {
      await form.getByLabel("Severity").selectOption("gross_misconduct");
      await form.getByLabel("Confidentiality").check();
    },
    "investigation started",
  );
  // No reg 19 clock for staff: the Tasks section has nothing yet.
  await expect(page.getByRole("region", { name: "Tasks" })).toHaveCount(0);
  await step(
    page,
    member,
    "Complete the investigation",
    async (form) => {
      await form.getByLabel("Investigator's recommendation").selectOption("case_to_answer");
    },
    "recommendation: case to answer",
  );
  await step(
    page,
    member,
    "Record the appropriate authority's decision",
    async (form) => {
      await form.getByLabel("Case to answer for gross misconduct", { exact: true }).check();
      await form.getByLabel(/^Bring misconduct proceedings/).check();
      await form.getByLabel("Rationale").fill("She passed crime-scene photographs to a group outside the force.");
    },
    "Decision: case to answer",
  );
  const referForm = subjectCard(page, member).getByRole("form", { name: /^Choose the proceedings/ });
  expect(await referForm.getByLabel("Proceedings").locator("option").allTextContents()).toEqual(["Choose", "Disciplinary hearing (staff disciplinary policy)"]);
  await expect(referForm.getByLabel(/^Date the notice of referral/)).toHaveCount(0);
  await step(
    page,
    member,
    "Choose the proceedings",
    async (form) => {
      await form.getByLabel("Proceedings").selectOption("staff_disciplinary_hearing");
    },
    "Referred to a disciplinary hearing",
  );

  const outcomeForm = subjectCard(page, member).getByRole("form", { name: /^Record the outcome/ });
  await outcomeForm.getByLabel(/^What the disciplinary hearing/).selectOption("gross_misconduct");
  expect(
    await outcomeForm
      .getByLabel(/^Outcome/)
      .locator("option")
      .allTextContents(),
  ).toEqual(["Choose", "Final written warning (staff policy)", "Dismissal with notice (staff policy)", "Summary dismissal (staff policy)"]);
  await step(
    page,
    member,
    "Record the outcome",
    async (form) => {
      await form.getByLabel(/^Outcome/).selectOption("staff_summary_dismissal");
      await form.getByLabel(/^Date of the disciplinary hearing/).fill(todayIso());
    },
    "Outcome recorded: summary dismissal (staff policy)",
  );
  await expect(page.getByRole("region", { name: "Tasks" })).toContainText(`for the barred list, due by ${formatDate(barredListReportDue(todayIso()))}`);
});

test("Police Reform Act 2002 Sch 3 and SI 2020/2 reg 4(1)(a)(iv): discriminatory behaviour makes referral to the IOPC mandatory; the IOPC's mode is recorded", async ({
  browser,
}, testInfo) => {
  const id = unique(testInfo.project.name);
  const officer = `PC Referred ${id}`;
  const page = await supervisorPage(browser);
  await recordCase(page, officer, `I${id}`);
  const section = page.getByRole("region", { name: "IOPC referral" });
  await expect(section).toContainText("No decision on referral to the IOPC is recorded yet.");
  await section.getByText("Decide whether to refer to the IOPC").click();
  const form = section.getByRole("form", { name: "Decide whether to refer to the IOPC" });
  await expect(form.getByLabel("Type of matter")).toHaveValue("conduct_matter");
  await form.getByLabel(/aggravated by discriminatory behaviour/).check();
  await form.getByLabel("Rationale").fill("Racist memes shared by serving officers in a team group chat.");
  await form.getByRole("button", { name: "Record the referral decision" }).click();
  await expect(form.getByRole("alert")).toContainText("must be referred to the IOPC");
  // What was typed and ticked is still there after the refusal.
  await expect(form.getByLabel(/aggravated by discriminatory behaviour/)).toBeChecked();
  await expect(form.getByLabel("Rationale")).toHaveValue("Racist memes shared by serving officers in a team group chat.");

  const today = todayIso();
  await form.getByLabel("Refer the matter to the IOPC").check();
  await form.getByLabel("Date referred (if referred)").fill(today);
  await form.getByRole("button", { name: "Record the referral decision" }).click();
  await expect(form.getByRole("status")).toContainText("referred to the IOPC");
  await expect(section).toContainText(`Referred on ${formatDate(today)}`);
  await expect(section).toContainText("referral was mandatory");

  const modeForm = section.getByRole("form", { name: "Record the IOPC's decision" });
  await modeForm.getByLabel("What the IOPC decided").selectOption("directed");
  await modeForm.getByLabel("Date of the IOPC's decision").fill(today);
  await modeForm.getByRole("button", { name: "Record the IOPC's decision" }).click();
  await expect(section).toContainText(`Directed investigation (the force investigates under the IOPC's direction) (${formatDate(today)})`);
});
