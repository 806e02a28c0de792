import { describe, expect, it } from "vitest";
import { describeAllegation, describeMembership, jointProceedingsPrompt } from "./officer-history";

describe("the officer's whole history at the severity assessment (issue 18, item 5)", () => {
  it("says where each other allegation ended, or that it is open and at which stage", () => {
    expect(
      describeAllegation({ ref: "PSD-2021-0035", recordedOn: "2021-03-12", stage: "finalised", finding: "case_to_answer", outcome: "final_written_warning" }),
    ).toBe("PSD-2021-0035 (12 March 2021): case to answer; final written warning");
    expect(describeAllegation({ ref: "PSD-2026-0001", recordedOn: "2026-11-01", stage: "investigation", finding: null, outcome: null })).toBe(
      "PSD-2026-0001 (1 November 2026): open, at investigation",
    );
    expect(describeAllegation({ ref: "PSD-2019-0002", recordedOn: "2019-01-02", stage: "finalised", finding: null, outcome: "referred_to_rprp" })).toMatch(
      /^PSD-2019-0002 \(2 January 2019\): referred to the reflective practice review process/i,
    );
  });

  it("names a membership of another group chat with the member's part", () => {
    expect(describeMembership({ groupName: "Late turn", ref: "PSD-2021-0011", stage: "decision", part: "silent" })).toBe(
      "“Late turn” on PSD-2021-0011 (under investigation): present and silent",
    );
  });

  it("prompts joint misconduct proceedings (2020 reg 25) only while a decision on proceedings is still to come, and only where others face the same matter", () => {
    const others = [
      { name: "PC Two", stage: "investigation" as const },
      { name: "PC Three", stage: "withdrawn" as const },
    ];
    expect(jointProceedingsPrompt({ stage: "decision", othersOnCase: others, groupCasesOpen: [] })).toBe(
      "Other officers face allegations about the same matter (PC Two on this case): consider whether they should be dealt with in joint misconduct proceedings (2020 reg 25).",
    );
    expect(jointProceedingsPrompt({ stage: "assessment", othersOnCase: [], groupCasesOpen: ["PSD-2021-0011"] })).toContain(
      "members of the same group chat on PSD-2021-0011",
    );
    expect(jointProceedingsPrompt({ stage: "finalised", othersOnCase: others, groupCasesOpen: ["PSD-2021-0011"] })).toBeNull();
    expect(jointProceedingsPrompt({ stage: "recorded", othersOnCase: others, groupCasesOpen: [] })).toBeNull();
    expect(jointProceedingsPrompt({ stage: "decision", othersOnCase: [{ name: "PC Three", stage: "finalised" }], groupCasesOpen: [] })).toBeNull();
  });
});
