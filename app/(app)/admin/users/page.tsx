import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listAccounts } from "@/db/queries/admin-users";
import { requirePagePermission } from "@/lib/auth/session";
import { roles } from "@/lib/vocabulary";
import { CreateUserForm } from "./_components/create-user-form";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requirePagePermission("users:manage");
  const accounts = await listAccounts(await getDb());
  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      <p className="lede">Accounts, their roles and their sessions. Every change here is written to the audit trail.</p>
      <table>
        <caption>
          Accounts <span className="unit">({accounts.length})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Team</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            <th scope="col" className="num">
              Open sessions
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                <Link href={`/admin/users/${account.id}`}>{account.email}</Link>
              </th>
              <td>{account.name}</td>
              <td>{roles.labels[account.role]}</td>
              <td>{account.team ?? "—"}</td>
              <td>{account.disabled ? <span className="tag tag--warning">Disabled</span> : "Active"}</td>
              <td>{account.lastSignInAt ? formatDateTime(account.lastSignInAt) : "Never"}</td>
              <td className="num">{account.openSessions}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="section" aria-labelledby="create-title">
        <h2 className="govuk-heading-m" id="create-title">Create an account</h2>
        <CreateUserForm />
      </section>
    </>
  );
}
