import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  await requirePagePermission("users:manage");
  return (
    <>
      <h1>Users</h1>
      <EmptyState title="User administration is not available yet">
        <p>Creating accounts, disabling them, changing roles and ending sessions will be done here.</p>
      </EmptyState>
    </>
  );
}
