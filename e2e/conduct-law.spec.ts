import { expect, test, type Browser, type Locator, type Page, type TestInfo } from "@playwright/test";
import { clockFor } from "../lib/conduct/clocks";
import { barredListReportDue, workingDayDue } from "../lib/conduct/rules";
import { todayIso } from "../lib/dates";
import { formatDate } from "../lib/format";
import {
  addUnrecordedSubjects,
  assessForInvestigation,
  completeWithCaseToAnswer,
  decideCaseToAnswer,
  fillCaseFacts,
  signedInPage,
  step,
  subjectCard,
  submitNewCase,
  uniqueId,
} from "./case-steps";
import { demoAccounts } from "./fixtures";
import { type Answer, optionTexts } from "./form-answers";

// The misconduct process as the regulations have it (issue 16), driven as the appropriate authority.
test.describe.configure({ timeout: 120_000 });

/** A one-officer case recorded through the intake form by the supervisor, on the page of that case. */
async function supervisorCaseFor(browser: Browser, testInfo: TestInfo, title: string, prefix: string, rank = "constable") {
  const id = uniqueId(testInfo.project.name);
  const officer = `${title} ${id}`;
  const page = await signedInPage(browser, demoAccounts.supervisor);
  await page.goto("/cases/new");
  await fillCaseFacts(page, {
    summary: `Offensive messages in a team WhatsApp group (${prefix}${id})`,
    members: "9",
    content: "discriminatory",
    device: "personal",
  });
  await addUnrecordedSubjects(page, [{ serviceNumber: `${prefix}${id}`, name: officer, rank }]);
  const ref = await submitNewCase(page);
  return { page, officer, ref };
}

/** From recorded to the appropriate authority's decision of a case to answer. */
async function throughToCaseToAnswer(page: Page, officer: string, severity: "misconduct" | "gross_misconduct", beforeDecision?: () => Promise<void>) {
  await assessForInvestigation(page, officer, severity, ["Equality and diversity"]);
  await completeWithCaseToAnswer(page, officer);
  if (beforeDecision) await beforeDecision();
  await decideCaseToAnswer(
    page,
    officer,
    severity === "gross_misconduct" ? "gross misconduct" : "misconduct",
    "The officer wrote the messages; a panel could find the conduct proved.",
  );
}

/** A misconduct hearing's outcome form, answered. */
const hearingOutcome = (found: string, outcome: string, heldOn: string, chair: string): Answer[] => [
  ["What the misconduct hearing found", found],
  [/^Outcome/, outcome],
  ["Date of the misconduct hearing", heldOn],
  // SI 2024/521: from 7 May 2024 the chief officer, or their delegate, chairs the hearing.
  ["Who chaired the hearing", chair],
];

/** The outcomes the outcome form offers once the hearing's finding is chosen. */
async function outcomesOffered(outcomeForm: Locator, findingLabel: string | RegExp, finding: string) {
  await outcomeForm.getByLabel(findingLabel).selectOption(finding);
  return optionTexts(outcomeForm.getByLabel(/^Outcome/));
}

