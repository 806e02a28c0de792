import { expect, type Page, test } from "@playwright/test";
import { navItems } from "@/lib/navigation";
import { can } from "@/lib/permissions";
import { expectNoSeriousViolations } from "./axe";
import { caseOf, demo, restrictedCase, teamOneCase } from "./demo-data";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";
import { act } from "./server-actions";

type Role = keyof typeof demoAccounts;

/** A team-one WhatsApp group-chat case, which both the supervisor and the demo investigator may see. */
const groupCase = caseOf((c) => c.team === "PSD Team 1" && !c.restricted && c.platform === "whatsapp" && c.channel === "group_chat");

const demoGroupCase = demo.chatGroups[0]!.caseRef;

/** Pages reached from others rather than from the menu, at addresses known in advance. */
const deeperPages: Partial<Record<Role, string[]>> = {
  supervisor: [
    `/cases/${teamOneCase.ref}`,
    `/cases/${teamOneCase.ref}/audit`,
    `/cases/${teamOneCase.ref}/audit?from=2026-12-01&to=2026-11-01`,
    `/cases/${restrictedCase.ref}`,
    "/cases/new",
    "/cases?overdue=1&sort=due",
    "/cases/import",
    "/spot-checks/draw",
    "/spot-checks/with-cause",
    `/chat-groups/new?case=${groupCase.ref}`,
    "/statistics/requests",
    "/statistics/published",
  ],
  investigator: [`/cases/${teamOneCase.ref}`, "/cases/new", `/chat-groups/new?case=${groupCase.ref}`],
  admin: ["/admin/users/1"],
  staff: ["/reports/new"],
  foi_officer: ["/statistics/requests", "/statistics/published", "/statistics?rows=year&cols=rank_group"],
  senior_officer: ["/reports/new"],
};

/**
 * Pages of one record, reached by following the first link to one from a list page: the
 * addresses hold references the journeys make. `from` is the list, `to` the link's address.
 */
const recordPages: Partial<Record<Role, { from: string; to: RegExp }[]>> = {
  supervisor: [
    { from: "/reports/queue", to: /^\/reports\/queue\/RPT-/ },
    { from: "/spot-checks", to: /^\/spot-checks\/SPC-/ },
    { from: "/spot-checks", to: /^\/spot-checks\/draws\/DRW-[^/]+$/ },
    { from: "/statistics/published", to: /^\/statistics\/published\/\d+$/ },
    // The demo's group of 14 (issue 18), on its case.
    { from: `/cases/${demoGroupCase}`, to: /^\/chat-groups\/\d+$/ },
  ],
  investigator: [
    { from: "/reports/queue", to: /^\/reports\/queue\/RPT-/ },
    { from: `/cases/${demoGroupCase}`, to: /^\/chat-groups\/\d+$/ },
  ],
  staff: [{ from: "/reports", to: /^\/reports\/RPT-/ }],
  foi_officer: [{ from: "/statistics/published", to: /^\/statistics\/published\/\d+$/ }],
  admin: [{ from: "/admin/users", to: /^\/admin\/users\/\d+$/ }],
};

/** The address of the first link on `from` that goes to `to`, or null where the list has none. */
async function firstLink(page: Page, from: string, to: RegExp): Promise<string | null> {
  await page.goto(from);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  return hrefs.find((href) => to.test(href)) ?? null;
}

test.beforeAll(async ({ baseURL }) => {
  // One of each record the walk opens, whatever other journeys have done: a report, a check with cause, a draw.
  const staff = await signedInApi(baseURL!, demoAccounts.staff);
  await act(staff, "submitReportAction", {
    description: "Offensive comments in a public Facebook group",
    platform: "facebook",
    groupName: "",
    seenOn: "",
    peopleInvolved: "",
  });
  const supervisor = await signedInApi(baseURL!, demoAccounts.supervisor);
  const safeguards = {
    legalBasis: "Police (Conduct) Regulations 2020; force vetting and integrity policy",
    proportionality: "One check, limited to messaging apps and public social-media accounts",
    dpiaRef: "DPIA-2026-014",
  };
  const person = demo.people.find((p) => p.status === "serving")!;
  await act(supervisor, "openWithCauseCheckAction", {
    serviceNumber: person.serviceNumber,
    causeIntelligence: "Intelligence of offensive posts",
    causeCaseRef: "",
    ...safeguards,
  });
  await act(supervisor, "drawSampleAction", {
    unit: "",
    rankGroup: "constable",
    jobRole: "",
    sampleSize: "2",
    excludeMonths: "0",
    seed: "accessibility",
    ...safeguards,
  });
  await Promise.all([staff.dispose(), supervisor.dispose()]);
});

test("the sign-in page and the accessibility statement have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/login", "/accessibility"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, path);
  }
});

for (const [role, email] of Object.entries(demoAccounts) as [Role, string][]) {
  test(`every page ${role} can open has no serious accessibility violations`, async ({ page }) => {
    // Up to twenty pages each, axe on each: several seconds a page on a shared 2-core machine.
    test.setTimeout(360_000);
    await signInWithForm(page, email);
    await expectNoSeriousViolations(page, "/");
    const paths = [...navItems.filter((i) => can(role, i.permission)).map((i) => i.href), ...(deeperPages[role] ?? [])];
    for (const { from, to } of recordPages[role] ?? []) {
      const href = await firstLink(page, from, to);
      if (href) paths.push(href);
      else test.info().annotations.push({ type: "not walked", description: `${role}: no link to ${to} on ${from}` });
      // A draw's re-run is reached from the draw.
      if (href && /\/draws\//.test(href)) paths.push(`${href}/rerun`);
    }
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, path);
    }
  });
}

test("a page the role may not open answers 403 with a plain explanation", async ({ page }) => {
  await signInWithForm(page, demoAccounts.foi_officer);
  const response = await page.goto("/cases");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  await expectNoSeriousViolations(page, "403 page");
});
