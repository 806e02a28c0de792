import { can, type Permission } from "./permissions";
import type { Role } from "./vocabulary";

export interface NavItem {
  href: string;
  label: string;
  description: string;
  permission: Permission;
}

/** The menu mirrors the permission table; it is never what keeps anyone out. */
export const navItems: NavItem[] = [
  { href: "/cases", label: "Cases", description: "Record and work misconduct cases.", permission: "cases:read" },
  { href: "/dashboard", label: "Dashboard", description: "Trends in aggregated figures, no names.", permission: "dashboard:read" },
  { href: "/statistics", label: "Statistics", description: "FoI tables and exports of aggregated figures.", permission: "statistics:build" },
  {
    href: "/reports/queue",
    label: "Report queue",
    description: "Triage reports of inappropriate content and open cases from them.",
    permission: "reports:triage",
  },
  { href: "/spot-checks", label: "Spot-checks", description: "Random and with-cause device reviews.", permission: "spot-checks:manage" },
  { href: "/reports", label: "Report content", description: "Report inappropriate messages or posts, with a receipt.", permission: "reports:create" },
  {
    href: "/app-permissions",
    label: "App permissions",
    description: "Request permission for a messaging app on a force phone.",
    permission: "app-permissions:request",
  },
  {
    href: "/notifications",
    label: "Notifications",
    description: "What you have been told of: assignments, decisions due, deadlines.",
    permission: "notifications:read",
  },
  { href: "/admin/users", label: "Users", description: "Accounts, roles and sessions.", permission: "users:manage" },
  { href: "/admin/sign-ins", label: "Sign-in log", description: "Sign-ins, failures, lockouts and account changes.", permission: "sign-ins:read" },
];

export function navigationFor(role: Role): NavItem[] {
  return navItems.filter((item) => can(role, item.permission));
}
