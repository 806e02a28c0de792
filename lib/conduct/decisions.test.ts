import { describe, expect, it } from "vitest";
import { servingAtHearing2020 as hearing } from "@/tests/conduct-inputs";
import { forumRefusal, forumsOpen, needsBarredListReport, outcomeRefusal, outcomesWithoutProceedings } from "./decisions";
import { lawfulOutcomes, outcomeKeys } from "./rules";

// Replaces lib/cases/outcomes.test.ts, which encoded a summary of the rules (RPRP as a
// forum and a sanction, warnings after gross misconduct, dismissal at any 2020 hearing).

describe("forums a case to answer may go to", () => {
  it("2020 Part 4-5: a serving officer may go to a meeting, a hearing or an accelerated misconduct hearing; RPRP is not proceedings (Part 6)", () => {
    expect(forumsOpen("2020", "serving")).toEqual(["misconduct_meeting", "misconduct_hearing", "accelerated_misconduct_hearing"]);
  });
  it("2012 reg 55: the fast track under 2012 is the special case hearing, not an accelerated misconduct hearing", () => {
    expect(forumsOpen("2012", "serving")).toEqual(["misconduct_meeting", "misconduct_hearing", "special_case_hearing"]);
    expect(forumRefusal("2012", "serving", "accelerated_misconduct_hearing")).toMatch(/special case hearing \(reg 55\)/);
    expect(forumRefusal("2020", "serving", "special_case_hearing")).toMatch(/accelerated misconduct hearing/);
  });
  it("2020 reg 4(2) and Sch 1: a former officer goes to a hearing or the fast track, never a meeting", () => {
    expect(forumsOpen("2020", "former")).toEqual(["misconduct_hearing", "accelerated_misconduct_hearing"]);
    expect(forumRefusal("2020", "former", "misconduct_meeting")).toMatch(/cannot be referred to a misconduct meeting/);
    expect(forumRefusal("2020", "former", "misconduct_hearing")).toBeNull();
  });
});

describe("outcomes without proceedings", () => {
  it("2020 reg 23(5) and Part 6: no case to answer may go to the RPRP or end there", () => {
    expect(outcomesWithoutProceedings("2020", "serving")).toEqual(["referred_to_rprp", "no_further_action"]);
  });
  it("2012 regs and 2020 Sch 1 para 1: no RPRP under 2012 or for a former officer", () => {
    expect(outcomesWithoutProceedings("2012", "serving")).toEqual(["no_further_action"]);
    expect(outcomesWithoutProceedings("2020", "former")).toEqual(["no_further_action"]);
  });
});

describe("refusals name the regulation", () => {
  it("every outcome is refused exactly when lawfulOutcomes leaves it out, with a reason in words", () => {
    const findings = ["misconduct", "gross_misconduct", "neither"] as const;
    const forums = ["misconduct_meeting", "misconduct_hearing", "accelerated_misconduct_hearing", "special_case_hearing"] as const;
    for (const regime of ["2020", "2012"] as const)
      for (const forum of forums)
        for (const proceedingsFinding of findings)
          for (const officer of ["serving", "former"] as const)
            for (const finalWrittenWarningInForce of [false, true]) {
              const input = { ...hearing, regime, forum, proceedingsFinding, officer, finalWrittenWarningInForce };
              for (const outcome of outcomeKeys) {
                const refusal = outcomeRefusal(input, outcome);
                if (lawfulOutcomes(input).includes(outcome)) expect(refusal).toBeNull();
                else expect(refusal).toMatch(/\w/);
              }
            }
  });
  it("2020 reg 42(3)(b): a written warning after gross misconduct at a hearing is refused with the paragraph", () => {
    expect(outcomeRefusal({ ...hearing, proceedingsFinding: "gross_misconduct" }, "written_warning")).toMatch(/reg 42\(3\)\(b\)/);
  });
  it("2020 reg 42(5)-(6): dismissal for misconduct without a final written warning or several incidents is refused", () => {
    expect(outcomeRefusal(hearing, "dismissal_without_notice")).toMatch(/reg 42\(5\).*reg 42\(6\)/);
    expect(outcomeRefusal({ ...hearing, finalWrittenWarningInForce: true }, "dismissal_without_notice")).toBeNull();
  });
  it("2012 reg 35(5): no several-incidents exception under 2012", () => {
    expect(outcomeRefusal({ ...hearing, regime: "2012", severalUnconnectedIncidents: true }, "dismissal_with_notice")).toMatch(/reg 35\(5\).*no exception/);
  });
  it("2020 reg 42(1)(b): RPRP only on a finding of neither, never a sanction", () => {
    expect(outcomeRefusal(hearing, "referred_to_rprp")).toMatch(/reg 42\(1\)\(b\).*never a sanction/);
    expect(outcomeRefusal({ ...hearing, proceedingsFinding: "neither" }, "referred_to_rprp")).toBeNull();
  });
  it("2020 Sch 1 paras 1 and 39: a former officer gets no warning, only would have been dismissed", () => {
    const former = { ...hearing, officer: "former" as const, proceedingsFinding: "gross_misconduct" as const };
    expect(outcomeRefusal(former, "final_written_warning")).toMatch(/only disciplinary outcome for a former officer/);
    expect(outcomeRefusal(former, "would_have_been_dismissed")).toBeNull();
    expect(outcomeRefusal({ ...hearing, proceedingsFinding: "gross_misconduct" }, "would_have_been_dismissed")).toMatch(/officer who has left/);
  });
  it("2020 reg 62(8): an accelerated misconduct hearing that finds misconduct imposes nothing", () => {
    expect(outcomeRefusal({ ...hearing, forum: "accelerated_misconduct_hearing" }, "written_warning")).toMatch(/reg 62\(8\)/);
  });
});

describe("barred list", () => {
  it("SI 2017/1135 reg 3: dismissals and 'would have been dismissed' are reported", () => {
    expect(outcomeKeys.filter(needsBarredListReport)).toEqual(["dismissal_with_notice", "dismissal_without_notice", "would_have_been_dismissed"]);
  });
});
