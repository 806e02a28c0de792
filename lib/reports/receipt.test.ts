import { describe, expect, it } from "vitest";
import { submitReportSchema } from "@/lib/validation/reports";
import { receiptText } from "./receipt";

describe("receiptText", () => {
  const report = {
    ref: "RPT-2026-00007",
    receivedAt: new Date("2026-11-21T14:05:09Z"),
    description: "Photographs of a scene shared in the team chat",
    platform: "whatsapp" as const,
    groupName: "Relief B",
    seenOn: "2026-11-20",
    confidential: true,
    contentSha256: "a".repeat(64),
  };

  it("gives the reference, the exact time received, and the fingerprint", () => {
    const text = receiptText(report);
    expect(text).toContain("Reference: RPT-2026-00007");
    expect(text).toContain("(2026-11-21T14:05:09.000Z)");
    expect(text).toContain("Received: 21 November 2026 at 14:05:09 GMT (2026-11-21T14:05:09.000Z)");
    expect(text).toContain("When seen: 20 November 2026");
    expect(text).toContain(`SHA-256): ${"a".repeat(64)}`);
    expect(text).toContain("Where: WhatsApp, Relief B");
    expect(text).toContain("confidential (PSD supervisors only)");
    expect(text).not.toContain("Files attached");
  });

  it("lists each file attached with its own fingerprint", () => {
    const text = receiptText({ ...report, attachments: [{ fileName: "shot.png", sha256: "b".repeat(64) }] });
    expect(text).toContain(`Files attached (SHA-256 of each):\n- shot.png: ${"b".repeat(64)}\n`);
  });
});

describe("submitReportSchema", () => {
  it("needs what was seen and where, and treats empty optional fields as absent", () => {
    expect(submitReportSchema.safeParse({ description: "short", platform: "whatsapp" }).success).toBe(false);
    expect(submitReportSchema.parse({ description: "Racist messages in a chat", platform: "telegram", groupName: "", confidential: "on" })).toEqual({
      description: "Racist messages in a chat",
      platform: "telegram",
      groupName: null,
      seenOn: null,
      peopleInvolved: null,
      confidential: true,
    });
  });
});
