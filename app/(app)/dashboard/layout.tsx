import type { ReactNode } from "react";
import { requirePagePermission } from "@/server/auth/session";

// Checked here as well as in the page: the page streams behind loading.tsx, by which
// time the status is sent, so only a check outside that boundary can answer 403.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  await requirePagePermission("dashboard:read");
  return children;
}
