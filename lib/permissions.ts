import { roles, type Role } from "./vocabulary";

const everyone = roles.keys;

/**
 * Who may do what: the one table that pages, server actions, route handlers and the
 * navigation all ask. Record-level rules (need-to-know on a case) sit beside it in
 * the queries that read the records.
 */
export const permissions = {
  "cases:read": ["investigator", "supervisor"],
  "cases:create": ["investigator", "supervisor"],
  "cases:work": ["investigator", "supervisor"],
  "cases:assign": ["supervisor"],
  "dashboard:read": ["senior_officer", "supervisor"],
  "stats:read": ["foi_officer", "senior_officer", "supervisor"],
  "statistics:build": ["foi_officer", "supervisor"],
  /** Exact small counts (disclosure control off), with a reason that is audited. */
  "statistics:exact": ["supervisor"],
  "reports:create": everyone,
  /** Each person's own notifications; the query reads only theirs. */
  "notifications:read": everyone,
  /** Everyone may ask; deciding is checked per request (line manager or approver) in the query. */
  "app-permissions:request": everyone,
  "app-permissions:approve": ["supervisor"],
  "spot-checks:manage": ["supervisor"],
  "users:manage": ["admin"],
  "sign-ins:read": ["admin"],
  "case-audit:read": ["supervisor"],
  "case-access:grant": ["supervisor"],
  "early-intervention:read": ["supervisor"],
  // How many related cases (earlier allegations, links) lie outside the viewer's need-to-know: a number, never which.
  "cases:count-unseen": ["supervisor"],
  "cases:decide": ["supervisor"],
  "foi:manage": ["foi_officer", "supervisor"],
  "reports:triage": ["investigator", "supervisor"],
  "reports:identify": ["supervisor"],
  "reports:convert": ["supervisor"],
  "cases:import": ["supervisor"],
  // De-identified subject records (no names, service numbers or free text) for analysis
  // elsewhere. Not the admin's: references with unique senior ranks, findings and dates
  // re-identify officers, and administrators see no case content (separation of duties).
  "cases:extract": ["supervisor"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
