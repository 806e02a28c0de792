/**
 * Issue 17, item 3: every form keeps every value after the server refuses it. Each test
 * fills one form completely, with one thing the server refuses, sends it, and checks that
 * every other answer (text, text areas, selects, dates, radios, checkboxes, files) is still
 * there. Where it helps, the corrected form is then sent again and accepted. Forms whose
 * input the server cannot refuse are refused the way they can be in use: by a session that
 * ended on the server while the page was open.
 */
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { addDays, todayIso } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { sampleImportCsv } from "@/tests/import-sample";
import { expectNoSeriousViolations } from "./axe";
import { e2eAuthSecret } from "./constants";
import { demo, teamOneCase } from "./demo-data";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";
import { callAction, serverActions } from "./server-actions";

const problem = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

/** Calls a server action as the API client would, and returns its data. */
async function act<T>(api: APIRequestContext, name: string, fields: Record<string, string>): Promise<T> {
  const action = serverActions().find((a) => a.name === name)!;
  const { result } = await callAction(api, action, fields);
  expect(result?.ok, `${name}: ${result?.error}`).toBe(true);
  return result!.data as T;
}

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
  await signInWithForm(page, demoAccounts.staff);
  await page.goto("/reports/new");
  await page.getByLabel("What did you see?").fill("Too short");
  await page.getByLabel("Where").selectOption("telegram");
  await page.getByLabel("Group or account name (optional)").fill("Night shift chat");
  await page.getByLabel("When (optional)").fill(seen);
  await page.getByLabel("Who was involved, if known (optional)").fill("Two officers of the night shift");
  await page.getByLabel(/Keep my identity confidential/).check();
  await page.getByRole("button", { name: "Send report" }).click();

  await expect(problem(page)).toContainText("Describe what you saw (at least 10 characters)");
  await expect(page.getByLabel("What did you see?")).toHaveValue("Too short");
  await expect(page.getByLabel("Where")).toHaveValue("telegram");
  await expect(page.getByLabel("Group or account name (optional)")).toHaveValue("Night shift chat");
  await expect(page.getByLabel("When (optional)")).toHaveValue(seen);
  await expect(page.getByLabel("Who was involved, if known (optional)")).toHaveValue("Two officers of the night shift");
  await expect(page.getByLabel(/Keep my identity confidential/)).toBeChecked();

  await page.getByLabel("What did you see?").fill("Jokes about a victim's injuries in the night shift's Telegram chat");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Your report RPT-\d{4}-\d{5}$/ })).toBeVisible();
  await expect(page.getByText("Identity: confidential (PSD supervisors only)")).toBeVisible();
  await expect(page.getByText(`When seen: ${formatDate(seen)}`)).toBeVisible();
});

test("the app-permission request keeps the app, the purpose, the phone and both dates", async ({ page }) => {
  const today = todayIso();
  await signInWithForm(page, demoAccounts.staff);
  await page.goto("/app-permissions");
  await page.getByLabel("App", { exact: true }).selectOption("other");
  await page.getByLabel("If another app, which one").fill("Threema");
  await page.getByLabel("Business purpose").fill("A witness in a misconduct case will only talk through Threema");
  await page.getByLabel("Force phone").fill("Asset tag MP-300112");
  await page.getByLabel("From").fill(addDays(today, 1));
  await page.getByLabel("Until").fill(today);
  await page.getByRole("button", { name: "Ask for permission" }).click();

  await expect(problem(page)).toContainText("The last day cannot be before the first");
  await expect(page.getByLabel("App", { exact: true })).toHaveValue("other");
  await expect(page.getByLabel("If another app, which one")).toHaveValue("Threema");
  await expect(page.getByLabel("Business purpose")).toHaveValue("A witness in a misconduct case will only talk through Threema");
  await expect(page.getByLabel("Force phone")).toHaveValue("Asset tag MP-300112");
  await expect(page.getByLabel("From")).toHaveValue(addDays(today, 1));
  await expect(page.getByLabel("Until")).toHaveValue(today);

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

  await signInWithForm(page, "manager@demo.police.uk");
  await page.goto("/app-permissions");
  const request = page.getByRole("region", { name: new RegExp(ref) });
  await request.getByLabel("Approve").check();
  await request.getByLabel("If approving: expires on").fill(addDays(today, 1));
  await request.getByRole("button", { name: /Record decision/ }).click();
  await expect(request.getByRole("alert")).toContainText("The expiry date must be after today and after the first day asked for");
  await expect(request.getByLabel("Approve")).toBeChecked();
  await expect(request.getByLabel("If approving: expires on")).toHaveValue(addDays(today, 1));

  await request.getByLabel("If approving: expires on").fill(addDays(today, 31));
  await request.getByRole("button", { name: /Record decision/ }).click();
  await expect(request).toHaveCount(0);
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

  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/app-permissions");
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
  await signInWithForm(page, demoAccounts.admin);
  await page.goto("/admin/users");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Full name").fill("Robin Kept");
  await page.getByLabel("Role").selectOption("supervisor");
  await page.getByLabel("Team (optional)").fill("PSD Team 3");
  await page.getByLabel("Initial password").fill("too short");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(problem(page)).toContainText("Check the highlighted fields");
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await expect(page.getByLabel("Full name")).toHaveValue("Robin Kept");
  // Reset, the role would have gone back to "staff" unseen: an account created with the wrong powers.
  await expect(page.getByLabel("Role")).toHaveValue("supervisor");
  await expect(page.getByLabel("Team (optional)")).toHaveValue("PSD Team 3");
  await expect(page.getByLabel("Initial password")).toHaveValue("too short");
});

