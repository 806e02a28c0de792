import { parseRowId } from "@/lib/validation/text";
import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getAccount } from "@/db/queries/admin-users";
import { requirePagePermission } from "@/server/auth/session";
import { roles } from "@/lib/vocabulary";
import { AccountActions } from "./_components/account-actions";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePagePermission("users:manage");
  const id = parseRowId((await params).id);
  const account = id ? await getAccount(await getDb(), id) : null;
  if (!account) notFound();
  return (
    <>
      <PageHeading back={{ href: "/admin/users", text: "Back to users" }} title={account.email} />
      <SummaryList
        rows={[
          { key: "Name", value: account.name },
          { key: "Role", value: roles.labels[account.role] },
          { key: "Team", value: account.team ?? "None" },
          { key: "Status", value: account.disabled ? "Disabled" : "Active" },
          { key: "Sign-in", value: account.sso ? "Single sign-on (role comes from the identity provider)" : "Email and password" },
        ]}
      />
      {account.id === admin.id ? <p className="govuk-inset-text">This is your own account: another administrator must change its role or status.</p> : null}
      <AccountActions userId={account.id} email={account.email} role={account.role} disabled={account.disabled} isSelf={account.id === admin.id} />
    </>
  );
}
