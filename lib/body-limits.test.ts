import { describe, expect, it } from "vitest";
import { bodyLimitFor, FORM_MAX_BYTES, isUploadPath } from "./body-limits";

describe("bodyLimitFor (issue 13, item 11: oversized bodies refused before they are read)", () => {
  it("gives the import and the evidence upload their file limits, and every other path the form limit", () => {
    expect(bodyLimitFor("/api/cases/import")).toBe(50 * 1024 * 1024 + 64 * 1024);
    expect(bodyLimitFor("/api/cases/PSD-2026-0001/evidence")).toBe(10 * 1024 * 1024 + 64 * 1024);
    for (const path of [
      "/cases/PSD-2026-0001",
      "/api/cases/import/template",
      "/api/cases/PSD-2026-0001/evidence/3",
      "/api/auth/callback/credentials",
      "/reports/new",
    ]) {
      expect(bodyLimitFor(path), path).toBe(FORM_MAX_BYTES);
    }
    expect(isUploadPath("/api/cases/import?x=1")).toBe(true);
    expect(isUploadPath("/cases/import")).toBe(false);
  });
});
