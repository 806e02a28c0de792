import { describe, expect, it } from "vitest";
import { addWorkingDays, bankHolidaysOf, easterSunday, isWorkingDay, workingDayDue, workingDaysAfter } from "./working-days";

/** GOV.UK's published bank holidays for England and Wales, 2018-2027, as the FoI module once typed them. */
const published: Record<number, string[]> = {
  2018: ["2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26"],
  2019: ["2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"],
  2020: ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"],
  2021: ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"],
  2022: ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"],
  2023: ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"],
  2024: ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"],
  2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
  2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
  2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
};

describe("Easter Sunday from the Gregorian computus", () => {
  it.each([
    [1961, "1961-04-02"],
    [1995, "1995-04-16"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2038, "2038-04-25"],
    [2045, "2045-04-09"],
    [2049, "2049-04-18"],
    [2285, "2285-03-22"],
  ])("%i: %s", (year, sunday) => {
    expect(easterSunday(year)).toBe(sunday);
  });
});

describe("bank holidays of England and Wales, computed by rule", () => {
  it.each(Object.entries(published))("%s matches the published list", (year, days) => {
    expect(bankHolidaysOf(Number(year))).toEqual(days);
  });

  it("2020: the early May bank holiday moved from Monday 4 May to Friday 8 May (VE Day)", () => {
    expect(isWorkingDay("2020-05-04")).toBe(true);
    expect(isWorkingDay("2020-05-08")).toBe(false);
  });

  it("2022: spring bank holiday on 2 June, the Platinum Jubilee on 3 June, the state funeral on 19 September", () => {
    expect(isWorkingDay("2022-05-30")).toBe(true);
    expect(isWorkingDay("2022-06-02")).toBe(false);
    expect(isWorkingDay("2022-06-03")).toBe(false);
    expect(isWorkingDay("2022-09-19")).toBe(false);
  });

  it("2023: the coronation on Monday 8 May besides the early May bank holiday on 1 May", () => {
    expect(bankHolidaysOf(2023)).toContain("2023-05-01");
    expect(isWorkingDay("2023-05-08")).toBe(false);
  });

  it("2002 and 2012: the spring bank holiday moved into June beside the jubilee day", () => {
    expect(bankHolidaysOf(2002)).toEqual(expect.arrayContaining(["2002-06-03", "2002-06-04"]));
    expect(bankHolidaysOf(2002)).not.toContain("2002-05-27");
    expect(bankHolidaysOf(2012)).toEqual(expect.arrayContaining(["2012-06-04", "2012-06-05"]));
    expect(bankHolidaysOf(2012)).not.toContain("2012-05-28");
  });

  it("a year in the 2040s: 2044, with Christmas on a Sunday and New Year's Day on a Friday", () => {
    expect(bankHolidaysOf(2044)).toEqual(["2044-01-01", "2044-04-15", "2044-04-18", "2044-05-02", "2044-05-30", "2044-08-29", "2044-12-26", "2044-12-27"]);
  });

  it("Christmas on a Friday moves Boxing Day to Monday 28 December (2048)", () => {
    expect(bankHolidaysOf(2048).slice(-2)).toEqual(["2048-12-25", "2048-12-28"]);
  });
});

describe("counting working days", () => {
  it("addWorkingDays does not count the start date", () => {
    expect(addWorkingDays("2026-03-02", 1)).toBe("2026-03-03");
    expect(addWorkingDays("2026-11-21", 1)).toBe("2026-11-23");
  });

  it("workingDayDue counts the start date as the first when it is a working day", () => {
    // Monday 2 March 2026: Mon, Tue, Wed, Thu, Fri.
    expect(workingDayDue("2026-03-02", 5)).toBe("2026-03-06");
    expect(workingDayDue("2026-03-02", 1)).toBe("2026-03-02");
  });

  it("workingDayDue starts from the next working day when the start date is not one", () => {
    // Saturday 21 November 2026: Mon 23 to Fri 27.
    expect(workingDayDue("2026-11-21", 5)).toBe("2026-11-27");
    // Good Friday 3 April 2026: Easter Monday too is skipped, so Tue 7 to Mon 13.
    expect(workingDayDue("2026-04-03", 5)).toBe("2026-04-13");
  });

  it("never runs out of bank holidays, however far ahead", () => {
    expect(workingDayDue("2099-12-24", 5)).toBe("2100-01-04");
  });

  it("refuses what is not a date or not a positive whole number of days", () => {
    expect(() => workingDayDue("2026-02-30", 5)).toThrow(RangeError);
    expect(() => workingDayDue("26-03-02", 5)).toThrow(RangeError);
    expect(() => workingDayDue("2026-03-02", 0)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-03-02", 1.5)).toThrow(RangeError);
  });
});

describe("working days after a date", () => {
  it("counts the working days after the first date up to and including the second, skipping weekends and bank holidays", () => {
    // Thursday 24 December 2026 to Tuesday 29 December: Christmas Day (Fri) and the substitute Boxing Day (Mon 28) are not counted.
    expect(workingDaysAfter("2026-12-24", "2026-12-29")).toBe(1);
    expect(workingDaysAfter("2026-11-30", "2026-12-04")).toBe(4);
    expect(workingDaysAfter("2026-12-04", "2026-12-07")).toBe(1);
  });

  it("is none for the same day or an earlier one, and agrees with addWorkingDays", () => {
    expect(workingDaysAfter("2026-12-01", "2026-12-01")).toBe(0);
    expect(workingDaysAfter("2026-12-01", "2026-11-20")).toBe(0);
    for (const n of [1, 5, 20]) expect(workingDaysAfter("2026-11-20", addWorkingDays("2026-11-20", n))).toBe(n);
  });
});
