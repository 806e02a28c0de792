/**
 * Issue 17, item 3: every form keeps every value after the server refuses it. Each test
 * fills one form completely, with one thing the server refuses, sends it, and checks that
 * every other answer (text, text areas, selects, dates, radios, checkboxes, files) is still
 * there. Where it helps, the corrected form is then sent again and accepted. Forms whose
 * input the server cannot refuse are refused the way they can be in use: by a session that
 * ended on the server while the page was open.
 */
import { expect, test, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { addDays, todayIso } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { sampleImportCsv } from "@/tests/import-sample";
import { expectNoSeriousViolations } from "./axe";
import { e2eAuthSecret } from "./constants";
import { demo, teamOneCase } from "./demo-data";
import { demoAccounts, signedInApi, signInAndOpen, signInWithForm } from "./fixtures";
import { type Answer, expectAnswers, fillAnswers } from "./form-answers";
import { act } from "./server-actions";

const problem = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

/** Answers a form, sends it with `button`, sees the server's refusal and every answer still in place. */
async function refusedAndKept(scope: Page | Locator, answers: readonly Answer[], button: string, refusal: string, confirm?: string) {
  await fillAnswers(scope, answers);
  await scope.getByRole("button", { name: button }).click();
  // A step checked before it is sent (issue 17, item 4) is refused only once confirmed.
  if (confirm) await scope.getByRole("button", { name: confirm }).click();
  await expect(problem("page" in scope ? scope.page() : scope)).toContainText(refusal);
  await expectAnswers(scope, answers);
}

const safeguardAnswers = ({ legalBasis, proportionality, dpiaRef }: typeof safeguards): Answer[] => [
  ["Legal basis", legalBasis],
  ["Proportionality", proportionality],
  ["Data-protection impact assessment reference", dpiaRef],
];

/**
 * The browser keeps a well-signed session cookie for a session that is no longer open on
 * the server: what a person has after the idle timeout, or after an administrator ended
 * their sessions, with the page still open. Only this browser context is affected.
 */
async function endSessionOnServer(context: BrowserContext, baseURL: string) {
  const value = await encode({ secret: e2eAuthSecret, maxAge: 3600, token: { uid: "0", role: "staff", sid: "ended-while-typing" } });
  await context.addCookies([{ name: "next-auth.session-token", value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

const safeguards = {
  legalBasis: "Police (Conduct) Regulations 2020; force vetting and integrity policy",
  proportionality: "Limited to messaging apps and public social-media accounts for one officer",
  dpiaRef: "DPIA-2026-014",
};

test("the report form keeps every answer, 'keep my identity confidential' included, and the corrected report is sent in confidence", async ({ page }) => {
  const seen = addDays(todayIso(), -2);
  await signInAndOpen(page, demoAccounts.staff, "/reports/new");
  const answers: Answer[] = [
    ["What did you see?", "Too short"],
    ["Where", "telegram"],
    ["Group or account name (optional)", "Night shift chat"],
    ["When (optional)", seen],
    ["Who was involved, if known (optional)", "Two officers of the night shift"],
    [/Keep my identity confidential/, true],
  ];
  await refusedAndKept(page, answers, "Send report", "Describe what you saw (at least 10 characters)");

  await page.getByLabel("What did you see?").fill("Jokes about a victim's injuries in the night shift's Telegram chat");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Your report RPT-\d{4}-\d{5}$/ })).toBeVisible();
  await expect(page.getByText("Identity: confidential (PSD supervisors only)")).toBeVisible();
  await expect(page.getByText(`When seen: ${formatDate(seen)}`)).toBeVisible();
});

test("the app-permission request keeps the app, the purpose, the phone and both dates", async ({ page }) => {
  const today = todayIso();
  await signInAndOpen(page, demoAccounts.staff, "/app-permissions");
  const answers: Answer[] = [
    ["App", "other", { exact: true }],
    ["If another app, which one", "Threema"],
    ["Business purpose", "A witness in a misconduct case will only talk through Threema"],
    ["Force phone", "Asset tag MP-300112"],
    ["From", addDays(today, 1)],
    ["Until", today],
  ];
  await refusedAndKept(page, answers, "Ask for permission", "The last day cannot be before the first");

  await page.getByLabel("Until").fill(addDays(today, 30));
  await page.getByRole("button", { name: "Ask for permission" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your request is" })).toContainText(/APP-\d{4}-\d{5}/);
});

test("the line manager's decision keeps 'Approve' and the expiry date; approved to start tomorrow, it is listed as not started, not lost from the register (item 11b)", async ({
  page,
  baseURL,
}) => {
  const today = todayIso();
  const staff = await signedInApi(baseURL!, demoAccounts.staff);
  const { ref } = await act<{ ref: string }>(staff, "requestAppPermissionAction", {
    app: "signal",
    purpose: "Liaison with a community group that organises on Signal",
    device: "Asset tag MP-300207",
    startsOn: addDays(today, 1),
    requestedUntil: addDays(today, 30),
  });

  await signInAndOpen(page, "manager@demo.police.uk", "/app-permissions");
  const request = page.getByRole("region", { name: new RegExp(ref) });
  await request.getByLabel("Approve").check();
  await request.getByLabel("If approving: expires on").fill(addDays(today, 1));
  await request.getByRole("button", { name: /Record decision/ }).click();
  await request.getByRole("button", { name: "Confirm the decision" }).click();
  await expect(request.getByRole("alert")).toContainText("The expiry date must be after today and after the first day asked for");
  await expect(request.getByLabel("Approve")).toBeChecked();
  await expect(request.getByLabel("If approving: expires on")).toHaveValue(addDays(today, 1));

  await request.getByLabel("If approving: expires on").fill(addDays(today, 31));
  await request.getByRole("button", { name: /Record decision/ }).click();
  await request.getByRole("button", { name: "Confirm the decision" }).click();
  await expect(request).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: `${ref} approved` })).toContainText("The requester is told");
  const upcoming = page.getByRole("table", { name: /approved and not started yet/ }).getByRole("row", { name: new RegExp(ref) });
  await expect(upcoming).toContainText(formatDate(addDays(today, 1)));
  await expect(upcoming).toContainText(formatDate(addDays(today, 30)));
  await expect(upcoming).toContainText("manager@demo.police.uk");
  await expect(page.getByRole("table", { name: /Permissions held today/ }).getByRole("row", { name: new RegExp(ref) })).toHaveCount(0);
  await expect(page.getByText(/held today; .* approved and not started yet\./)).toBeVisible();
  await expect(page.getByRole("table", { name: /decided or revoked lately/ }).getByRole("row", { name: new RegExp(ref) })).toContainText(
    `Approved, not started yet: first day ${formatDate(addDays(today, 1))}, last day ${formatDate(addDays(today, 30))}`,
  );
  await expectNoSeriousViolations(page, "/app-permissions with a permission not started yet");
});

test("revoking keeps the reason typed when it is refused", async ({ page, baseURL }) => {
  const today = todayIso();
  const staff = await signedInApi(baseURL!, demoAccounts.staff);
  const { ref } = await act<{ ref: string }>(staff, "requestAppPermissionAction", {
    app: "whatsapp",
    purpose: "Contact with witnesses who only use WhatsApp",
    device: "Asset tag MP-300318",
    startsOn: today,
    requestedUntil: addDays(today, 20),
  });
  await act(await signedInApi(baseURL!, demoAccounts.supervisor), "decideAppPermissionAction", { ref, decision: "approved", expiresOn: addDays(today, 21) });

  await signInAndOpen(page, demoAccounts.supervisor, "/app-permissions");
  const row = page.getByRole("table", { name: /Permissions held today/ }).getByRole("row", { name: new RegExp(ref) });
  await row.getByLabel(`Reason to revoke ${ref}`).fill("Too soon");
  await row.getByRole("button", { name: `Revoke ${ref}` }).click();
  await expect(row.getByRole("alert")).toContainText("Give the reason for revoking (at least 10 characters)");
  await expect(row.getByLabel(`Reason to revoke ${ref}`)).toHaveValue("Too soon");

  await row.getByLabel(`Reason to revoke ${ref}`).fill("The witness liaison ended early");
  await row.getByRole("button", { name: `Revoke ${ref}` }).click();
  await expect(row).toHaveCount(0);
});

test("the new-account form keeps the email, the name, the role chosen, the team and the password", async ({ page }, testInfo) => {
  const email = `kept.${testInfo.project.name}.${Date.now()}@demo.police.uk`;
  await signInAndOpen(page, demoAccounts.admin, "/admin/users");
  await refusedAndKept(
    page,
    [
      ["Email address", email],
      ["Full name", "Robin Kept"],
      // Reset, the role would have gone back to "staff" unseen: an account created with the wrong powers.
      ["Role", "supervisor"],
      ["Team (optional)", "PSD Team 3"],
      ["Initial password", "too short"],
    ],
    "Create account",
    "Check the highlighted fields",
  );
});

test("the role form keeps the role chosen when the administrator's session has ended", async ({ page, baseURL }) => {
  await signInAndOpen(page, demoAccounts.admin, "/admin/users");
  await page.getByRole("link", { name: demoAccounts.staff }).click();
  // The list has a "Role" field of its own (new accounts): wait for the account's page.
  await expect(page.getByRole("heading", { level: 1, name: demoAccounts.staff })).toBeVisible();
  const role = page.getByRole("combobox", { name: "Role" });
  await role.selectOption("investigator");
  await endSessionOnServer(page.context(), baseURL!);
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(problem(page)).toContainText("Your session has ended. Sign in again to continue.");
  await expect(role).toHaveValue("investigator");
});

test("the password reset keeps the new password when the policy refuses it", async ({ page }) => {
  await signInAndOpen(page, demoAccounts.admin, "/admin/users");
  await page.getByRole("link", { name: demoAccounts.foi_officer }).click();
  await expect(page.getByRole("heading", { level: 1, name: demoAccounts.foi_officer })).toBeVisible();
  await page.getByLabel("New password").fill("short one");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(problem(page)).toContainText("Check the highlighted fields");
  await expect(page.getByLabel("New password")).toHaveValue("short one");
});

test("the random draw keeps the population, the numbers, the seed and the safeguards", async ({ page }) => {
  await signInAndOpen(page, demoAccounts.supervisor, "/spot-checks/draw");
  await refusedAndKept(
    page,
    [
      ["Unit", "Central West BCU"],
      ["Rank group", "sergeant"],
      ["Role", "response", { exact: true }],
      ["Sample size", "0"],
      ["Leave out people checked in the last (months)", "6"],
      ["Seed (optional)", "kept-values"],
      ...safeguardAnswers(safeguards),
    ],
    "Draw the sample",
    "Give the sample size as a whole number from 1 to 500",
  );
});

test("the check with cause keeps the intelligence, the case and the safeguards", async ({ page }) => {
  await signInAndOpen(page, demoAccounts.supervisor, "/spot-checks/with-cause");
  await refusedAndKept(
    page,
    [
      ["Service number of the person to check", "no such!"],
      ["Intelligence", "A colleague reports racist memes posted from this officer's account"],
      ["Case reference", teamOneCase.ref],
      ...safeguardAnswers(safeguards),
    ],
    "Open the check",
    "Give the person's service number",
  );
});

test("the spot-check outcome keeps the outcome chosen, the findings, the date and the platform", async ({ page, baseURL }) => {
  const person = demo.people.find((p) => p.status === "serving")!;
  const { ref } = await act<{ ref: string }>(await signedInApi(baseURL!, demoAccounts.supervisor), "openWithCauseCheckAction", {
    serviceNumber: person.serviceNumber,
    causeIntelligence: "Intelligence of offensive posts from a personal account",
    ...safeguards,
  });
  const checked = addDays(todayIso(), -1);
  await signInAndOpen(page, demoAccounts.supervisor, `/spot-checks/${ref}`);
  await refusedAndKept(
    page,
    [
      ["Referral: a case is opened", true],
      ["Findings", "Offensive posts about a protest group on a personal Instagram account"],
      ["Date of the check", checked],
      ["Platform", "instagram"],
    ],
    "Record the outcome",
    "For a referral, say how the content was shared",
  );
});

test("the FoI request log keeps the date, the question, the exemptions ticked and the estimate", async ({ page }) => {
  await signInAndOpen(page, demoAccounts.foi_officer, "/statistics/requests");
  await refusedAndKept(
    page,
    [
      ["Date received", "2026-11-09"],
      ["What was asked", "Abc"],
      ["s.40(2) personal information", true],
      ["s.12 cost limit", true],
      ["Time estimate in hours (for s.12)", "20"],
    ],
    "Log request",
    "Describe what was asked (at least 5 characters)",
  );
  await expect(page.getByLabel("s.31 law enforcement")).not.toBeChecked();
});

test("an FoI request's update keeps the status and date when the session has ended, and goes through once signed in again", async ({ page, baseURL }) => {
  const api = await signedInApi(baseURL!, demoAccounts.foi_officer);
  const { ref } = await act<{ ref: string }>(api, "createFoiRequestAction", { receivedOn: "2026-11-16", subject: "Misconduct findings by rank in 2025" });
  await signInAndOpen(page, demoAccounts.foi_officer, "/statistics/requests");
  const row = page.getByRole("row", { name: new RegExp(ref) });
  await row.getByLabel("Status").selectOption("responded");
  await row.getByLabel("Responded on").fill("2026-11-30");
  await endSessionOnServer(page.context(), baseURL!);
  await row.getByRole("button", { name: `Update ${ref}` }).click();
  await expect(row.getByRole("status")).toContainText("Your session has ended. Sign in again to continue.");
  await expect(row.getByLabel("Status")).toHaveValue("responded");
  await expect(row.getByLabel("Responded on")).toHaveValue("2026-11-30");

  // Signed in again in another tab, the person sends what is still on the first.
  await signInWithForm(await page.context().newPage(), demoAccounts.foi_officer);
  await row.getByRole("button", { name: `Update ${ref}` }).click();
  await expect(row.getByRole("status")).toContainText(`${ref} updated.`);
  await expect(row).toContainText(`Responded, ${formatDate("2026-11-30")}`);
  await expect(row.getByLabel("Status")).toHaveValue("responded");
});

test("publishing a table keeps the title and the FoI reference typed", async ({ page }) => {
  await signInAndOpen(page, demoAccounts.supervisor, "/statistics?rows=year&cols=finding&from=2018&to=2021");
  await refusedAndKept(
    page,
    [
      ["Title", "Findings by year, 2018 to 2021, kept"],
      ["FoI request reference (optional)", "FOI-nope"],
    ],
    "Publish this table",
    "Give a request reference like",
    "Confirm and publish",
  );
});

test("the new case keeps its facts and its subject officers when the server refuses a service number", async ({ page }) => {
  const known = demo.people[0]!;
  await signInAndOpen(page, demoAccounts.supervisor, "/cases/new");
  const facts: Answer[] = [
    ["Summary", "Misogynistic memes shared in a relief's WhatsApp group"],
    ["Date of the incident (if known)", "2026-10-14"],
    ["How it came to notice", "colleague_report"],
    ["Platform", "whatsapp"],
    ["Channel", "group_chat"],
    ["Members of the group chat", "14"],
    ["Type of content", "sexual_or_misogynistic"],
    ["Device used", "personal"],
  ];
  const subject: Answer[] = [
    ["Service number", known.serviceNumber, { exact: true }],
    ["Full name", "Someone Else Entirely"],
    ["Rank at the time", "sergeant"],
    ["Allegation against this officer (optional)", "Posted two of the memes"],
  ];
  await fillAnswers(page, facts);
  await page.getByRole("button", { name: "Add a person not on record" }).click();
  await refusedAndKept(page, subject, "Record the case", `Service number ${known.serviceNumber} belongs to ${known.name}, not Someone Else Entirely`);
  await expectAnswers(page, [...facts, ["Date recorded", todayIso()]]);
});

test("a refused import keeps the file chosen, ready to send again once corrected", async ({ page }) => {
  await signInAndOpen(page, demoAccounts.supervisor, "/cases/import");
  const file = page.getByLabel("CSV file of historical records");
  await file.setInputFiles({
    name: "kept.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(sampleImportCsv({ rows: 4, year: 2013, bad: { row: 3, column: "rank", value: "Sargent" } })),
  });
  await page.getByRole("button", { name: "Import file" }).click();
  await expect(problem(page)).toContainText("Nothing was imported: 1 row has problems.");
  expect(await file.evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe("kept.csv");
});

test("a refused sign-in keeps the email address", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email address").fill("nobody.kept@demo.police.uk");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(problem(page)).toContainText("The email address or password is not right");
  await expect(page.getByLabel("Email address")).toHaveValue("nobody.kept@demo.police.uk");
});

test("dashboard filters from 2025 to 2019 stay as written, the problem beside the year and in the error summary (item 11a)", async ({ page }) => {
  await signInAndOpen(page, demoAccounts.senior_officer, "/dashboard");
  const filters = page.getByRole("form", { name: "Filters" });
  const answers: Answer[] = [
    ["From year", "2025"],
    ["To year", "2019"],
    ["Platform", "whatsapp"],
    ["Device", "personal"],
  ];
  await fillAnswers(filters, answers);
  await filters.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/from=2025&to=2019/);
  await expect(page).toHaveTitle(/^Error: Dashboard/);
  await expect(problem(page).getByRole("link", { name: "from must not be after to" })).toHaveAttribute("href", "#from");
  await expectAnswers(filters, answers);
  await expect(filters.getByLabel("From year")).toHaveAccessibleDescription(/from must not be after to/);
  await expect(page.getByRole("figure")).toHaveCount(0);
  await expectNoSeriousViolations(page, "/dashboard with refused filters");

  await filters.getByLabel("From year").fill("2019");
  await filters.getByLabel("To year").fill("2025");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveTitle(/^Dashboard/);
  await expect(filters.getByLabel("Platform")).toHaveValue("whatsapp");
  await expect(page.getByRole("figure").first()).toBeVisible();
});

