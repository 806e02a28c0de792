import type { Role } from "@/lib/vocabulary";

/**
 * The role a single-sign-on identity gets: the first entry of the configured map whose
 * claim value the identity carries. The claim may be one value or a list (Entra ID
 * sends app roles and groups as lists). No match, no access.
 */
export function roleFromClaims(claims: Record<string, unknown>, claimName: string, map: Map<string, Role>): Role | null {
  const raw = claims[claimName];
  const values = new Set((Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).map(String));
  for (const [claim, role] of map) if (values.has(claim)) return role;
  return null;
}
