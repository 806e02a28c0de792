import { describe, expect, it } from "vitest";
import { financialYearOf } from "@/lib/stats/financial-year";
import { addWorkingDays, foiDeadline, isWorkingDay } from "./working-days";

describe("FOIA deadlines", () => {
  it("counts 20 working days from the day after receipt", () => {
    // Monday 2 March 2026: four clear weeks, no bank holiday.
    expect(foiDeadline("2026-03-02")).toBe("2026-03-30");
  });

  it("skips Good Friday and Easter Monday", () => {
    // Received Thursday 26 March 2026; 3 and 6 April are bank holidays.
    expect(foiDeadline("2026-03-26")).toBe("2026-04-27");
  });

  it("skips Christmas, Boxing Day's substitute and New Year's Day", () => {
    // Received Friday 18 December 2026; 25 and 28 December and 1 January are not counted.
    expect(foiDeadline("2026-12-18")).toBe("2027-01-20");
  });

  it("starts counting on Monday for a request received on Saturday", () => {
    expect(addWorkingDays("2026-11-21", 1)).toBe("2026-11-23");
  });

  it("knows weekends and one-off bank holidays", () => {
    expect(isWorkingDay("2026-11-21")).toBe(false);
    expect(isWorkingDay("2022-09-19")).toBe(false);
    expect(isWorkingDay("2023-05-08")).toBe(false);
    expect(isWorkingDay("2026-11-23")).toBe(true);
  });

  it("keeps working past the end of any hand-typed list of bank holidays", () => {
    // Received Monday 20 December 2027: 27 and 28 December and 3 January 2028 (New Year's
    // Day falls on a Saturday) are not counted.
    expect(foiDeadline("2027-12-20")).toBe("2028-01-20");
    // Received Monday 3 April 2045: Good Friday 7 April, Easter Monday 10 April and the
    // early May bank holiday on 1 May are not counted.
    expect(foiDeadline("2045-04-03")).toBe("2045-05-04");
  });
});

describe("financialYearOf", () => {
  it.each([
    ["2019-03-31", "2018-19"],
    ["2019-04-01", "2019-20"],
    ["2020-01-15", "2019-20"],
    ["1999-12-31", "1999-00"],
  ])("puts %s in %s", (date, fy) => {
    expect(financialYearOf(date)).toBe(fy);
  });
});
