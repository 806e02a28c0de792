import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Cases" };

export default async function CasesPage() {
  await requirePagePermission("cases:read");
  return (
    <>
      <h1>Cases</h1>
      <EmptyState title="No cases to show yet">
        <p>The case list, the intake form and the case pages arrive with the investigators&apos; workbench. Cases assigned to you or your team will be listed here.</p>
      </EmptyState>
    </>
  );
}
