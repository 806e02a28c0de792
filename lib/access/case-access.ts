import { can } from "@/lib/permissions";
import type { Role } from "@/lib/vocabulary";

export interface CaseViewer {
  id: number;
  role: Role;
  team: string | null;
}

export interface CaseAccessFacts {
  assignedTo: number | null;
  team: string | null;
  restricted: boolean;
  /** Whether the viewer holds an unexpired, unrevoked grant for this case. */
  hasGrant: boolean;
}

/**
 * Need-to-know on one case, the rule that db/queries/case-access.ts also writes as SQL
 * (a test checks the two agree on every demo case and account). Investigators see the
 * cases assigned to them or to their team; supervisors see every case of the
 * department; a restricted case needs a grant whoever you are; no other role sees case
 * content at all.
 */
export function canSeeCase(viewer: CaseViewer, facts: CaseAccessFacts): boolean {
  if (!can(viewer.role, "cases:read")) return false;
  if (facts.restricted) return facts.hasGrant;
  if (viewer.role === "supervisor") return true;
  return facts.assignedTo === viewer.id || (viewer.team !== null && facts.team === viewer.team);
}

/** Supervisors may see that a restricted case exists (reference and status), to grant access to it. */
export function canManageRestrictedAccess(role: Role): boolean {
  return role === "supervisor";
}