test("2020 Sch 1 and SI 2017/1135 regs 3 and 12: an officer who resigned under investigation goes to a gross misconduct hearing and is found to have been dismissed; the barred-list report is due in 5 working days", async ({
  browser,
}, testInfo) => {
  const { page, officer, ref } = await supervisorCaseFor(browser, testInfo, "PC Resigned", "R");
  const today = todayIso();

  await throughToCaseToAnswer(page, officer, "gross_misconduct", async () => {
    // The officer resigns while under investigation: the advisory list report falls due (reg 12(1)).
    await subjectCard(page, officer).getByText(`Record that ${officer} resigned or retired`).click();
    await step(
      page,
      officer,
      "Record that the officer left",
      [
        ["How the officer left", "resigned"],
        ["Date the officer left", today],
      ],
      "advisory list report is due",
    );
    await expect(page.getByRole("region", { name: "Tasks" })).toContainText(`for the advisory list, due by ${formatDate(workingDayDue(today, 5))}`);
    await expect(subjectCard(page, officer).getByRole("heading", { level: 3 })).toContainText("Left the force");
  });

  // A former officer is never sent to a misconduct meeting (2020 reg 4(2), Schedule 1).
  const referForm = subjectCard(page, officer).getByRole("form", { name: /^Choose the proceedings/ });
  expect(await optionTexts(referForm.getByLabel("Proceedings"))).toEqual(["Choose", "Misconduct hearing", "Accelerated misconduct hearing"]);
  await step(
    page,
    officer,
    "Choose the proceedings",
    [
      ["Proceedings", "misconduct_hearing"],
      [/^Date the notice of referral/, today],
    ],
    "Referred to a misconduct hearing",
  );
  // 2020 reg 31(1): the officer's response is a clock on the case, like the list reports.
  await expect(page.getByRole("region", { name: "Tasks" })).toContainText(
    `response to the notice of referral is due by ${formatDate(clockFor("officer_response_to_referral").dueOn(today))}`,
  );

  // On gross misconduct the only outcome is "would have been dismissed" (Sch 1 para 1).
  const outcomeForm = subjectCard(page, officer).getByRole("form", { name: /^Record the outcome/ });
  expect(await outcomesOffered(outcomeForm, "What the misconduct hearing found", "gross_misconduct")).toEqual(["Choose", "Would have been dismissed"]);
  await step(
    page,
    officer,
    "Record the outcome",
    hearingOutcome("gross_misconduct", "would_have_been_dismissed", today, "chief_officer"),
    "A barred-list report task was created, due in 5 working days.",
  );
  await expect(page.getByRole("region", { name: "Tasks" })).toContainText(`for the barred list, due by ${formatDate(barredListReportDue(today))}`);
  await expect(subjectCard(page, officer)).toContainText("found: gross misconduct");
  expect(ref).toMatch(/^PSD-/);
});

test("2020 reg 42(3)(a) and (5): a misconduct hearing where a final written warning was in force offers reduction in rank and dismissal, and no further warning (reg 42(7))", async ({
  browser,
}, testInfo) => {
  const { page, officer } = await supervisorCaseFor(browser, testInfo, "PC Warned", "W");
  await throughToCaseToAnswer(page, officer, "misconduct");

  await step(
    page,
    officer,
    "Choose the proceedings",
    [
      ["Proceedings", "misconduct_hearing"],
      [/^Date the notice of referral/, todayIso()],
      ["A final written warning was in force on the date of the severity assessment", true],
    ],
    "Referred to a misconduct hearing",
  );
  await expect(subjectCard(page, officer)).toContainText("final written warning (recorded at referral)");

  const outcomeForm = subjectCard(page, officer).getByRole("form", { name: /^Record the outcome/ });
  expect(await outcomesOffered(outcomeForm, "What the misconduct hearing found", "misconduct")).toEqual([
    "Choose",
    "Reduction in rank",
    "Dismissal without notice",
    "No further action",
  ]);
  // On a finding of neither, only the reflective practice review process or nothing (reg 42(1)(b)).
  expect(await outcomesOffered(outcomeForm, "What the misconduct hearing found", "neither")).toEqual([
    "Choose",
    "Referred to the reflective practice review process",
    "No further action",
  ]);

  await step(
    page,
    officer,
    "Record the outcome",
    hearingOutcome("misconduct", "dismissal_without_notice", todayIso(), "senior_officer"),
    "Outcome recorded: dismissal without notice; finalised",
  );
  await expect(page.getByRole("region", { name: "Tasks" })).toContainText("for the barred list");
});

