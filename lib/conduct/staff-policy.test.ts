import { describe, expect, it } from "vitest";
import { isPoliceStaff, staffOutcomeRefusal, staffOutcomesOpen, staffRouteRefusal, staffRoutesOpen } from "./staff-policy";
import { needsBarredListReport } from "./decisions";

describe("police staff and PCSOs: the staff disciplinary policy, not the conduct regulations", () => {
  it("2020 reg 4(1): the conduct regulations apply to officers; police staff and PCSOs are told apart by rank", () => {
    expect(isPoliceStaff("police_staff")).toBe(true);
    expect(isPoliceStaff("pcso")).toBe(true);
    expect(isPoliceStaff("constable")).toBe(false);
  });
  it("2020 reg 14 and Part 6 are officers' only: no practice requiring improvement, no RPRP, no performance procedures for staff", () => {
    expect(staffRoutesOpen("practice_requiring_improvement")).toEqual([]);
    expect(staffRouteRefusal("practice_requiring_improvement", "rprp")).toMatch(/do not apply to police staff/);
    expect(staffRouteRefusal("no_misconduct", "performance_procedures")).toMatch(/are for officers/);
    expect(staffRouteRefusal("misconduct", "investigation")).toBeNull();
    expect(staffRouteRefusal("no_misconduct", "no_further_action")).toBeNull();
    expect(staffRouteRefusal("gross_misconduct", "no_further_action")).toMatch(/is investigated/);
  });
  it("the staff policy's outcomes, by what the disciplinary hearing found", () => {
    expect(staffOutcomesOpen({ proceedingsFinding: null, finalWrittenWarningInForce: false })).toEqual(["staff_management_action", "no_further_action"]);
    expect(staffOutcomesOpen({ proceedingsFinding: "misconduct", finalWrittenWarningInForce: false })).toEqual([
      "staff_first_written_warning",
      "staff_final_written_warning",
      "no_further_action",
    ]);
    expect(staffOutcomesOpen({ proceedingsFinding: "misconduct", finalWrittenWarningInForce: true })).toEqual([
      "staff_dismissal_with_notice",
      "no_further_action",
    ]);
    expect(staffOutcomesOpen({ proceedingsFinding: "gross_misconduct", finalWrittenWarningInForce: false })).toEqual([
      "staff_final_written_warning",
      "staff_dismissal_with_notice",
      "staff_summary_dismissal",
    ]);
  });
  it("refuses the conduct regulations' outcomes for a member of staff, and says what is open", () => {
    expect(staffOutcomeRefusal({ proceedingsFinding: "gross_misconduct", finalWrittenWarningInForce: false }, "dismissal_without_notice")).toMatch(
      /for officers.*summary dismissal/,
    );
    expect(staffOutcomeRefusal({ proceedingsFinding: "misconduct", finalWrittenWarningInForce: false }, "staff_summary_dismissal")).toMatch(
      /summary dismissal is not open on a finding of misconduct/,
    );
  });
  it("SI 2017/1135 reg 3 (Police Act 1996 s 88B, not read): a member of staff dismissed still goes on the barred list", () => {
    expect(needsBarredListReport("staff_summary_dismissal")).toBe(true);
    expect(needsBarredListReport("staff_dismissal_with_notice")).toBe(true);
    expect(needsBarredListReport("staff_final_written_warning")).toBe(false);
  });
});
