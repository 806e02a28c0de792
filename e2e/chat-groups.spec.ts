import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { caseOf, demo } from "./demo-data";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";

// A group chat recorded from its WhatsApp export (issue 18). Every name in the fixture is invented.
test.describe.configure({ timeout: 120_000 });

const fixture = path.join(import.meta.dirname, "fixtures", "whatsapp-late-turn.txt");

/** A team-one WhatsApp group-chat case with three subject officers or more, which the demo investigator may see. */
const groupCase = caseOf((c) => c.team === "PSD Team 1" && !c.restricted && c.platform === "whatsapp" && c.channel === "group_chat" && c.subjects.length >= 3);
// A second case of the same team, which the same group turns out to be behind as well.
const secondCase = caseOf((c) => c.team === "PSD Team 1" && !c.restricted && c.ref !== groupCase.ref && c.recordedOn >= "2026-01-01");
const [silentOne, silentTwo, challenger] = groupCase.subjects.map((s) => demo.people.find((p) => p.serviceNumber === s.serviceNumber)!);

/** Exact figures by group_part (a supervisor, disclosure control off with a reason), by key, with the total as "total". */
async function countsByPart(baseURL: string): Promise<Record<string, number>> {
  const api = await signedInApi(baseURL, demoAccounts.supervisor);
  const response = await api.get("/api/stats?dimension=group_part&suppress=off&reason=Checking the group chat journey end to end");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { total: number; rows: { group_part: string; count: number }[] };
  await api.dispose();
  return { ...Object.fromEntries(body.rows.map((r) => [r.group_part, r.count])), total: body.total };
}

/** Answers who one member of the export is, in the member's own fieldset. */
async function answer(page: Page, member: string, choice: "person" | "outside" | "unknown", value = "") {
  const fieldset = page.getByRole("group", { name: member, exact: true });
  if (choice === "person") {
    await fieldset.getByLabel(/^(A|Another) person on record$/).check();
    await page.getByLabel(`Service number of ${member}, if on record`).fill(value);
  } else if (choice === "outside") {
    await fieldset.getByLabel("Someone outside the force").check();
    await page.getByLabel(`Who ${member} is, if outside the force`).fill(value);
  } else {
    await fieldset.getByLabel("Not on record, or not identified yet").check();
  }
}

/** Records one member's part on the group's page. */
async function recordPart(page: Page, member: string, part: string) {
  await page.getByText(new RegExp(`^${member}: `)).click();
  const form = page.getByRole("form", { name: `Part of ${member}` });
  await form.getByLabel(part).check();
  await form.getByRole("button", { name: `Save ${member}'s part` }).click();
  await expect(form.getByRole("status")).toContainText(`${member}: ${part.toLowerCase()}`);
}