test("2020 reg 14 and Part 6: practice requiring improvement goes straight to the reflective practice review process, which is tracked to completion", async ({
  browser,
}, testInfo) => {
  const { page, officer, ref } = await supervisorCaseFor(browser, testInfo, "PC Reflective", "P");
  await step(page, officer, "Start the severity assessment", [], "Severity assessment started");

  const form = subjectCard(page, officer).getByRole("form", { name: /^Record the severity assessment/ });
  await form.getByLabel("Severity").selectOption("practice_requiring_improvement");
  // Only the routes reg 14 opens for practice requiring improvement: never an investigation.
  expect(await optionTexts(form.getByLabel("Where the matter goes next"))).toEqual([
    "Choose",
    "Refer to the reflective practice review process",
    "No further action",
  ]);
  await step(
    page,
    officer,
    "Record the severity assessment",
    [
      ["Where the matter goes next", "rprp"],
      ["Authority, respect and courtesy", true],
    ],
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
    [
      ["Date of the reflective practice discussion", today],
      ["Actions agreed", "Read the force's social media policy and discuss it with the line manager."],
      ["Date the process was completed", today],
    ],
    `Reflective practice review process completed on ${today}`,
  );
  await expect(subjectCard(page, officer)).toContainText(`Completed on ${formatDate(today)}`);
  await expect(subjectCard(page, officer).getByRole("form", { name: /^Record the reflective practice review completed/ })).toHaveCount(0);
  expect(ref).toMatch(/^PSD-/);
});

test("police staff: a member of staff's matter runs under the staff disciplinary policy, not the conduct regulations; a summary dismissal still raises the barred-list report", async ({
  browser,
}, testInfo) => {
  const { page, officer: member } = await supervisorCaseFor(browser, testInfo, "Staff Member", "S", "police_staff");
  await step(page, member, "Start the severity assessment", [], "Severity assessment started");

  const assessForm = subjectCard(page, member).getByRole("form", { name: /^Record the severity assessment/ });
  // Practice requiring improvement is the conduct regulations' (2020 reg 14): not offered for staff.
  expect(await optionTexts(assessForm.getByLabel("Severity"))).toEqual(["Choose", "No misconduct", "Misconduct", "Gross misconduct"]);
  await step(
    page,
    member,
    "Record the severity assessment",
    [
      ["Severity", "gross_misconduct"],
      ["Confidentiality", true],
    ],
    "investigation started",
  );
  // No reg 19 clock for staff: the Tasks section has nothing yet.
  await expect(page.getByRole("region", { name: "Tasks" })).toHaveCount(0);
  await completeWithCaseToAnswer(page, member);
  await decideCaseToAnswer(page, member, "gross misconduct", "She passed crime-scene photographs to a group outside the force.");
  const referForm = subjectCard(page, member).getByRole("form", { name: /^Choose the proceedings/ });
  expect(await optionTexts(referForm.getByLabel("Proceedings"))).toEqual(["Choose", "Disciplinary hearing (staff disciplinary policy)"]);
  await expect(referForm.getByLabel(/^Date the notice of referral/)).toHaveCount(0);
  await step(page, member, "Choose the proceedings", [["Proceedings", "staff_disciplinary_hearing"]], "Referred to a disciplinary hearing");

  const outcomeForm = subjectCard(page, member).getByRole("form", { name: /^Record the outcome/ });
  expect(await outcomesOffered(outcomeForm, /^What the disciplinary hearing/, "gross_misconduct")).toEqual([
    "Choose",
    "Final written warning (staff policy)",
    "Dismissal with notice (staff policy)",
    "Summary dismissal (staff policy)",
  ]);
  await step(
    page,
    member,
    "Record the outcome",
    [
      [/^Outcome/, "staff_summary_dismissal"],
      [/^Date of the disciplinary hearing/, todayIso()],
    ],
    "Outcome recorded: summary dismissal (staff policy)",
  );
  await expect(page.getByRole("region", { name: "Tasks" })).toContainText(`for the barred list, due by ${formatDate(barredListReportDue(todayIso()))}`);
});

test("Police Reform Act 2002 Sch 3 and SI 2020/2 reg 4(1)(a)(iv): discriminatory behaviour makes referral to the IOPC mandatory; the IOPC's mode is recorded", async ({
  browser,
}, testInfo) => {
  const { page } = await supervisorCaseFor(browser, testInfo, "PC Referred", "I");
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
