import { describe, expect, it } from "vitest";
import { arrangeAtoms, AtomSetBuilder, distinctSpecs } from "./atom-sets";
import type { ReleaseSpec } from "./release-check";

const byYear: ReleaseSpec = { dimensions: ["year"] };
const byPlatform: ReleaseSpec = { dimensions: ["platform"], from: 2020 };

/** Groups of officers as the database might give them, in the order given, over the two tables in their distinct order. */
function setOf(groups: [string, string | null, number][]) {
  expect(distinctSpecs([byYear, byPlatform])).toEqual([byPlatform, byYear]);
  const builder = new AtomSetBuilder(2);
  for (const [year, platform, n] of groups) builder.add([platform === null ? null : [[platform]], [[year]]], n);
  return builder.build();
}

describe("atom sets, kept compact and arranged per request", () => {
  it("makes groups alike in every table one atom, and leaves out groups outside every table", () => {
    const builder = new AtomSetBuilder(2);
    builder.add([[["2020"]], [["whatsapp"]]], 3);
    builder.add([[["2020"]], [["whatsapp"]]], 4);
    builder.add([null, null], 9);
    builder.add([[["2019"]], null], 2);
    const set = builder.build();
    expect(Array.from(set.counts)).toEqual([7, 2]);
    expect(Array.from(set.ids[1]!)).toEqual([0, -1]);
  });

  it("gives the same atoms in the same order whatever order the groups came in", () => {
    const groups: [string, string | null, number][] = [
      ["2021", "facebook", 2],
      ["2019", null, 5],
      ["2021", "whatsapp", 1],
    ];
    const grouped = distinctSpecs([byYear, byPlatform]);
    const one = arrangeAtoms(grouped, setOf(groups), [byYear, byPlatform]);
    expect(arrangeAtoms(grouped, setOf([...groups].reverse()), [byYear, byPlatform])).toEqual(one);
    expect(one.map((atom) => atom.count)).toEqual([5, 2, 1]);
  });

  it("gives a table asked for twice the very same values, in the request's order of tables", () => {
    const grouped = distinctSpecs([byPlatform, byYear]);
    const set = setOf([["2021", "facebook", 2]]);
    const [atom] = arrangeAtoms(grouped, set, [byPlatform, byYear, byPlatform]);
    expect(atom!.signature).toEqual([[["facebook"]], [["2021"]], [["facebook"]]]);
    expect(atom!.signature[2]).toBe(atom!.signature[0]);
    expect(() => arrangeAtoms(grouped, set, [{ dimensions: ["device"] }])).toThrow("not grouped");
  });
});
