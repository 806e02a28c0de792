import { describe, expect, it } from "vitest";
import { isMonthEnd, parseStatsParams } from "./stats";

const parse = (query: string) => parseStatsParams(new URLSearchParams(query));

describe("isMonthEnd", () => {
  it("knows the last day of every month, leap years included", () => {
    expect(["2021-01-31", "2021-02-28", "2020-02-29", "2021-04-30", "2021-12-31"].map(isMonthEnd)).toEqual([true, true, true, true, true]);
    expect(["2021-01-30", "2020-02-28", "2021-04-29", "2021-12-01"].map(isMonthEnd)).toEqual([false, false, false, false]);
  });
});

describe("parseStatsParams", () => {
  it("reads suppress=off with a reason, and a threshold as a number", () => {
    expect(parse("dimension=year&suppress=off&reason=internal reconciliation of figures")).toMatchObject({ ok: true, data: { suppress: "off" } });
    expect(parse("dimension=year&suppress=10")).toMatchObject({ ok: true, data: { suppress: 10 } });
  });

  it("accepts one or more known dimensions and a period", () => {
    expect(parse("dimension=year,rank_group&from=2018&to=2021")).toEqual({
      ok: true,
      data: { dimensions: ["year", "rank_group"], from: 2018, to: 2021, format: "json", layout: "long" },
    });
  });

  it("takes filters as comma-separated vocabulary keys", () => {
    expect(parse("dimension=year&platform=whatsapp,facebook&rank_group=constable&device=personal")).toEqual({
      ok: true,
      data: { dimensions: ["year"], platform: ["whatsapp", "facebook"], rank_group: ["constable"], device: ["personal"], format: "json", layout: "long" },
    });
  });

  it("leaves the period open when from and to are absent, and takes csv", () => {
    expect(parse("dimension=standard&format=csv")).toEqual({ ok: true, data: { dimensions: ["standard"], format: "csv", layout: "long" } });
  });

  it.each([
    ["", "dimension", /dimension is required/],
    ["dimension=", "dimension", /dimension is required/],
    ["dimension=year,colour", "dimension", /unknown dimension 'colour'/],
    ["dimension=year,year", "dimension", /same dimension twice/],
    ["dimension=year,rank,finding,device", "dimension", /at most 3/],
    ["dimension=year&from=18", "from", /four-digit year/],
    ["dimension=year&from=1800", "from", /1990 or later/],
    ["dimension=year&to=2101", "to", /2100 or earlier/],
    ["dimension=year&from=2021&to=2020", "from", /must not be after/],
    ["dimension=year&format=xml", "format", /json, csv or xlsx/],
    ["dimension=year&asAt=2019-13-01", "asAt", /not a real date/],
    ["dimension=year&asAt=yesterday", "asAt", /YYYY-MM-DD/],
    ["dimension=year&suppress=1", "suppress", /at least 2/],
    ["dimension=year&suppress=five", "suppress", /whole number, or off/],
    ["dimension=year&suppress=off", "reason", /reason is required to switch disclosure control off/],
    ["dimension=year&layout=tall", "layout", /long or wide/],
    ["dimension=year,rank_group,finding&layout=wide", "layout", /one or two dimensions/],
    ["dimension=year&totals=yes", "totals", /0 or 1/],
    ["dimension=year&platform=myspace", "platform", /unknown value 'myspace'/],
    ["dimension=year&rank_group=general", "rank_group", /unknown value 'general'/],
    ["dimension=year&device=pager", "device", /unknown value 'pager'/],
  ])("refuses %j, naming %s", (query, parameter, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.parameter).toBe(parameter);
    expect(result.message).toMatch(message);
    expect(result.message.startsWith(parameter)).toBe(true);
  });
});
