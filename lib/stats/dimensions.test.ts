import { describe, expect, it } from "vitest";
import { groupParts } from "@/lib/vocabulary";
import { dimensionInfo, statDimensions, valueLabel, valueRank } from "./dimensions";

describe("the group_part dimension (issue 18)", () => {
  it("is one of the engine's dimensions, with the five parts of the vocabulary and two keys of its own, in that order", () => {
    expect(statDimensions).toContain("group_part");
    expect(groupParts.keys).toEqual(["author", "endorsed", "silent", "challenged", "reported"]);
    expect(dimensionInfo.group_part.order).toEqual(["author", "endorsed", "silent", "challenged", "reported", "part_not_recorded", "not_in_group"]);
    expect(dimensionInfo.group_part.order!.map((key) => valueRank("group_part", key))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("labels every key in words", () => {
    for (const key of dimensionInfo.group_part.order!) expect(valueLabel("group_part", key)).toMatch(/^[A-Z][a-z ,()]+$/);
    expect(valueLabel("group_part", "silent")).toBe("Present and silent");
    expect(valueLabel("group_part", "not_in_group")).toBe("Not in a group chat recorded on the case");
  });
});
