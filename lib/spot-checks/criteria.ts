import type { DrawCriteria } from "@/lib/validation/spot-checks";
import { jobRoles, rankGroups } from "@/lib/vocabulary";

/** A draw's population in words, e.g. "Central West BCU, constables, any role, leaving out those checked in the last 12 months". */
export function describeCriteria(criteria: DrawCriteria): string {
  const parts = [
    criteria.unit ?? "Every unit",
    criteria.rankGroup ? rankGroups.labels[criteria.rankGroup] : "any rank",
    criteria.jobRole ? jobRoles.labels[criteria.jobRole] : "any role",
  ];
  const exclusion = criteria.excludeMonths > 0 ? `leaving out those checked in the last ${criteria.excludeMonths} months` : "nobody left out";
  return `${parts.join(", ")}; ${exclusion}`;
}
