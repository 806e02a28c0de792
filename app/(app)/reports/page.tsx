import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Report content" };

export default async function ReportsPage() {
  await requirePagePermission("reports:create");
  return (
    <>
      <h1>Report content</h1>
      <EmptyState title="You have not made any reports">
        <p>You will be able to report inappropriate messages or posts here and get a reference and a timestamped receipt. Until then, report to Professional Standards by the usual route.</p>
      </EmptyState>
    </>
  );
}
