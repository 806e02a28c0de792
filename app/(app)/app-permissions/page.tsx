import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "App permissions" };

export default async function AppPermissionsPage() {
  await requirePagePermission("app-permissions:request");
  return (
    <>
      <h1>App permissions</h1>
      <EmptyState title="No requests yet">
        <p>Requests for permission to use WhatsApp or another messaging app on a force phone will be made, approved and listed here.</p>
      </EmptyState>
    </>
  );
}
