import { describe, expect, it } from "vitest";
import { contrastRatio } from "./contrast";

describe("WCAG 2.2 contrast ratio", () => {
  it("is 21:1 for black on white and 1:1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#1d70b8", "#1d70b8")).toBeCloseTo(1, 5);
  });

  it("does not depend on which colour is the text", () => {
    expect(contrastRatio("#ffffff", "#484949")).toBeCloseTo(contrastRatio("#484949", "#ffffff"), 10);
  });

  it("puts #777777 just under the 4.5:1 minimum on white, and #767676 just over (SC 1.4.3)", () => {
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("refuses a colour it cannot read", () => {
    expect(() => contrastRatio("blue", "#ffffff")).toThrow(/#rrggbb/);
  });
});
