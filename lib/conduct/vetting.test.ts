import { describe, expect, it } from "vitest";
import { outcomes } from "@/lib/vocabulary";
import { needsVettingReview } from "./vetting";

describe("Vetting Code of Practice 2023: a vetting review after misconduct where the person is not dismissed", () => {
  it("asks for a review after every sanction that leaves the person in the service", () => {
    for (const outcome of ["management_advice", "written_warning", "final_written_warning", "extension_of_final_written_warning", "reduction_in_rank"] as const)
      expect(needsVettingReview(outcome), outcome).toBe(true);
    for (const outcome of ["staff_management_action", "staff_first_written_warning", "staff_final_written_warning"] as const)
      expect(needsVettingReview(outcome), outcome).toBe(true);
  });
  it("not after a dismissal (the barred list follows instead), no further action or the reflective practice review process", () => {
    const none = outcomes.keys.filter((o) => !needsVettingReview(o));
    expect(none.sort()).toEqual(
      [
        "dismissal_with_notice",
        "dismissal_without_notice",
        "would_have_been_dismissed",
        "staff_dismissal_with_notice",
        "staff_summary_dismissal",
        "no_further_action",
        "referred_to_rprp",
      ].sort(),
    );
  });
});