test("the role form keeps the role chosen when the administrator's session has ended", async ({ page, baseURL }) => {
  await signInWithForm(page, demoAccounts.admin);
  await page.goto("/admin/users");
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
  await signInWithForm(page, demoAccounts.admin);
  await page.goto("/admin/users");
  await page.getByRole("link", { name: demoAccounts.foi_officer }).click();
  await expect(page.getByRole("heading", { level: 1, name: demoAccounts.foi_officer })).toBeVisible();
  await page.getByLabel("New password").fill("short one");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(problem(page)).toContainText("Check the highlighted fields");
  await expect(page.getByLabel("New password")).toHaveValue("short one");
});

test("the random draw keeps the population, the numbers, the seed and the safeguards", async ({ page }) => {
  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/spot-checks/draw");
  await page.getByLabel("Unit").selectOption("Central West BCU");
  await page.getByLabel("Rank group").selectOption("sergeant");
  await page.getByLabel("Role", { exact: true }).selectOption("response");
  await page.getByLabel("Sample size").fill("0");
  await page.getByLabel("Leave out people checked in the last (months)").fill("6");
  await page.getByLabel("Seed (optional)").fill("kept-values");
  await page.getByLabel("Legal basis").fill(safeguards.legalBasis);
  await page.getByLabel("Proportionality").fill(safeguards.proportionality);
  await page.getByLabel("Data-protection impact assessment reference").fill(safeguards.dpiaRef);
  await page.getByRole("button", { name: "Draw the sample" }).click();

  await expect(problem(page)).toContainText("Give the sample size as a whole number from 1 to 500");
  await expect(page.getByLabel("Unit")).toHaveValue("Central West BCU");
  await expect(page.getByLabel("Rank group")).toHaveValue("sergeant");
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("response");
  await expect(page.getByLabel("Sample size")).toHaveValue("0");
  await expect(page.getByLabel("Leave out people checked in the last (months)")).toHaveValue("6");
  await expect(page.getByLabel("Seed (optional)")).toHaveValue("kept-values");
  await expect(page.getByLabel("Legal basis")).toHaveValue(safeguards.legalBasis);
  await expect(page.getByLabel("Proportionality")).toHaveValue(safeguards.proportionality);
  await expect(page.getByLabel("Data-protection impact assessment reference")).toHaveValue(safeguards.dpiaRef);
});

test("the check with cause keeps the intelligence, the case and the safeguards", async ({ page }) => {
  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/spot-checks/with-cause");
  await page.getByLabel("Service number of the person to check").fill("no such!");
  await page.getByLabel("Intelligence").fill("A colleague reports racist memes posted from this officer's account");
  await page.getByLabel("Case reference").fill(teamOneCase.ref);
  await page.getByLabel("Legal basis").fill(safeguards.legalBasis);
  await page.getByLabel("Proportionality").fill(safeguards.proportionality);
  await page.getByLabel("Data-protection impact assessment reference").fill(safeguards.dpiaRef);
  await page.getByRole("button", { name: "Open the check" }).click();

  await expect(problem(page)).toContainText("Give the person's service number");
  await expect(page.getByLabel("Service number of the person to check")).toHaveValue("no such!");
  await expect(page.getByLabel("Intelligence")).toHaveValue("A colleague reports racist memes posted from this officer's account");
  await expect(page.getByLabel("Case reference")).toHaveValue(teamOneCase.ref);
  await expect(page.getByLabel("Legal basis")).toHaveValue(safeguards.legalBasis);
  await expect(page.getByLabel("Proportionality")).toHaveValue(safeguards.proportionality);
  await expect(page.getByLabel("Data-protection impact assessment reference")).toHaveValue(safeguards.dpiaRef);
});

