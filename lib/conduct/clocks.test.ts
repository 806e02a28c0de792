import { describe, expect, it } from "vitest";
import { clockFor, relevantPeriodEnds, statutoryClocks } from "./clocks";

describe("the table of statutory clocks", () => {
  it("names each clock once, with a citation and how it is computed", () => {
    expect(new Set(statutoryClocks.map((c) => c.key)).size).toBe(statutoryClocks.length);
    for (const clock of statutoryClocks) {
      expect(clock.citation).toMatch(/reg \d+/);
      expect(clock.computed.length).toBeGreaterThan(20);
      expect(clock.startsFrom.length).toBeGreaterThan(10);
    }
  });
});

describe("2020 reg 19(2): relevant periods of an investigation", () => {
  it("reg 19(2)(a): the first period is 12 months beginning with the day the allegation came to attention", () => {
    expect(relevantPeriodEnds("2025-03-10")).toBe("2026-03-09");
    expect(clockFor("investigation_report_to_policing_body").dueOn("2025-03-10")).toBe("2026-03-10");
  });

  it("reg 19(2)(b): each later period is 6 months beginning with the day after the previous one ends", () => {
    expect(relevantPeriodEnds("2025-03-10", 2)).toBe("2026-09-09");
    expect(relevantPeriodEnds("2025-03-10", 3)).toBe("2027-03-09");
  });

  it("reg 19(2): a period beginning on 29 February 2024 ends on 28 February 2025", () => {
    expect(relevantPeriodEnds("2024-02-29")).toBe("2025-02-28");
  });

  it("reg 19(2)(b): a 6-month period beginning on 31 August runs to the end of February", () => {
    expect(relevantPeriodEnds("2024-08-31", 2)).toBe("2026-02-28");
  });
});

describe("2020 reg 31(1): the officer's response to the notice of referral", () => {
  it("15 working days beginning with the first working day after the documents were supplied", () => {
    // Supplied Monday 2 March 2026: Tue 3 March is day 1, Mon 23 March is day 15.
    expect(clockFor("officer_response_to_referral").dueOn("2026-03-02")).toBe("2026-03-23");
  });

  it("skips Easter 2026 (Good Friday 3 April, Easter Monday 6 April)", () => {
    // Supplied Friday 27 March: Mon 30 March is day 1; 3 and 6 April are not counted.
    expect(clockFor("officer_response_to_referral").dueOn("2026-03-27")).toBe("2026-04-21");
  });
});

describe("Police Barred List and Police Advisory List Regulations 2017", () => {
  it("reg 3(1): barred list, 5 working days beginning with the date of dismissal", () => {
    expect(clockFor("barred_list_report").dueOn("2023-05-04")).toBe("2023-05-11");
  });

  it("reg 12(1): advisory list, 5 working days beginning with the date of the relevant event", () => {
    // Friday 2 June 2022 is a bank holiday: Mon 6 to Fri 10 June.
    expect(clockFor("advisory_list_report").dueOn("2022-06-02")).toBe("2022-06-10");
  });
});
