import type { Outcome } from "@/lib/vocabulary";

/**
 * Outcomes after which the officer or member of staff stays in the service with misconduct
 * found: the force vetting unit reviews their vetting clearance. The Vetting Code of
 * Practice (College of Policing, July 2023, laid under Police Act 1996 s 39A(5)) has
 * vetting repeated on a material change in circumstances, including misconduct where the
 * person is not dismissed; the APP (2024) asks for an immediate review whenever adverse
 * information comes to light. Read from the College's summaries, not the Code's numbered
 * paragraphs (lib/conduct/SOURCES.md). A dismissal goes to the barred list instead; no
 * further action and the reflective practice review process find no misconduct.
 */
const reviewedAfter: ReadonlySet<Outcome> = new Set<Outcome>([
  "management_advice",
  "written_warning",
  "final_written_warning",
  "extension_of_final_written_warning",
  "reduction_in_rank",
  "staff_management_action",
  "staff_first_written_warning",
  "staff_final_written_warning",
]);

export function needsVettingReview(outcome: Outcome): boolean {
  return reviewedAfter.has(outcome);
}
