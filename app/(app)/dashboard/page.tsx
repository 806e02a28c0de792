import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requirePagePermission("dashboard:read");
  return (
    <>
      <h1>Dashboard</h1>
      <EmptyState title="No charts yet">
        <p>Charts of recorded allegations, findings and sanctions, with a table behind each, will appear here. The figures are already available on the statistics API.</p>
      </EmptyState>
    </>
  );
}
