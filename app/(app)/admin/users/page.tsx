import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import { getDb } from "@/db";
import { listAccounts } from "@/db/queries/admin-users";
import { requirePagePermission } from "@/server/auth/session";
import { roles } from "@/lib/vocabulary";
import { CreateUserForm } from "./_components/create-user-form";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Users" };

type Account = Awaited<ReturnType<typeof listAccounts>>[number];

const columns = columnsOf<Account>([
  { header: "Email", rowHeader: true, cell: (account) => <Link href={`/admin/users/${account.id}`}>{account.email}</Link> },
  { header: "Name", cell: (account) => account.name },
  { header: "Role", cell: (account) => roles.labels[account.role] },
  { header: "Team", cell: (account) => account.team ?? "—" },
  { header: "Status", cell: (account) => (account.disabled ? <strong className="govuk-tag govuk-tag--orange">Disabled</strong> : "Active") },
  { header: "Last sign-in", cell: (account) => (account.lastSignInAt ? formatDateTime(account.lastSignInAt) : "Never") },
  { header: "Open sessions", numeric: true, cell: (account) => account.openSessions },
]);

export default async function UsersPage() {
  await requirePagePermission("users:manage");
  const accounts = await listAccounts(await getDb());
  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      <p className="govuk-body-l">Accounts, their roles and their sessions. Every change here is written to the audit trail.</p>
      <DataTable
        caption={
          <>
            Accounts <span className="app-unit">({accounts.length})</span>
          </>
        }
        columns={columns}
        rows={accounts}
        rowKey={(account) => String(account.id)}
      />
      <Section title="Create an account" id="create-title">
        <CreateUserForm />
      </Section>
    </>
  );
}
