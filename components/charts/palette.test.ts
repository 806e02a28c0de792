import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/contrast";
import { barColour, chartBackground, chartText, findingColours } from "./palette";

// axe reports SVG legend text only as "incomplete", so the colours are checked here directly.
describe("chart colours against the chart background (WCAG 2.2 SC 1.4.3, 4.5:1 for text)", () => {
  for (const [finding, colour] of Object.entries(findingColours)) {
    it(`legend text and bars for ${finding} (${colour}) reach 4.5:1`, () => {
      expect(contrastRatio(colour, chartBackground)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it(`the single-series bar colour (${barColour}) reaches 4.5:1`, () => {
    expect(contrastRatio(barColour, chartBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it("axis ticks and value labels reach 4.5:1", () => {
    expect(contrastRatio(chartText, chartBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it("no two findings share a colour", () => {
    expect(new Set(Object.values(findingColours)).size).toBe(Object.keys(findingColours).length);
  });
});
