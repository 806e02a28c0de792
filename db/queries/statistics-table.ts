import "server-only";
import { builderDimensions, type BuilderChoice } from "@/lib/stats/builder";
import { discloseResult } from "@/lib/stats/disclose";
import type { Database } from "../index";
import { countSubjects } from "./stats";

/** The table a builder choice describes, as it would be published: disclosure control applied unless switched off. */
export async function buildStatisticsTable(db: Database, choice: BuilderChoice) {
  const exact = await countSubjects(db, {
    dimensions: builderDimensions(choice),
    from: choice.from,
    to: choice.to,
    asAt: choice.asAt,
    totals: choice.cols !== "",
    platform: choice.platform,
    rank_group: choice.rank_group,
    device: choice.device,
  });
  return choice.control === "on" ? discloseResult(exact, choice.k) : exact;
}
