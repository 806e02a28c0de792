import { describe, expect, it } from "vitest";
import { describeCaseEvent } from "./timeline";

describe("case timeline in words", () => {
  const names = new Map([[7, "PC Jane Doe"]]);
  it("names the subject of a workflow step", () => {
    expect(describeCaseEvent("case.subject_decide", { subjectId: 7, summary: "Decision: case to answer" }, names)).toBe(
      "PC Jane Doe: Decision: case to answer",
    );
    expect(describeCaseEvent("case.subject_withdraw", { subjectId: 9, summary: "Withdrawn" }, names)).toBe("A subject: Withdrawn");
  });
  it("words the case's own events and falls back to the action", () => {
    expect(describeCaseEvent("case.created", { subjects: 3 }, names)).toBe("Case recorded with 3 subject officers");
    expect(describeCaseEvent("case.created", { subjects: 1 }, names)).toBe("Case recorded with 1 subject officer");
    expect(describeCaseEvent("case.linked", { with: "PSD-2026-0001" }, names)).toBe("Linked to PSD-2026-0001");
    expect(describeCaseEvent("case.something_new", null, names)).toBe("something new");
  });
  it("words a group chat's events, naming members as the chat does", () => {
    expect(describeCaseEvent("chat_group.created", { name: "Late turn", members: 12 }, names)).toBe(
      "Group chat “Late turn” recorded from its export, with 12 members",
    );
    expect(describeCaseEvent("chat_group.member_part_set", { member: "Dave S", to: "silent" }, names)).toBe(
      "Dave S's part in a group chat: present and silent",
    );
    expect(describeCaseEvent("chat_group.member_part_set", { member: "Dave S", to: null }, names)).toBe("Dave S's part in a group chat: not recorded");
    expect(describeCaseEvent("chat_group.member_matched", { member: "Dave S", toPersonId: 4 }, names)).toBe(
      "Dave S of a group chat matched to a person on record",
    );
    expect(describeCaseEvent("chat_group.member_matched", { member: "Jo", toPersonId: null, outsideForce: true }, names)).toBe(
      "Jo of a group chat recorded as outside the force",
    );
  });
});
