import { describe, expect, it } from "vitest";
import { linkEvidenceToMessageSchema } from "./chat-groups";

describe("linkEvidenceToMessageSchema (issue 18, item 2)", () => {
  const base = { groupId: "4", evidenceId: "9", memberId: "12" };

  it("keeps the message time with seconds, as the export's clock gives it, or none", () => {
    expect(linkEvidenceToMessageSchema.parse({ ...base, messageAt: "2021-03-02T21:15", note: "The meme" })).toEqual({
      groupId: 4,
      evidenceId: 9,
      memberId: 12,
      messageAt: "2021-03-02T21:15:00",
      note: "The meme",
    });
    expect(linkEvidenceToMessageSchema.parse({ ...base, messageAt: "2021-03-02T21:15:07", note: "" })).toMatchObject({
      messageAt: "2021-03-02T21:15:07",
      note: null,
    });
    expect(linkEvidenceToMessageSchema.parse({ ...base, messageAt: "" })).toMatchObject({ messageAt: null, note: null });
  });

  it("refuses a time that is not one, and a missing file or author, each with its message", () => {
    const problems = (input: Record<string, string>) =>
      linkEvidenceToMessageSchema.safeParse(input).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(problems({ ...base, messageAt: "2021-02-30T10:00" })).toEqual(["messageAt: Give a real date and time"]);
    expect(problems({ ...base, messageAt: "yesterday" })).toEqual(["messageAt: Give the message's date and time, like 02/03/2021 21:15, or leave it blank"]);
    expect(problems({ groupId: "4", evidenceId: "", memberId: "" })).toEqual([
      "evidenceId: Choose the file that shows the message",
      "memberId: Choose who wrote the message",
    ]);
  });
});