test("the spot-check outcome keeps the outcome chosen, the findings, the date and the platform", async ({ page, baseURL }) => {
  const person = demo.people.find((p) => p.status === "serving")!;
  const { ref } = await act<{ ref: string }>(await signedInApi(baseURL!, demoAccounts.supervisor), "openWithCauseCheckAction", {
    serviceNumber: person.serviceNumber,
    causeIntelligence: "Intelligence of offensive posts from a personal account",
    ...safeguards,
  });
  const checked = addDays(todayIso(), -1);
  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto(`/spot-checks/${ref}`);
  await page.getByLabel("Referral: a case is opened").check();
  await page.getByLabel("Findings").fill("Offensive posts about a protest group on a personal Instagram account");
  await page.getByLabel("Date of the check").fill(checked);
  await page.getByLabel("Platform").selectOption("instagram");
  await page.getByRole("button", { name: "Record the outcome" }).click();

  await expect(problem(page)).toContainText("For a referral, say how the content was shared");
  await expect(page.getByLabel("Referral: a case is opened")).toBeChecked();
  await expect(page.getByLabel("Findings")).toHaveValue("Offensive posts about a protest group on a personal Instagram account");
  await expect(page.getByLabel("Date of the check")).toHaveValue(checked);
  await expect(page.getByLabel("Platform")).toHaveValue("instagram");
});

test("the FoI request log keeps the date, the question, the exemptions ticked and the estimate", async ({ page }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  await page.goto("/statistics/requests");
  await page.getByLabel("Date received").fill("2026-11-09");
  await page.getByLabel("What was asked").fill("Abc");
  await page.getByLabel("s.40(2) personal information").check();
  await page.getByLabel("s.12 cost limit").check();
  await page.getByLabel("Time estimate in hours (for s.12)").fill("20");
  await page.getByRole("button", { name: "Log request" }).click();

  await expect(problem(page)).toContainText("Describe what was asked (at least 5 characters)");
  await expect(page.getByLabel("Date received")).toHaveValue("2026-11-09");
  await expect(page.getByLabel("What was asked")).toHaveValue("Abc");
  await expect(page.getByLabel("s.40(2) personal information")).toBeChecked();
  await expect(page.getByLabel("s.31 law enforcement")).not.toBeChecked();
  await expect(page.getByLabel("s.12 cost limit")).toBeChecked();
  await expect(page.getByLabel("Time estimate in hours (for s.12)")).toHaveValue("20");
});

test("an FoI request's update keeps the status and date when the session has ended, and goes through once signed in again", async ({ page, baseURL }) => {
  const api = await signedInApi(baseURL!, demoAccounts.foi_officer);
  const { ref } = await act<{ ref: string }>(api, "createFoiRequestAction", { receivedOn: "2026-11-16", subject: "Misconduct findings by rank in 2025" });
  await signInWithForm(page, demoAccounts.foi_officer);
  await page.goto("/statistics/requests");
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
  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/statistics?rows=year&cols=finding&from=2018&to=2021");
  await page.getByLabel("Title").fill("Findings by year, 2018 to 2021, kept");
  await page.getByLabel("FoI request reference (optional)").fill("FOI-nope");
  await page.getByRole("button", { name: "Publish this table" }).click();
  await expect(problem(page)).toContainText("Give a request reference like");
  await expect(page.getByLabel("Title")).toHaveValue("Findings by year, 2018 to 2021, kept");
  await expect(page.getByLabel("FoI request reference (optional)")).toHaveValue("FOI-nope");
});

