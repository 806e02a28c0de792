import { describe, expect, it } from "vitest";
import { warningsInForce } from "./warnings";

describe("warnings in force on the date of the severity assessment", () => {
  it("2020 reg 42(9)(a) (unverified): a written warning is in force for 18 months beginning with the day it was given", () => {
    const record = [{ outcome: "written_warning", outcomeOn: "2021-03-10" }];
    expect(warningsInForce(record, "2022-09-09").writtenWarning).toBe(true);
    expect(warningsInForce(record, "2022-09-10").writtenWarning).toBe(false);
  });
  it("2020 reg 42(9)(b) (unverified): a final written warning is in force for 2 years", () => {
    const record = [{ outcome: "final_written_warning", outcomeOn: "2021-03-10" }];
    expect(warningsInForce(record, "2023-03-09").finalWrittenWarning).toBe(true);
    expect(warningsInForce(record, "2023-03-10").finalWrittenWarning).toBe(false);
  });
  it("2020 reg 42(5): only warnings given before the assessment count; outcomes without a date are ignored", () => {
    expect(warningsInForce([{ outcome: "final_written_warning", outcomeOn: "2024-06-01" }], "2024-05-01").finalWrittenWarning).toBe(false);
    expect(warningsInForce([{ outcome: "final_written_warning", outcomeOn: null }], "2024-05-01").finalWrittenWarning).toBe(false);
    expect(warningsInForce([{ outcome: "management_advice", outcomeOn: "2024-01-01" }], "2024-05-01")).toEqual({
      writtenWarning: false,
      finalWrittenWarning: false,
      finalWrittenWarningExtended: false,
    });
  });
  it("2012 reg 55(4)-(5): an extension adds 18 months to the final written warning, once", () => {
    const record = [
      { outcome: "final_written_warning", outcomeOn: "2016-01-01" },
      { outcome: "extension_of_final_written_warning", outcomeOn: "2017-06-01" },
    ];
    expect(warningsInForce(record, "2019-06-30")).toEqual({ writtenWarning: false, finalWrittenWarning: true, finalWrittenWarningExtended: true });
    expect(warningsInForce(record, "2019-07-01").finalWrittenWarning).toBe(false);
  });
});