test("an investigator records a 12-member group chat from its export, matches its members and records their parts; the statistics count them", async ({
  page,
  baseURL,
}) => {
  const before = await countsByPart(baseURL!);

  await signInWithForm(page, demoAccounts.investigator);
  await page.goto(`/chat-groups/new?case=${groupCase.ref}`);
  await expect(page.getByRole("heading", { level: 1, name: "Record a group chat from its export" })).toBeVisible();
  await page.getByLabel("The export (.txt)").setInputFiles(fixture);
  await page.getByRole("button", { name: "Upload and read the export" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Who is in the group?" })).toBeVisible();
  await expect(page.getByText("Members (12)")).toBeVisible();
  await expect(page.getByLabel("Group name")).toHaveValue("whatsapp-late-turn");
  await expect(page.getByLabel(/Date the group was created/)).toHaveValue("2021-03-12");
  // What the export says of a member: messages, first and last times, who added them, and a departure.
  await expect(page.getByRole("group", { name: "Dave S 🚓" })).toContainText("4 messages, 13 Mar 2021, 22:41 to 16 Mar 2021, 23:12");
  await expect(page.getByRole("group", { name: "Kezia Arland" })).toContainText("No messages; joined 12 Mar 2021, added by Gwen Ashdown; left 14 Mar 2021.");
  await expectNoSeriousViolations(page, "members of an export");

  // Leaving members unanswered is refused with a link to each, and nothing is lost.
  await page.getByLabel("Group name").fill("Late turn banter");
  await answer(page, "Marcus T", "person", silentOne!.serviceNumber);
  await page.getByRole("button", { name: "Record the group" }).click();
  const problem = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(problem).toContainText("Check the highlighted fields");
  await expect(problem.getByRole("link", { name: "Choose who this member is" })).toHaveCount(11);
  await expect(page.getByLabel("Group name")).toHaveValue("Late turn banter");
  await expect(page.getByLabel("Service number of Marcus T, if on record")).toHaveValue(silentOne!.serviceNumber);

  await answer(page, "Lewis Danbury", "person", silentTwo!.serviceNumber);
  await answer(page, "Priya K", "person", challenger!.serviceNumber);
  await answer(page, "Tomasz Pilecki", "outside", "Civilian friend of a member");
  await answer(page, "+44 7700 900123", "outside", "Number not known to the force");
  for (const member of ["Gwen Ashdown", "Hannah Oduya", "Dave S 🚓", "Rob Fenwick", "Sian Morcombe", "Kezia Arland", "Bilal Hartigan"]) {
    await answer(page, member, "unknown");
  }
  await page.getByRole("button", { name: "Record the group" }).click();

  await expect(page).toHaveURL(/\/chat-groups\/\d+$/);
  const groupPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: /Late turn banter/ })).toBeVisible();
  const members = page.getByRole("table", { name: /Members of Late turn banter/ });
  await expect(members.getByRole("row")).toHaveCount(13);
  await expect(members.getByRole("row", { name: /Marcus T/ })).toContainText(`${silentOne!.name} (${silentOne!.serviceNumber}`);
  await expect(members.getByRole("row", { name: /Tomasz Pilecki/ })).toContainText("Outside the force: Civilian friend of a member");
  await expect(members.getByRole("row", { name: /Kezia Arland/ })).toContainText("left 14 Mar 2021");
  await expect(page.getByRole("link", { name: groupCase.ref }).first()).toBeVisible();

  await recordPart(page, "Marcus T", "Present and silent");
  await recordPart(page, "Lewis Danbury", "Present and silent");
  await recordPart(page, "Priya K", "Challenged it inside the group");
  await page.reload();
  await expect(members.getByRole("row", { name: /Marcus T/ })).toContainText("Present and silent");
  await expectNoSeriousViolations(page, "a group chat's page");
  await expect(members.getByRole("row", { name: /Priya K/ })).toContainText("Challenged it inside the group");

  // On the case page the group is listed, and each silent or challenging member awaits a
  // bystander decision on the Standard "Challenging and reporting improper conduct".
  await page.goto(`/cases/${groupCase.ref}`);
  const groups = page.getByRole("region", { name: "Group chats" });
  await expect(groups.getByRole("link", { name: "Late turn" })).toBeVisible();
  await expect(groups).toContainText("Bystander decisions (3 waiting)");
  const decision = groups.getByRole("form", { name: `Bystander decision on ${silentOne!.name}` });
  await decision.getByLabel("Add as a subject for not challenging or reporting").check();
  await decision.getByLabel("Reason").fill("Present for the whole week and reported nothing.");
  await decision.getByRole("button", { name: `Record the decision on ${silentOne!.name}` }).click();
  // Already a subject on this case: the Standard belongs at their assessment instead.
  await expect(decision.getByRole("alert")).toContainText("already a subject on this case");
  await decision.getByLabel("No action").check();
  await decision.getByLabel("Reason").fill("Already a subject here: the Standard is added at the severity assessment.");
  await decision.getByRole("button", { name: `Record the decision on ${silentOne!.name}` }).click();
  await expect(groups).toContainText("Bystander decisions (2 waiting)");
  await expect(groups).toContainText("No action");
  await expectNoSeriousViolations(page, "the case page with a group chat");

  // The export is in the case's evidence register; a second group cannot be made from it.
  await page.goto(`/chat-groups/new?case=${groupCase.ref}`);
  await page.getByRole("link", { name: "Read whatsapp-late-turn.txt" }).first().click();
  await expect(page.getByText("A group was already recorded from this export")).toBeVisible();

  const after = await countsByPart(baseURL!);
  expect((after.silent ?? 0) - (before.silent ?? 0)).toBe(2);
  expect((after.challenged ?? 0) - (before.challenged ?? 0)).toBe(1);
  // Other journeys add subjects (in no group) meanwhile: three fewer outside a group, net of those.
  expect(after.not_in_group).toBe(before.not_in_group! - 3 + (after.total! - before.total!));

  // A role without case access gets the dimension under disclosure control.
  const foi = await signedInApi(baseURL!, demoAccounts.foi_officer);
  const protectedResponse = await foi.get("/api/stats?dimension=group_part");
  expect(protectedResponse.status()).toBe(200);
  const protectedBody = (await protectedResponse.json()) as { dimensions: string[]; disclosureControl: { k: number } };
  expect(protectedBody.dimensions).toEqual(["group_part"]);
  expect(protectedBody.disclosureControl.k).toBeGreaterThan(1);
  await foi.dispose();

  // The same group is behind a second case of the team: linked from the group's page, as typed.
  await page.goto(groupPath);
  const linkForm = page.getByRole("form", { name: "Link this group to another case" });
  await linkForm.getByLabel("Link this group to another case").fill(secondCase.ref.toLowerCase());
  await linkForm.getByRole("button", { name: "Link to the case" }).click();
  await expect(linkForm.getByRole("status")).toContainText(`is now linked to ${secondCase.ref} too`);
  await linkForm.getByLabel("Link this group to another case").fill(secondCase.ref);
  await linkForm.getByRole("button", { name: "Link to the case" }).click();
  await expect(linkForm.getByRole("alert")).toContainText(`is already linked to ${secondCase.ref}`);
  await expect(linkForm.getByLabel("Link this group to another case")).toHaveValue(secondCase.ref);
  await page.goto(`/cases/${secondCase.ref}`);
  await expect(page.getByRole("region", { name: "Group chats" }).getByRole("link", { name: /Late turn/ })).toBeVisible();

  // Which message of the group an evidence item shows, and whose (issue 18, item 2).
  await page.goto(groupPath);
  const evidenceForm = page.getByRole("form", { name: "Link an evidence item to a message" });
  const optionValue = async (label: string, text: string) =>
    (await evidenceForm.getByLabel(label).locator("option", { hasText: text }).first().getAttribute("value"))!;
  const marcus = await optionValue("Shows a message by", "Marcus T");
  await evidenceForm.getByLabel("Shows a message by").selectOption(marcus);
  await evidenceForm.getByLabel("Sent at (optional)").fill("2021-03-02T21:15");
  await evidenceForm.getByLabel("What it shows (optional)").fill("The photograph of the scene");
  await evidenceForm.getByRole("button", { name: "Link the file to the message" }).click();
  // No file chosen: refused, with everything else kept as given.
  await expect(evidenceForm.getByRole("alert")).toContainText("Choose the file that shows the message");
  await expect(evidenceForm.getByLabel("Shows a message by")).toHaveValue(marcus);
  await expect(evidenceForm.getByLabel("What it shows (optional)")).toHaveValue("The photograph of the scene");
  await evidenceForm.getByLabel("The file").selectOption(await optionValue("The file", "whatsapp-late-turn.txt"));
  await evidenceForm.getByRole("button", { name: "Link the file to the message" }).click();
  await expect(evidenceForm.getByRole("status")).toContainText("whatsapp-late-turn.txt shows a message by Marcus T.");
  const shows = page.getByRole("region", { name: /^What the evidence shows/ });
  await expect(shows).toContainText("shows a message by Marcus T, sent");
  await expect(shows).toContainText("21:15");
  await expectNoSeriousViolations(page, "a group chat's page with evidence linked to a message");
});

test("a group is not found by those who may not see its case", async ({ page }) => {
  await signInWithForm(page, "investigator2@demo.police.uk");
  const response = await page.goto(`/chat-groups/new?case=${groupCase.ref}`);
  expect(response?.status()).toBe(404);
});
