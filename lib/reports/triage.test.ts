import { describe, expect, it } from "vitest";
import { reportOutcomes } from "@/lib/vocabulary";
import { isOpenForTriage, reporterView, triageConfirmation } from "./triage";

describe("report triage", () => {
  it("may act on a report until it is closed or became a case", () => {
    expect(isOpenForTriage("submitted")).toBe(true);
    expect(isOpenForTriage("triaged")).toBe(true);
    expect(isOpenForTriage("information_requested")).toBe(true);
    expect(isOpenForTriage("converted")).toBe(false);
    expect(isOpenForTriage("closed")).toBe(false);
  });

  it("tells the reporter the kind of outcome in words, nothing more", () => {
    expect(reporterView({ status: "closed", outcome: "no_further_action" })).toEqual({ status: "Closed", outcome: "No further action" });
    expect(reporterView({ status: "converted", outcome: "passed_for_investigation" })).toEqual({
      status: "Being investigated",
      outcome: "Passed for investigation",
    });
    expect(reporterView({ status: "submitted", outcome: null })).toEqual({ status: "Received", outcome: null });
  });

  it.each(reportOutcomes.keys)("confirms %s with what happened and what comes next", (outcome) => {
    const message = triageConfirmation(outcome, "RPT-2026-00007", outcome === "duplicate" ? "RPT-2026-00003" : "PSD-2026-0042");
    expect(message).toContain("RPT-2026-00007");
    expect(message).toMatch(/\. .+/);
    expect(message).not.toContain("undefined");
  });
});
