import { describe, expect, it } from "vitest";
import { hostileString } from "@/tests/hostile";
import fc from "fast-check";
import { prefixQuery } from "./search-words";

describe("prefixQuery (issue 13, item 11: name search without a leading-wildcard scan)", () => {
  it("makes each word a prefix, all of them required", () => {
    expect(prefixQuery("Jo Cla")).toBe("jo:* & cla:*");
    expect(prefixQuery("O'Brien")).toBe("o:* & brien:*");
    expect(prefixQuery("  ")).toBeNull();
  });

  it("caps a long search at eight words of forty characters", () => {
    const query = prefixQuery(`${"a".repeat(100)} ${"b ".repeat(50)}`)!;
    expect(query.split(" & ")).toHaveLength(8);
    expect(query.startsWith(`${"a".repeat(40)}:*`)).toBe(true);
  });

  it("never lets tsquery syntax through, whatever is typed", () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const query = prefixQuery(text);
        if (query !== null) expect(query).toMatch(/^[\p{L}\p{N}]+:\*( & [\p{L}\p{N}]+:\*)*$/u);
      }),
      { numRuns: 500 },
    );
  });
});
