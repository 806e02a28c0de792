import { dimensionInfo } from "./dimensions";
import type { DisclosedResult } from "./disclose";
import type { StatsResult } from "./result";
import { NO_CONTROL } from "./suppression";

export interface ExportContext {
  producedAt: Date;
  /** Why disclosure control was off, when it was (supervisors only). */
  reasonWithoutControl?: string;
}

/** The rule applied to a result, in words. */
export function ruleOf(result: StatsResult | DisclosedResult, reasonWithoutControl?: string): string {
  if ("disclosureControl" in result) return result.disclosureControl.rule;
  return reasonWithoutControl ? `${NO_CONTROL} Reason given: ${reasonWithoutControl}` : NO_CONTROL;
}

export function periodText(result: StatsResult | DisclosedResult): string {
  return result.from || result.to ? `${result.from ?? "earliest"} to ${result.to ?? "latest"} (year the allegation was recorded)` : "All years";
}

/** What every export says about its table: what it counts, its period, as-at date, rule and when it was produced. */
export function aboutTable(result: StatsResult | DisclosedResult, context: ExportContext): [string, string][] {
  return [
    ["Counting unit", "Subject officers: one per officer per case. An officer named in two cases counts twice."],
    ["Dimensions", result.dimensions.map((d) => dimensionInfo[d].label).join("; ")],
    ["Period", periodText(result)],
    ["Figures as at", result.asAt ?? `The time produced (${context.producedAt.toISOString()})`],
    ["Disclosure control", ruleOf(result, context.reasonWithoutControl)],
    ["Symbol", "[c]: withheld to protect the people counted (confidential). The same symbol is used whatever the reason a figure is withheld."],
    ["Produced", context.producedAt.toISOString()],
  ];
}
