import { describe, expect, it } from "vitest";
import { statsToCsv } from "./csv";
import { buildStatsResult } from "./result";

describe("buildStatsResult", () => {
  it("orders rows by each dimension's vocabulary, years by number", () => {
    const result = buildStatsResult(
      ["rank_group", "year"],
      { from: 2018, to: 2021 },
      [
        { values: ["not_stated", "2018"], count: 2 },
        { values: ["constable", "2021"], count: 5 },
        { values: ["sergeant", "2019"], count: 1 },
        { values: ["constable", "2018"], count: 3 },
      ],
      11,
    );
    expect(result.rows).toEqual([
      { rank_group: "constable", year: "2018", count: 3 },
      { rank_group: "constable", year: "2021", count: 5 },
      { rank_group: "sergeant", year: "2019", count: 1 },
      { rank_group: "not_stated", year: "2018", count: 2 },
    ]);
    expect(result).toMatchObject({ dimensions: ["rank_group", "year"], from: 2018, to: 2021, total: 11 });
  });

  it("puts the engine's own values after the stored vocabulary", () => {
    const result = buildStatsResult(
      ["finding"],
      {},
      [
        { values: ["ongoing"], count: 4 },
        { values: ["case_to_answer"], count: 1 },
      ],
      5,
    );
    expect(result.rows.map((r) => r.finding)).toEqual(["case_to_answer", "ongoing"]);
    expect(result.from).toBeNull();
  });
});

describe("statsToCsv", () => {
  it("writes the dimension names then count", () => {
    const result = buildStatsResult(["year", "device"], {}, [{ values: ["2020", "personal"], count: 9 }], 9);
    expect(statsToCsv(result)).toBe("year,device,count\r\n2020,personal,9\r\n");
  });
});