test("the new case keeps its facts and its subject officers when the server refuses a service number", async ({ page }) => {
  const known = demo.people[0]!;
  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/cases/new");
  await page.getByLabel("Summary").fill("Misogynistic memes shared in a relief's WhatsApp group");
  await page.getByLabel("Date of the incident (if known)").fill("2026-10-14");
  await page.getByLabel("How it came to notice").selectOption("colleague_report");
  await page.getByLabel("Platform").selectOption("whatsapp");
  await page.getByLabel("Channel").selectOption("group_chat");
  await page.getByLabel("Members of the group chat").fill("14");
  await page.getByLabel("Type of content").selectOption("sexual_or_misogynistic");
  await page.getByLabel("Device used").selectOption("personal");
  await page.getByRole("button", { name: "Add a person not on record" }).click();
  await page.getByLabel("Service number", { exact: true }).fill(known.serviceNumber);
  await page.getByLabel("Full name").fill("Someone Else Entirely");
  await page.getByLabel("Rank at the time").selectOption("sergeant");
  await page.getByLabel("Allegation against this officer (optional)").fill("Posted two of the memes");
  await page.getByRole("button", { name: "Record the case" }).click();

  await expect(problem(page)).toContainText(`Service number ${known.serviceNumber} belongs to ${known.name}, not Someone Else Entirely`);
  await expect(page.getByLabel("Summary")).toHaveValue("Misogynistic memes shared in a relief's WhatsApp group");
  await expect(page.getByLabel("Date recorded")).toHaveValue(todayIso());
  await expect(page.getByLabel("Date of the incident (if known)")).toHaveValue("2026-10-14");
  await expect(page.getByLabel("How it came to notice")).toHaveValue("colleague_report");
  await expect(page.getByLabel("Platform")).toHaveValue("whatsapp");
  await expect(page.getByLabel("Channel")).toHaveValue("group_chat");
  await expect(page.getByLabel("Members of the group chat")).toHaveValue("14");
  await expect(page.getByLabel("Type of content")).toHaveValue("sexual_or_misogynistic");
  await expect(page.getByLabel("Device used")).toHaveValue("personal");
  await expect(page.getByLabel("Service number", { exact: true })).toHaveValue(known.serviceNumber);
  await expect(page.getByLabel("Full name")).toHaveValue("Someone Else Entirely");
  await expect(page.getByLabel("Rank at the time")).toHaveValue("sergeant");
  await expect(page.getByLabel("Allegation against this officer (optional)")).toHaveValue("Posted two of the memes");
});

test("a refused import keeps the file chosen, ready to send again once corrected", async ({ page }) => {
  await signInWithForm(page, demoAccounts.supervisor);
  await page.goto("/cases/import");
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
  await signInWithForm(page, demoAccounts.senior_officer);
  await page.goto("/dashboard");
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("From year").fill("2025");
  await filters.getByLabel("To year").fill("2019");
  await filters.getByLabel("Platform").selectOption("whatsapp");
  await filters.getByLabel("Device").selectOption("personal");
  await filters.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/from=2025&to=2019/);
  await expect(page).toHaveTitle(/^Error: Dashboard/);
  await expect(problem(page).getByRole("link", { name: "from must not be after to" })).toHaveAttribute("href", "#from");
  await expect(filters.getByLabel("From year")).toHaveValue("2025");
  await expect(filters.getByLabel("From year")).toHaveAccessibleDescription(/from must not be after to/);
  await expect(filters.getByLabel("To year")).toHaveValue("2019");
  await expect(filters.getByLabel("Platform")).toHaveValue("whatsapp");
  await expect(filters.getByLabel("Device")).toHaveValue("personal");
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
  await signInWithForm(page, demoAccounts.investigator);
  await page.goto("/cases");
  const filters = page.getByRole("form", { name: "Find cases" });
  await filters.getByLabel("Search").fill("group");
  await filters.getByLabel("Platform").selectOption("whatsapp");
  await filters.getByLabel("Year recorded").fill("20x5");
  await filters.getByLabel("Overdue only").check();
  await filters.getByRole("button", { name: "Apply" }).click();

  await expect(problem(page).getByRole("link", { name: "Give a year like 2025" })).toHaveAttribute("href", "#year");
  await expect(filters.getByLabel("Year recorded")).toHaveValue("20x5");
  await expect(filters.getByLabel("Year recorded")).toHaveAccessibleDescription(/Give a year like 2025/);
  await expect(filters.getByLabel("Search")).toHaveValue("group");
  await expect(filters.getByLabel("Platform")).toHaveValue("whatsapp");
  await expect(filters.getByLabel("Overdue only")).toBeChecked();
  await expectNoSeriousViolations(page, "/cases with a refused filter");
});

test("the statistics table's choices stay as written when refused, the problem beside the field", async ({ page }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  await page.goto("/statistics");
  const form = page.getByRole("form", { name: "Table" });
  await form.getByLabel("Columns").selectOption("finding");
  await form.getByLabel("From year").fill("2022");
  await form.getByLabel("To year").fill("2019");
  await form.getByLabel("Platform").selectOption("facebook");
  await form.getByRole("button", { name: "Show table" }).click();

  await expect(problem(page)).toContainText("must not be after");
  await expect(form.getByLabel("From year")).toHaveAccessibleDescription(/must not be after/);
  await expect(form.getByLabel("From year")).toHaveValue("2022");
  await expect(form.getByLabel("To year")).toHaveValue("2019");
  await expect(form.getByLabel("Columns")).toHaveValue("finding");
  await expect(form.getByLabel("Platform")).toHaveValue("facebook");
});
