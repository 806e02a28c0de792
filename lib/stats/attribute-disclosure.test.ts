import { describe, expect, it } from "vitest";
import { attributeDisclosures } from "./attribute-disclosure";
import { buildStatsResult } from "./result";

describe("attributeDisclosures", () => {
  it("flags a row in which every officer shares one finding, whatever the count", () => {
    const table = buildStatsResult(
      ["rank_group", "finding"],
      { from: 2018, to: 2021 },
      [
        { values: ["constable", "case_to_answer"], count: 30 },
        { values: ["constable", "no_case_to_answer"], count: 50 },
        { values: ["inspector_and_above", "no_case_to_answer"], count: 8 },
      ],
      88,
    );
    expect(attributeDisclosures(table)).toEqual([
      {
        cells: ["case_to_answer", "no_case_to_answer", "withdrawn", "not_recorded", "ongoing"].map((f) => ["inspector_and_above", f]),
        group: "Inspector and above",
        attribute: "No case to answer",
        count: 8,
      },
    ]);
  });

  it("flags a column when the outcome is the rows, and a whole one-way selection", () => {
    const byYear = buildStatsResult(
      ["sanction", "year"],
      { from: 2020, to: 2021 },
      [
        { values: ["written_warning", "2020"], count: 2 },
        { values: ["none", "2021"], count: 3 },
        { values: ["written_warning", "2021"], count: 1 },
      ],
      6,
    );
    expect(attributeDisclosures(byYear).map((d) => [d.group, d.attribute])).toEqual([["2020", "Written warning"]]);
    const one = buildStatsResult(["finding"], {}, [{ values: ["withdrawn"], count: 6 }], 6);
    expect(attributeDisclosures(one).map((d) => [d.group, d.attribute, d.count])).toEqual([["The whole selection", "Withdrawn", 6]]);
  });

  it("leaves tables without an outcome dimension, and mixed groups, alone", () => {
    expect(attributeDisclosures(buildStatsResult(["year", "rank_group"], {}, [{ values: ["2020", "constable"], count: 9 }], 9))).toEqual([]);
    expect(
      attributeDisclosures(
        buildStatsResult(
          ["finding"],
          {},
          [
            { values: ["withdrawn"], count: 6 },
            { values: ["case_to_answer"], count: 1 },
          ],
          7,
        ),
      ),
    ).toEqual([]);
  });
});
