import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMonth } from "./format";

describe("dates for people: in words, one format (issue 17, item 11)", () => {
  it("writes a calendar date as its day, its month in words and its year", () => {
    expect(formatDate("2026-12-01")).toBe("1 December 2026");
    expect(formatDate("2024-02-29")).toBe("29 February 2024");
    expect(formatMonth("2026-12")).toBe("December 2026");
  });

  it("never moves a calendar date by a time zone, whatever the server's", () => {
    // The last day of British Summer Time and the day after: the date is the one written.
    expect(formatDate("2026-10-25")).toBe("25 October 2026");
    expect(formatDate("2026-03-29")).toBe("29 March 2026");
  });

  it("shows a moment in UK time, in the same words, to the minute or, precisely, to the second with the zone", () => {
    expect(formatDateTime(new Date("2026-12-01T14:30:05Z"))).toBe("1 December 2026 at 14:30");
    expect(formatDateTime(new Date("2026-06-30T23:30:00Z"))).toBe("1 July 2026 at 00:30");
    expect(formatDateTime(new Date("2026-11-21T14:05:09Z"), { precise: true })).toBe("21 November 2026 at 14:05:09 GMT");
    expect(formatDateTime(new Date("2026-06-21T14:05:09Z"), { precise: true })).toBe("21 June 2026 at 15:05:09 BST");
  });
});
