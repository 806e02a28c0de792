import { describe, expect, it } from "vitest";
import { isForPublication } from "./service";

describe("protective marking (Government Security Classifications)", () => {
  it("leaves a published FoI response unmarked", () => {
    expect(isForPublication("/statistics/published/12")).toBe(true);
  });

  it("marks the list of published responses and every other page", () => {
    for (const path of ["/statistics/published", "/statistics", "/cases/PSD-2024-0001", "/", "/accessibility"]) {
      expect(isForPublication(path), path).toBe(false);
    }
  });
});
