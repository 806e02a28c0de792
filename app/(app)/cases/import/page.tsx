import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listCaseImports } from "@/db/queries/case-import";
import { requirePagePermission } from "@/lib/auth/session";
import { importColumns } from "@/lib/cases/import-columns";
import { formatDateTime } from "@/lib/format";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Import historical records" };

export default async function ImportCasesPage() {
  await requirePagePermission("cases:import");
  const imports = await listCaseImports(await getDb());
  return (
    <>
      <p>
        <Link href="/cases">Back to cases</Link>
      </p>
      <h1 className="govuk-heading-l">Import historical records</h1>
      <p className="lede">
        Bring finished cases from a spreadsheet or an old system: one row for each subject officer. The whole file is
        checked first; if any row has a problem, nothing is imported and every problem is listed by row and column.
        Importing the same rows again adds nothing.
      </p>
      <p>
        <a href="/api/cases/import/template" download>
          Download the template (CSV)
        </a>{" "}
        with the header row and one example row. Save your file as CSV UTF-8, at most 50 MB and 200,000 rows.
      </p>

      <ImportForm />

      <section className="section" aria-labelledby="columns-title">
        <h2 className="govuk-heading-m" id="columns-title">The columns</h2>
        <p>
          Rows of one case repeat its case columns (recorded_on to summary). Dates are written 2019-03-31 or 31/03/2019.
          Values may be given as shown here or by their names (“Chief Inspector” for chief_inspector).
        </p>
        <table>
          <caption className="visually-hidden">Each column of the import file</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Required</th>
              <th scope="col">What it holds</th>
              <th scope="col">Allowed values</th>
            </tr>
          </thead>
          <tbody>
            {importColumns.map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{column.name}</code>
                </th>
                <td>{column.required ? "Required" : "Optional"}</td>
                <td>{column.description}</td>
                <td>{column.vocabulary ? column.vocabulary.keys.join(", ") : `For example ${column.example}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="section" aria-labelledby="imports-title">
        <h2 className="govuk-heading-m" id="imports-title">Recent imports</h2>
        {imports.length === 0 ? (
          <p>No file has been imported yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">File</th>
                <th scope="col">By</th>
                <th scope="col">Rows</th>
                <th scope="col">Cases added</th>
                <th scope="col">Subject records added</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((i) => (
                <tr key={i.id}>
                  <td>{formatDateTime(i.importedAt)}</td>
                  <td>{i.fileName}</td>
                  <td>{i.importedByName}</td>
                  <td>{i.rowCount.toLocaleString("en-GB")}</td>
                  <td>{i.casesAdded.toLocaleString("en-GB")}</td>
                  <td>{i.subjectsAdded.toLocaleString("en-GB")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
