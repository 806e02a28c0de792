/**
 * The force's FoI reply on social-media misuse, 2018-2021 (shared/domain.md, seed 002):
 * officers investigated by year, rank group and finding, and the sanctions of the
 * case-to-answer findings. The demo data must reproduce every figure; the seeded
 * published reply shows them. `none` is the case-to-answer findings without a sanction
 * (37 - 21 = 16).
 */
export const publishedFigures = {
  from: 2018,
  to: 2021,
  total: 184,
  year: { "2018": 14, "2019": 16, "2020": 62, "2021": 92 },
  rank_group: { constable: 160, sergeant: 12, inspector_and_above: 8, not_stated: 4 },
  finding: { case_to_answer: 37, no_case_to_answer: 57, withdrawn: 7, not_recorded: 83 },
  sanction: {
    management_advice: 5,
    written_warning: 7,
    final_written_warning: 4,
    dismissal_with_notice: 1,
    dismissal_without_notice: 1,
    would_have_been_dismissed: 3,
    none: 16,
  },
} as const;
