import { describe, expect, it } from "vitest";
import { caseAuditQuerySchema } from "./case-audit";

describe("the case audit trail's filters", () => {
  it("takes empty fields as no filter and starts at page 1", () => {
    expect(caseAuditQuerySchema.parse({ action: "", actor: "", from: "", to: "" })).toEqual({ page: 1 });
  });
  it("keeps a well-formed filter", () => {
    expect(caseAuditQuerySchema.parse({ action: "case.viewed", actor: "12", from: "2026-11-01", to: "2026-11-30", page: "3" })).toEqual({
      action: "case.viewed",
      actor: 12,
      from: "2026-11-01",
      to: "2026-11-30",
      page: 3,
    });
  });
  it("refuses each bad field with a message the person can act on, on that field", () => {
    const refused = (input: Record<string, string>) => {
      const result = caseAuditQuerySchema.safeParse(input);
      expect(result.success).toBe(false);
      return result.error!.issues.map((i) => [String(i.path[0]), i.message]);
    };
    expect(refused({ action: "drop table" })).toEqual([["action", "Choose an action from the list"]]);
    expect(refused({ actor: "x" })).toEqual([["actor", "Choose a person from the list"]]);
    expect(refused({ actor: "99999999999" })).toEqual([["actor", "Choose a person from the list"]]);
    expect(refused({ from: "2026-02-30" })).toEqual([["from", "Give the first day as a date, such as 2026-11-30: that is not a real date"]]);
    expect(refused({ from: "2026-12-01", to: "2026-11-01" })).toEqual([["to", "The last day must be on or after the first day"]]);
    expect(refused({ page: "0" })).toEqual([["page", "The page must be 1 or more"]]);
  });
});
