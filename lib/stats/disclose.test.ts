import { describe, expect, it } from "vitest";
import { statsToCsv } from "./csv";
import { discloseResult } from "./disclose";
import { buildStatsResult } from "./result";

const published = buildStatsResult(
  ["rank_group"],
  { from: 2018, to: 2021 },
  [
    { values: ["constable"], count: 160 },
    { values: ["sergeant"], count: 12 },
    { values: ["inspector_and_above"], count: 8 },
    { values: ["not_stated"], count: 4 },
  ],
  184,
);

describe("discloseResult", () => {
  it("shows counts below k as suppressed, and hides a partner so the total gives nothing away", () => {
    const result = discloseResult(published, 5);
    expect(result.rows.find((r) => r.rank_group === "not_stated")).toEqual({ rank_group: "not_stated", count: null, suppressed: true });
    expect(result.rows.filter((r) => r.suppressed)).toHaveLength(2);
    expect(result.rows.find((r) => r.rank_group === "inspector_and_above")!.suppressed).toBe(true);
    expect(result.total).toBe(184);
    expect(result.disclosureControl.rule).toContain("<5");
  });

  it("writes suppressed cells as <k in CSV, with the rule after the table", () => {
    expect(statsToCsv(discloseResult(published, 5))).toBe(
      "rank_group,count\r\nconstable,160\r\nsergeant,12\r\ninspector_and_above,<5\r\nnot_stated,<5\r\n\r\n" +
        "Disclosure control: counts from 1 to 4 are shown as <5; further cells are hidden where a hidden count could otherwise be worked out from the totals.\r\n",
    );
  });

  it("checks two-dimensional tables against the totals they publish", () => {
    const table = buildStatsResult(
      ["year", "rank_group"],
      {},
      [
        { values: ["2020", "constable"], count: 50 },
        { values: ["2020", "sergeant"], count: 3 },
        { values: ["2021", "constable"], count: 60 },
        { values: ["2021", "sergeant"], count: 9 },
      ],
      122,
      {
        rows: [
          { values: ["2020"], count: 53 },
          { values: ["2021"], count: 69 },
        ],
        columns: [
          { values: ["constable"], count: 110 },
          { values: ["sergeant"], count: 12 },
        ],
      },
    );
    const result = discloseResult(table, 5);
    const hidden = result.rows.filter((r) => r.suppressed).map((r) => `${r.year}/${r.rank_group}`);
    expect(hidden).toEqual(["2020/constable", "2020/sergeant", "2021/constable", "2021/sergeant"]);
    expect(result.totals!.grand).toBe(122);
  });
});
