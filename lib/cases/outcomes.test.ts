import { describe, expect, it } from "vitest";
import { outcomes, proceedings } from "@/lib/vocabulary";
import { forumsFor, lawfulOutcomes, needsBarredListNotification, outcomeRefusal, regimeFor, type Regime } from "./outcomes";

// The expected table written out by hand from the regulations, so that a change to the
// rule has to be made twice to pass.
const expected: Record<string, string> = {
  "2020 misconduct_meeting": "no_further_action reflective_practice written_warning final_written_warning",
  "2020 misconduct_hearing": "no_further_action reflective_practice written_warning final_written_warning reduction_in_rank dismissal_without_notice",
  "2020 accelerated_hearing": "no_further_action final_written_warning reduction_in_rank dismissal_without_notice",
  "2020 reflective_practice_review": "reflective_practice",
  "2012 misconduct_meeting": "no_further_action management_advice written_warning final_written_warning",
  "2012 misconduct_hearing": "no_further_action management_advice written_warning final_written_warning dismissal_with_notice dismissal_without_notice",
  "2012 accelerated_hearing": "no_further_action final_written_warning dismissal_without_notice",
  "2012 reflective_practice_review": "",
};

describe("lawful outcomes", () => {
  for (const regime of ["2012", "2020"] as Regime[]) {
    for (const forum of proceedings.keys) {
      const lawful = expected[`${regime} ${forum}`]!.split(" ").filter(Boolean);
      for (const outcome of outcomes.keys) {
        for (const hasLeft of [false, true]) {
          const dismissalOpen = lawful.some((o) => o.startsWith("dismissal"));
          const shouldAllow = hasLeft
            ? (lawful.includes(outcome) && !outcome.startsWith("dismissal")) || (outcome === "would_have_been_dismissed" && dismissalOpen)
            : lawful.includes(outcome);
          it(`${regime} ${forum} ${outcome}${hasLeft ? " (officer has left)" : ""}: ${shouldAllow ? "allowed" : "refused"}`, () => {
            const context = { regime, finding: "case_to_answer" as const, proceedings: forum, hasLeft };
            expect(lawfulOutcomes(context).includes(outcome)).toBe(shouldAllow);
            const refusal = outcomeRefusal(context, outcome);
            if (shouldAllow) expect(refusal).toBeNull();
            else expect(refusal).toMatch(/\w+/);
          });
        }
      }
    }
  }

  it("after no case to answer gives only learning, by regime", () => {
    expect(lawfulOutcomes({ regime: "2020", finding: "no_case_to_answer", proceedings: null, hasLeft: false })).toEqual(["no_further_action", "reflective_practice"]);
    expect(lawfulOutcomes({ regime: "2012", finding: "no_case_to_answer", proceedings: null, hasLeft: false })).toEqual(["no_further_action", "management_advice"]);
  });

  it("gives nothing before a finding, or to a case to answer without proceedings", () => {
    expect(lawfulOutcomes({ regime: "2020", finding: null, proceedings: null, hasLeft: false })).toEqual([]);
    expect(lawfulOutcomes({ regime: "2020", finding: "case_to_answer", proceedings: null, hasLeft: false })).toEqual([]);
    expect(outcomeRefusal({ regime: "2020", finding: "case_to_answer", proceedings: null, hasLeft: false }, "written_warning")).toMatch(/needs proceedings/);
  });

  it("explains a refusal with what the forum may give", () => {
    const refusal = outcomeRefusal({ regime: "2020", finding: "case_to_answer", proceedings: "misconduct_meeting", hasLeft: false }, "dismissal_without_notice");
    expect(refusal).toBe(
      "Dismissal without notice is not open to a misconduct meeting under the 2020 regulations. It may give: no further action, reflective practice, written warning, final written warning.",
    );
    expect(outcomeRefusal({ regime: "2020", finding: "case_to_answer", proceedings: "misconduct_hearing", hasLeft: true }, "dismissal_without_notice")).toMatch(/has left the service/);
    expect(outcomeRefusal({ regime: "2020", finding: "case_to_answer", proceedings: "misconduct_hearing", hasLeft: false }, "would_have_been_dismissed")).toMatch(/still serving/);
  });

  it("offers RPRP only under 2020", () => {
    expect(forumsFor("2020")).toContain("reflective_practice_review");
    expect(forumsFor("2012")).not.toContain("reflective_practice_review");
  });

  it("puts dismissals on the barred list", () => {
    expect(outcomes.keys.filter(needsBarredListNotification)).toEqual(["dismissal_with_notice", "dismissal_without_notice", "would_have_been_dismissed"]);
  });

  it("chooses the regime by the date the allegation was recorded", () => {
    expect(regimeFor("2020-01-31")).toBe("2012");
    expect(regimeFor("2020-02-01")).toBe("2020");
  });
});
