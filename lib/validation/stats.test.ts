import { describe, expect, it } from "vitest";
import { parseStatsParams } from "./stats";

const parse = (query: string) => parseStatsParams(new URLSearchParams(query));

describe("parseStatsParams", () => {
  it("accepts one or more known dimensions and a period", () => {
    expect(parse("dimension=year,rank_group&from=2018&to=2021")).toEqual({
      ok: true,
      data: { dimensions: ["year", "rank_group"], from: 2018, to: 2021, format: "json" },
    });
  });

  it("takes filters as comma-separated vocabulary keys", () => {
    expect(parse("dimension=year&platform=whatsapp,facebook&rank_group=constable&device=personal")).toEqual({
      ok: true,
      data: { dimensions: ["year"], platform: ["whatsapp", "facebook"], rank_group: ["constable"], device: ["personal"], format: "json" },
    });
  });

  it("leaves the period open when from and to are absent, and takes csv", () => {
    expect(parse("dimension=standard&format=csv")).toEqual({ ok: true, data: { dimensions: ["standard"], format: "csv" } });
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
