import { describe, expect, it } from "vitest";
import { convictionIsGrossMisconduct, criminalRefusal, type CriminalRecord } from "./criminal";
import { measureRefusal } from "./suspension";

const record: CriminalRecord = {
  referredOn: "2025-06-01",
  offence: "Misconduct in public office",
  indictableOnly: true,
  chargedOn: "2025-07-01",
  outcome: "convicted",
  outcomeOn: "2025-11-03",
};

describe("criminal proceedings beside a conduct matter", () => {
  it("SI 2025/558: a conviction for an indictable-only offence from 28 May 2025 makes the conduct gross misconduct", () => {
    expect(convictionIsGrossMisconduct(record)).toBe(true);
    expect(convictionIsGrossMisconduct({ ...record, outcomeOn: "2025-05-27" })).toBe(false);
    expect(convictionIsGrossMisconduct({ ...record, indictableOnly: false })).toBe(false);
    expect(convictionIsGrossMisconduct({ ...record, outcome: "acquitted" })).toBe(false);
    expect(convictionIsGrossMisconduct(null)).toBe(false);
  });
  it("keeps the dates in order, and a verdict after a charge", () => {
    expect(criminalRefusal(record, "2026-11-22")).toBeNull();
    expect(criminalRefusal({ ...record, chargedOn: "2025-05-01" }, "2026-11-22")).toMatch(/before the referral/);
    expect(criminalRefusal({ ...record, chargedOn: null }, "2026-11-22")).toMatch(/follows a charge/);
    expect(criminalRefusal({ ...record, outcomeOn: null }, "2026-11-22")).toMatch(/date of the outcome/);
    expect(criminalRefusal({ ...record, outcome: null }, "2026-11-22")).toMatch(/Choose the outcome/);
    expect(criminalRefusal(record, "2025-10-01")).toMatch(/future/);
  });
});

describe("suspension and restriction (2020 reg 11)", () => {
  it("starts with a date, then takes reviews and an end, never out of order", () => {
    expect(measureRefusal(null, { startedOn: "2026-11-01" }, "2026-11-22")).toBeNull();
    expect(measureRefusal(null, {}, "2026-11-22")).toMatch(/started/);
    const open = { startedOn: "2026-11-01", lastReviewedOn: null };
    expect(measureRefusal(open, { reviewedOn: "2026-11-15" }, "2026-11-22")).toBeNull();
    expect(measureRefusal(open, { reviewedOn: "2026-10-15" }, "2026-11-22")).toMatch(/before the measure started/);
    expect(measureRefusal(open, { endedOn: "2026-11-23" }, "2026-11-22")).toMatch(/future/);
    expect(measureRefusal(open, {}, "2026-11-22")).toMatch(/review, or the date/);
  });
});
