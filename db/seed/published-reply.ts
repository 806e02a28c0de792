import { createHash } from "node:crypto";
import { statsToCsv } from "@/lib/stats/csv";
import type { StatDimension } from "@/lib/stats/dimensions";
import { buildStatsResult, type StatsResult } from "@/lib/stats/result";
import { publishedFigures } from "./published-figures";

/**
 * The force's FoI reply on social-media misuse, 2018-2021 (./published-figures.ts), as
 * the published responses it is: once figures are out, showing them again tells
 * nobody anything new, so disclosure control shows them exactly (and weighs every new
 * table against them). The sanctions table adds the row that follows from the
 * reply: every finding other than case to answer (184 - 37 = 147).
 */
const reply: { title: string; dimension: StatDimension; counts: Record<string, number> }[] = [
  { title: "FoI reply 2018-2021: officers investigated, by year", dimension: "year", counts: publishedFigures.year },
  {
    title: "FoI reply 2018-2021: officers investigated, by rank group",
    dimension: "rank_group",
    counts: publishedFigures.rank_group,
  },
  {
    title: "FoI reply 2018-2021: officers investigated, by finding",
    dimension: "finding",
    counts: publishedFigures.finding,
  },
  {
    title: "FoI reply 2018-2021: sanctions of case-to-answer findings",
    dimension: "sanction",
    counts: { ...publishedFigures.sanction, not_applicable: publishedFigures.total - publishedFigures.finding.case_to_answer },
  },
];

export const PUBLISHED_REPLY_REASON = "Figures published by the force in its FoI reply on social-media misuse, 2018-2021 (seed 002)";

export function publishedReplyTables(): { title: string; parameters: Record<string, unknown>; figures: StatsResult; csvSha256: string }[] {
  return reply.map(({ title, dimension, counts }) => {
    const figures = buildStatsResult(
      [dimension],
      { from: 2018, to: 2021 },
      Object.entries(counts).map(([value, count]) => ({ values: [value], count })),
      184,
    );
    return {
      title,
      parameters: { rows: dimension, cols: "", from: 2018, to: 2021, control: "off", reason: PUBLISHED_REPLY_REASON },
      figures,
      csvSha256: createHash("sha256").update(statsToCsv(figures), "utf8").digest("hex"),
    };
  });
}
