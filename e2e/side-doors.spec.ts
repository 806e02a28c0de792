/**
 * Issue 13: the side doors an attacker with a valid low-privilege account found, tried
 * again over HTTP against the production build. Each test failed on the main of
 * 2026-12-01 before the fix.
 */
import { expect, test } from "@playwright/test";
import { teamOneCase } from "./demo-data";
import { demoAccounts, signedInApi, signInWithForm } from "./fixtures";
import { callAction, serverActions } from "./server-actions";

const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

test.describe("cross-site requests (item 7)", () => {
  test("an evidence upload and an import sent from another site are refused with 403", async ({ baseURL }) => {
    const investigator = await signedInApi(baseURL!, demoAccounts.investigator);
    const supervisor = await signedInApi(baseURL!, demoAccounts.supervisor);
    const attempts: { headers: Record<string, string> }[] = [
      { headers: { Origin: "https://evil.example" } },
      { headers: { "Sec-Fetch-Site": "cross-site" } },
      { headers: { "Sec-Fetch-Site": "same-site", Origin: `https://intranet.${new URL(baseURL!).hostname}` } },
      { headers: { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" } },
    ];
    for (const { headers } of attempts) {
      const upload = await investigator.post(`/api/cases/${teamOneCase.ref}/evidence`, {
        headers,
        multipart: { file: { name: "x.png", mimeType: "image/png", buffer: png }, description: "cross-site" },
      });
      expect(upload.status(), JSON.stringify(headers)).toBe(403);
      expect(((await upload.json()) as { error: string }).error).toMatch(/came from another site/);
      const imported = await supervisor.post("/api/cases/import", {
        headers,
        multipart: { file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("case_ref\n") } },
      });
      expect(imported.status(), JSON.stringify(headers)).toBe(403);
    }
    await investigator.dispose();
    await supervisor.dispose();
  });

  test("a server action called from another site is refused with 403, not a 500, whatever X-Forwarded-Host says", async ({ baseURL }) => {
    const investigator = await signedInApi(baseURL!, demoAccounts.investigator);
    const addNote = serverActions().find((a) => a.name === "addNoteAction")!;
    const forged: Record<string, string>[] = [{ Origin: "https://evil.example" }, { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" }];
    for (const headers of forged) {
      const multipart = new FormData();
      multipart.append("_1_ref", teamOneCase.ref);
      multipart.append("_1_body", "written from another site");
      multipart.append("0", JSON.stringify([null, "$K1"]));
      const response = await investigator.post(`/cases/${teamOneCase.ref}`, {
        headers: { ...headers, "Next-Action": addNote.id, Accept: "text/x-component" },
        multipart,
        maxRedirects: 0,
      });
      expect(response.status()).toBe(403);
    }
    // The same call from this site still works: the rule refuses the other site, not the action.
    const same = await callAction(investigator, addNote, { ref: teamOneCase.ref, body: "written on this site" }, { ref: teamOneCase.ref });
    expect(same.result?.ok).toBe(true);
    await investigator.dispose();
  });
});

test.describe("open redirect after sign-in (item 6)", () => {
  for (const callback of ["/%5Cevil.example", "/%09/evil.example", "/%5C/evil.example", "//evil.example"]) {
    test(`callbackUrl=${callback} stays on this site`, async ({ page, baseURL }) => {
      await page.goto(`/login?callbackUrl=${callback}`);
      await signInWithForm(page, demoAccounts.supervisor, undefined, { from: "here" });
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      // Signed in already, the sign-in page redirects at once: to this site as well.
      const response = await page.request.get(`/login?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect([303, 307, 308]).toContain(response.status());
      expect(new URL(response.headers().location!, baseURL).origin).toBe(new URL(baseURL!).origin);
    });
  }
});

test("a supervisor's own access to a restricted case waits for a second supervisor's approval (item 10)", async ({ browser, baseURL }) => {
  const { restrictedCase } = await import("./demo-data");
  const requester = await browser.newPage();
  await signInWithForm(requester, "supervisor2@demo.police.uk");
  await requester.goto(`/cases/${restrictedCase.ref}`);
  await expect(requester.getByRole("heading", { level: 1 })).toHaveText(`${restrictedCase.ref} is restricted`);
  await requester.getByLabel("Email of the investigator or supervisor").fill("supervisor2@demo.police.uk");
  await requester.getByLabel("Reason").fill("Preparing the misconduct hearing bundle");
  await requester.getByLabel(/For how many days/).fill("2");
  await requester.getByRole("button", { name: "Grant access" }).click();
  await expect(requester.getByText(/needs a second supervisor's approval \(two-person rule\)/)).toBeVisible();
  await requester.reload();
  await expect(requester.getByRole("heading", { level: 1 })).toHaveText(`${restrictedCase.ref} is restricted`);
  await expect(requester.getByRole("button", { name: /^Approve access/ })).toHaveCount(0);

  // Posted directly, approving one's own request is refused too.
  const api = await signedInApi(baseURL!, "supervisor2@demo.police.uk");
  const approve = serverActions().find((a) => a.name === "approveCaseAccessAction")!;
  const grantId = await requester.getByRole("button", { name: "Withdraw the request" }).locator("xpath=..").locator('input[name="grantId"]').inputValue();
  const own = await callAction(api, approve, { ref: restrictedCase.ref, grantId }, { ref: restrictedCase.ref });
  expect(own.result).toMatchObject({ ok: false, error: expect.stringMatching(/cannot approve your own access/) });
  await api.dispose();

  const approver = await browser.newPage();
  await signInWithForm(approver, demoAccounts.supervisor);
  await approver.goto(`/cases/${restrictedCase.ref}`);
  await approver.getByRole("button", { name: "Approve access for supervisor2@demo.police.uk" }).click();
  await expect(approver.getByRole("listitem").filter({ hasText: "supervisor2@demo.police.uk" })).toContainText("approved by a second supervisor");

  await requester.reload();
  await expect(requester.getByRole("heading", { level: 1 })).toContainText(restrictedCase.ref);
  await expect(requester.getByRole("heading", { level: 1 })).not.toContainText("is restricted");
  await requester.close();
  await approver.close();
});

test("a body larger than its address takes is refused before a byte of it is read (item 11)", async ({ baseURL }) => {
  const net = await import("node:net");
  const { hostname, port } = new URL(baseURL!);
  /** The status line the server answers to headers alone: no body is ever sent. */
  const statusFor = (path: string, header: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n${header}\r\n\r\n`));
      let answer = "";
      socket.on("data", (chunk) => {
        answer += chunk.toString("latin1");
        if (answer.includes("\r\n")) {
          socket.destroy();
          resolve(answer.split("\r\n")[0]!);
        }
      });
      socket.on("error", reject);
      socket.setTimeout(10_000, () => reject(new Error(`no answer for ${path}`)));
    });
  expect(await statusFor("/api/cases/import", "Content-Length: 60000000")).toMatch(/^HTTP\/1\.1 413 /);
  expect(await statusFor(`/api/cases/${teamOneCase.ref}/evidence`, "Content-Length: 20000000")).toMatch(/^HTTP\/1\.1 413 /);
  expect(await statusFor("/cases/new", "Content-Length: 5000000")).toMatch(/^HTTP\/1\.1 413 /);
  expect(await statusFor("/api/cases/import", "Transfer-Encoding: chunked")).toMatch(/^HTTP\/1\.1 411 /);
});
