import "server-only";
import { attributeDisclosures, type AttributeDisclosure } from "@/lib/stats/attribute-disclosure";
import { builderDimensions, type BuilderChoice } from "@/lib/stats/builder";
import type { DisclosedResult } from "@/lib/stats/disclose";
import type { ReleaseSpec } from "@/lib/stats/release-check";
import type { StatsResult } from "@/lib/stats/result";
import type { Role } from "@/lib/vocabulary";
import type { Database } from "../index";
import { protectTables } from "./protected-tables";
import { countSubjects } from "./stats";

/** What a builder choice counts, as the release check names tables. */
export function builderSpec(choice: BuilderChoice): ReleaseSpec {
  const spec: ReleaseSpec = { dimensions: builderDimensions(choice), from: choice.from, to: choice.to };
  if (choice.asAt) spec.asAt = choice.asAt;
  for (const key of ["platform", "rank_group", "device"] as const) if (choice[key]?.length) (spec as unknown as Record<string, unknown>)[key] = choice[key];
  return spec;
}

/** The exact figures of a builder choice, totals included. */
export function countBuilderTable(db: Database, choice: BuilderChoice): Promise<StatsResult> {
  return countSubjects(db, { ...builderSpec(choice), totals: choice.cols !== "" });
}

/**
 * The table a builder choice describes, as it may leave the building for this person:
 * disclosure control and the release check applied (lib/stats/release-check.ts), unless
 * a supervisor switched control off (the caller has checked that and audits the reason).
 */
export async function buildStatisticsTable(
  db: Database,
  readDb: Database,
  request: { actor: { id: number; role: Role }; choice: BuilderChoice; k: number; memoryDays: number; channel: string },
): Promise<{ table: StatsResult | DisclosedResult; attributeDisclosures: AttributeDisclosure[] }> {
  const exact = await countBuilderTable(readDb, request.choice);
  const flagged = attributeDisclosures(exact);
  if (request.choice.control === "off") return { table: exact, attributeDisclosures: flagged };
  const withheld = request.choice.attributes === "withhold" ? flagged.flatMap((d) => d.cells) : [];
  const [protectedTable] = await protectTables(db, readDb, { ...request, tables: [{ spec: builderSpec(request.choice), exact, withheld }] });
  return { table: protectedTable!, attributeDisclosures: flagged };
}
