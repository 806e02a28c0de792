import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listAccounts } from "@/db/queries/admin-users";
import { requirePagePermission } from "@/server/auth/session";
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
      <p className="govuk-body-l">Accounts, their roles and their sessions. Every change here is written to the audit trail.</p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Accounts <span className="app-unit">({accounts.length})</span>
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="col">Email</th>
            <th className="govuk-table__header" scope="col">Name</th>
            <th className="govuk-table__header" scope="col">Role</th>
            <th className="govuk-table__header" scope="col">Team</th>
            <th className="govuk-table__header" scope="col">Status</th>
            <th className="govuk-table__header" scope="col">Last sign-in</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Open sessions
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {accounts.map((account) => (
            <tr className="govuk-table__row" key={account.id}>
              <th className="govuk-table__header" scope="row">
                <Link href={`/admin/users/${account.id}`}>{account.email}</Link>
              </th>
              <td className="govuk-table__cell">{account.name}</td>
              <td className="govuk-table__cell">{roles.labels[account.role]}</td>
              <td className="govuk-table__cell">{account.team ?? "—"}</td>
              <td className="govuk-table__cell">{account.disabled ? <span className="govuk-tag govuk-tag--orange">Disabled</span> : "Active"}</td>
              <td className="govuk-table__cell">{account.lastSignInAt ? formatDateTime(account.lastSignInAt) : "Never"}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{account.openSessions}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="app-section" aria-labelledby="create-title">
        <h2 className="govuk-heading-m" id="create-title">Create an account</h2>
        <CreateUserForm />
      </section>
    </>
  );
}
