import { describe, expect, it } from "vitest";
import { notificationKinds } from "@/lib/vocabulary";
import { notificationEmail, notificationPath } from "./messages";

describe("notification emails (issue 17, item 6: the reference and a link, never case content)", () => {
  it("name the kind and the reference, and link to the page that checks access", () => {
    const email = notificationEmail({ kind: "case_assigned", reference: "PSD-2026-0042", siteUrl: "https://psd.police.example" });
    expect(email.subject).toBe("A case was assigned to you: PSD-2026-0042");
    expect(email.text).toContain("https://psd.police.example/cases/PSD-2026-0042");
    expect(email.text).toContain("OFFICIAL-SENSITIVE");
  });

  it("carry nothing but fixed words, the reference and the link, whatever the kind", () => {
    for (const kind of notificationKinds.keys) {
      const { subject, text } = notificationEmail({ kind, reference: "REF-1", siteUrl: "http://localhost:3000" });
      const rest = `${subject}\n${text}`
        .replace(`http://localhost:3000${notificationPath(kind, "REF-1")}`, "")
        .replaceAll(notificationKinds.labels[kind], "")
        .replaceAll("REF-1", "");
      expect(rest).not.toMatch(/[0-9]/);
    }
  });

  it("lead each kind to its own page", () => {
    expect(notificationPath("permission_decided", "APP-2026-00001")).toBe("/app-permissions");
    expect(notificationPath("report_status_changed", "RPT-2026-00001")).toBe("/reports/RPT-2026-00001");
  });
});
