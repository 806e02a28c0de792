import { createHash } from "node:crypto";
import { statsToCsv } from "@/lib/stats/csv";
import type { StatDimension } from "@/lib/stats/dimensions";
import { buildStatsResult, type StatsResult } from "@/lib/stats/result";

/**
 * The force's FoI reply on social-media misuse, 2018-2021 (shared/domain.md, seed 002),
 * as the published responses it is: once figures are out, showing them again tells
 * nobody anything new, so disclosure control shows them exactly (and weighs every new
 * table against them). The sanctions table adds the two rows that follow from the
 * reply: case-to-answer findings without a sanction (37 - 21 = 16) and every other
 * finding (184 - 37 = 147).
 */
const reply: { title: string; dimension: StatDimension; counts: Record<string, number> }[] = [
  { title: "FoI reply 2018-2021: officers investigated, by year", dimension: "year", counts: { "2018": 14, "2019": 16, "2020": 62, "2021": 92 } },
  {
    title: "FoI reply 2018-2021: officers investigated, by rank group",
    dimension: "rank_group",
    counts: { constable: 160, sergeant: 12, inspector_and_above: 8, not_stated: 4 },
  },
  {
    title: "FoI reply 2018-2021: officers investigated, by finding",
    dimension: "finding",
    counts: { case_to_answer: 37, no_case_to_answer: 57, withdrawn: 7, not_recorded: 83 },
  },
  {
    title: "FoI reply 2018-2021: sanctions of case-to-answer findings",
    dimension: "sanction",
    counts: {
      management_advice: 5,
      written_warning: 7,
      final_written_warning: 4,
      dismissal_with_notice: 1,
      dismissal_without_notice: 1,
      would_have_been_dismissed: 3,
      none: 16,
      not_applicable: 147,
    },
  },
];

export const PUBLISHED_REPLY_REASON = "Figures published by the force in its FoI reply on social-media misuse, 2018-2021 (seed 002)";

export function publishedReplyTables(): { title: string; parameters: Record<string, unknown>; figures: StatsResult; csvSha256: string }[] {
  return reply.map(({ title, dimension, counts }) => {
    const figures = buildStatsResult([dimension], { from: 2018, to: 2021 }, Object.entries(counts).map(([value, count]) => ({ values: [value], count })), 184);
    return {
      title,
      parameters: { rows: dimension, cols: "", from: 2018, to: 2021, control: "off", reason: PUBLISHED_REPLY_REASON },
      figures,
      csvSha256: createHash("sha256").update(statsToCsv(figures), "utf8").digest("hex"),
    };
  });
}
