import { describe, expect, it } from "vitest";
import { advisoryListFurtherReport, clockTaskChanges, describeTask, nextPolicingBodyReportDue } from "./clock-tasks";

describe("the statutory clocks a step starts and stops", () => {
  it("2020 reg 19(1)-(2): starting the investigation opens the report to the local policing body, due the day after 12 months from the day it came to attention", () => {
    expect(clockTaskChanges("assessment", "investigation", { recordedOn: "2026-03-02" })).toEqual({
      open: [{ kind: "policing_body_report", dueOn: "2027-03-02" }],
      closeIfNotDue: [],
    });
  });
  it("2020 reg 19(1): completing or ending the investigation makes that report unneeded (if it is not already due)", () => {
    expect(clockTaskChanges("investigation", "decision", { recordedOn: "2026-03-02" }).closeIfNotDue).toEqual(["policing_body_report"]);
    expect(clockTaskChanges("investigation", "withdrawn", { recordedOn: "2026-03-02" }).closeIfNotDue).toEqual(["policing_body_report"]);
  });
  it("2020 reg 19(2): after a report, the next is due when the following 6-month period ends", () => {
    // First period 2 March 2026 - 1 March 2027; the second 2 March 2027 - 1 September 2027.
    expect(nextPolicingBodyReportDue("2026-03-02", 1)).toBe("2027-09-02");
    expect(nextPolicingBodyReportDue("2026-03-02", 2)).toBe("2028-03-02");
  });
  it("2020 reg 31(1): the officer's response to the notice of referral is due 15 working days from the first working day after the documents were supplied", () => {
    // Supplied Friday 20 November 2026: counting begins Monday 23 November; 15 working days end Friday 11 December.
    expect(clockTaskChanges("proceedings", "outcome", { recordedOn: "2026-03-02", documentsSuppliedOn: "2026-11-20" }).open).toEqual([
      { kind: "referral_response", dueOn: "2026-12-11" },
    ]);
  });
  it("2020 reg 31: the response clock stops mattering once the outcome is recorded", () => {
    expect(clockTaskChanges("outcome", "finalised", { recordedOn: "2026-03-02" }).closeIfNotDue).toEqual(["referral_response"]);
  });
  it("names the regulation in each task's words", () => {
    expect(describeTask("policing_body_report", "PC A", "2027-03-02")).toMatch(/2020 reg 19/);
    expect(describeTask("referral_response", "PC A", "2026-12-11")).toMatch(/2020 reg 31\(1\)/);
    expect(describeTask("barred_list_notification", "PC A", "2026-12-11")).toMatch(/SI 2017\/1135 reg 3\(1\)/);
  });
});

describe("the further report that takes a person off the advisory list (Police Act 1996 s 88L)", () => {
  const today = "2026-11-20";
  it("s 88L(1)(a): a determination that no proceedings will be brought", () => {
    expect(advisoryListFurtherReport({ kind: "decide", caseToAnswer: "none", referToProceedings: false }, today)).toEqual({
      kind: "advisory_list_further_report",
      dueOn: "2026-11-26",
    });
    expect(advisoryListFurtherReport({ kind: "decide", caseToAnswer: "gross_misconduct", referToProceedings: false }, today)).not.toBeNull();
    expect(advisoryListFurtherReport({ kind: "assess", route: "no_further_action" }, today)).not.toBeNull();
  });
  it("s 88L(1)(b)-(c): proceedings withdrawn, or concluded without a finding that the person would have been dismissed", () => {
    expect(advisoryListFurtherReport({ kind: "withdraw" }, today)).not.toBeNull();
    expect(advisoryListFurtherReport({ kind: "record_outcome", outcome: "no_further_action" }, today)).not.toBeNull();
  });
  it("s 88L(1): nothing while proceedings go on, nor after a finding that the person would have been dismissed", () => {
    expect(advisoryListFurtherReport({ kind: "decide", caseToAnswer: "gross_misconduct", referToProceedings: true }, today)).toBeNull();
    expect(advisoryListFurtherReport({ kind: "assess", route: "investigation" }, today)).toBeNull();
    expect(advisoryListFurtherReport({ kind: "record_outcome", outcome: "would_have_been_dismissed" }, today)).toBeNull();
  });
});
