import { describe, expect, it } from "vitest";
import { bystanderAllegation, bystanderRefusal, needsBystanderDecision } from "./bystander";

const base = {
  part: "silent" as const,
  decision: "subject" as const,
  reason: "Was in the group for the whole week.",
  matchedToPerson: true,
  alreadySubject: false,
};

describe("the bystander duty (Standard: challenging and reporting improper conduct)", () => {
  it("asks for a decision on members present and silent, or who challenged only inside the group", () => {
    expect(needsBystanderDecision("silent")).toBe(true);
    expect(needsBystanderDecision("challenged")).toBe(true);
    for (const part of ["author", "endorsed", "reported", null] as const) expect(needsBystanderDecision(part)).toBe(false);
  });
  it("records a subject only for someone on record, not twice, and always with a reason", () => {
    expect(bystanderRefusal(base)).toBeNull();
    expect(bystanderRefusal({ ...base, matchedToPerson: false })).toMatch(/Match the member/);
    expect(bystanderRefusal({ ...base, alreadySubject: true })).toMatch(/already a subject/);
    expect(bystanderRefusal({ ...base, reason: "no" })).toMatch(/reason/);
    expect(bystanderRefusal({ ...base, decision: "no_action", matchedToPerson: false })).toBeNull();
    expect(bystanderRefusal({ ...base, part: "reported" })).toMatch(/Only a member/);
  });
  it("words the allegation by the member's part", () => {
    expect(bystanderAllegation("Late turn", "silent")).toMatch(/neither challenged nor reported/);
    expect(bystanderAllegation("Late turn", "challenged")).toMatch(/Challenged the content inside the group chat "Late turn" but did not report it/);
  });
});
