import { describe, expect, it } from "vitest";
import { explainRepeat, repeatWindow } from "./early-intervention";

const a = (ref: string, recordedOn: string) => ({ ref, recordedOn });

describe("repeatWindow", () => {
  it("flags two allegations within twelve months", () => {
    expect(repeatWindow([a("PSD-2021-0001", "2021-01-10"), a("PSD-2021-0050", "2021-12-20")], 2)).toHaveLength(2);
  });

  it("does not flag two allegations more than twelve months apart", () => {
    expect(repeatWindow([a("PSD-2020-0001", "2020-01-10"), a("PSD-2021-0050", "2021-02-20")], 2)).toBeNull();
  });

  it("finds the busiest twelve months in a longer history, in any order", () => {
    const window = repeatWindow([a("C", "2023-03-01"), a("A", "2019-01-01"), a("B", "2023-01-01"), a("D", "2023-11-30"), a("E", "2025-06-01")], 3);
    expect(window?.map((x) => x.ref)).toEqual(["B", "C", "D"]);
  });

  it("respects a higher threshold", () => {
    expect(repeatWindow([a("A", "2021-01-01"), a("B", "2021-02-01")], 3)).toBeNull();
  });
});

describe("explainRepeat", () => {
  it("names the cases and dates in plain words", () => {
    expect(explainRepeat([a("PSD-2021-0001", "2021-01-10"), a("PSD-2021-0050", "2021-12-20")], 2)).toBe(
      "Named in 2 allegations within twelve months: PSD-2021-0001 (10 January 2021) and PSD-2021-0050 (20 December 2021). The early-intervention threshold is 2.",
    );
  });

  it("counts allegations on cases the viewer may not see without naming or dating them", () => {
    const text = explainRepeat([a("PSD-2021-0001", "2021-01-10"), { ref: null, recordedOn: "2021-03-02" }, { ref: null, recordedOn: "2021-05-05" }], 2);
    expect(text).toBe(
      "Named in 3 allegations within twelve months: PSD-2021-0001 (10 January 2021) and 2 on cases you may not see. The early-intervention threshold is 2.",
    );
    expect(text).not.toContain("March");
  });
});
