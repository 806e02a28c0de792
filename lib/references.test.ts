import { describe, expect, it } from "vitest";
import { isReference, referenceKinds, type ReferenceKind } from "./references";

describe("references", () => {
  it("accept their own example and refuse another kind's", () => {
    const kinds = Object.keys(referenceKinds) as ReferenceKind[];
    for (const kind of kinds) {
      expect(isReference(kind, referenceKinds[kind].example), kind).toBe(true);
      for (const other of kinds.filter((k) => k !== kind)) expect(isReference(kind, referenceKinds[other].example), `${kind} vs ${other}`).toBe(false);
    }
  });

  it("refuse a short number, a missing year and trailing text", () => {
    expect(isReference("report", "RPT-2026-0001")).toBe(false);
    expect(isReference("report", "RPT-00001")).toBe(false);
    expect(isReference("report", "RPT-2026-00001 ")).toBe(false);
  });
});
