import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+44 20 7230 1212", "'+44 20 7230 1212"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tindented", "'\tindented"],
    ["\rreturn", '"\'\rreturn"'],
    [" padded ", '" padded "'],
  ])("writes %j as %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it("writes numbers as they are, negative ones included, and null as empty", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });
});

describe("toCsv", () => {
  it("writes a header and CRLF-terminated rows", () => {
    expect(toCsv(["year", "count"], [["2018", 14]])).toBe("year,count\r\n2018,14\r\n");
  });
});
