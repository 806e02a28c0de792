import { describe, expect, it } from "vitest";
import { bulkAssignSchema, MAX_BULK_ASSIGN } from "./case-work";

describe("bulkAssignSchema (issue 17, item 9)", () => {
  it("reads each ticked case with the version the list showed, one or several", () => {
    expect(bulkAssignSchema.parse({ cases: "PSD-2026-0042@7", userId: "3" })).toEqual({ cases: [{ ref: "PSD-2026-0042", version: 7 }], userId: 3 });
    expect(bulkAssignSchema.parse({ cases: ["PSD-2026-0042@7", "PSD-2025-123456@1"], userId: "3" }).cases).toEqual([
      { ref: "PSD-2026-0042", version: 7 },
      { ref: "PSD-2025-123456", version: 1 },
    ]);
  });

  it("refuses no ticks, too many, repeats, a missing version and no investigator, each with its message", () => {
    const problems = (input: Record<string, unknown>) => bulkAssignSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(problems({ userId: "3" })).toEqual(["Tick the cases to assign"]);
    const many = Array.from({ length: MAX_BULK_ASSIGN + 1 }, (_, i) => `PSD-2026-${String(1000 + i)}@1`);
    expect(problems({ cases: many, userId: "3" })).toEqual([`Assign at most ${MAX_BULK_ASSIGN} cases at once`]);
    expect(problems({ cases: ["PSD-2026-0042@1", "PSD-2026-0042@1"], userId: "3" })).toEqual(["Each case once: reload the list and tick them again"]);
    expect(problems({ cases: ["PSD-2026-0042"], userId: "3" })).toEqual(["Reload the list: a ticked case is missing its version"]);
    expect(problems({ cases: ["PSD-2026-0042@1"], userId: "" })).toHaveLength(1);
  });
});