test("case list filters stay as written when the year is refused, the problem beside it", async ({ page }) => {
  await signInAndOpen(page, demoAccounts.investigator, "/cases");
  const filters = page.getByRole("form", { name: "Find cases" });
  const answers: Answer[] = [
    ["Search", "group"],
    ["Platform", "whatsapp"],
    ["Year recorded", "20x5"],
    ["Overdue only", true],
  ];
  await fillAnswers(filters, answers);
  await filters.getByRole("button", { name: "Apply" }).click();

  await expect(problem(page).getByRole("link", { name: "Give a year like 2025" })).toHaveAttribute("href", "#year");
  await expectAnswers(filters, answers);
  await expect(filters.getByLabel("Year recorded")).toHaveAccessibleDescription(/Give a year like 2025/);
  await expectNoSeriousViolations(page, "/cases with a refused filter");
});

test("the statistics table's choices stay as written when refused, the problem beside the field", async ({ page }) => {
  await signInAndOpen(page, demoAccounts.foi_officer, "/statistics");
  const form = page.getByRole("form", { name: "Table" });
  await refusedAndKept(
    form,
    [
      ["Columns", "finding"],
      ["From year", "2022"],
      ["To year", "2019"],
      ["Platform", "facebook"],
    ],
    "Show table",
    "must not be after",
  );
  await expect(form.getByLabel("From year")).toHaveAccessibleDescription(/must not be after/);
});
