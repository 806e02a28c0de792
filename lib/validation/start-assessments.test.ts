import { describe, expect, it } from "vitest";
import { startAssessmentsSchema } from "./workflow";

describe("several severity assessments started in one step (issue 17, item 10)", () => {
  it("reads each officer as id and version, as the page sent them", () => {
    expect(startAssessmentsSchema.parse({ ref: "PSD-2026-0001", subjects: ["12:3", "14:1"] })).toEqual({
      ref: "PSD-2026-0001",
      subjects: [
        { subjectId: 12, version: 3 },
        { subjectId: 14, version: 1 },
      ],
    });
  });
  it("refuses one officer alone, a damaged list and a missing one, saying what to do", () => {
    const message = (input: Record<string, unknown>) => startAssessmentsSchema.safeParse(input).error?.issues[0]?.message;
    expect(message({ ref: "PSD-2026-0001", subjects: "12:3" })).toBe("Starting several at once needs two officers or more: use the officer's own form");
    expect(message({ ref: "PSD-2026-0001", subjects: ["12:3", "x"] })).toBe("Reload the case: the list of officers is damaged");
    expect(message({ ref: "PSD-2026-0001" })).toBe("Reload the case: the list of officers is missing");
  });
});
