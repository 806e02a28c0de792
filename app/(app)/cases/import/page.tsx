import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { getDb } from "@/db";
import { listCaseImports } from "@/db/queries/case-import";
import { requirePagePermission } from "@/server/auth/session";
import { importColumns } from "@/lib/cases/import-columns";
import { formatDateTime } from "@/lib/format";
import { ImportForm } from "./_components/import-form";
import { columnsOf, DataTable, TableOrEmpty } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Import historical records" };

export default async function ImportCasesPage() {
  await requirePagePermission("cases:import");
  const imports = await listCaseImports(await getDb());
  return (
    <>
      <PageHeading
        back={{ href: "/cases", text: "Back to cases" }}
        title="Import historical records"
        lede="Bring finished cases from a spreadsheet or an old system: one row for each subject officer. The whole file is checked first; if any row has a problem, nothing is imported and every problem is listed by row and column. Importing the same rows again adds nothing."
      />
      <p>
        <a href="/api/cases/import/template" download>
          Download the template (CSV)
        </a>{" "}
        with the header row and one example row. Save your file as CSV UTF-8, at most 50 MB and 200,000 rows.
      </p>

      <ImportForm />

      <Section title="The columns" id="columns-title">
        <p>
          Rows of one case repeat its case columns (recorded_on to summary). Dates are written 2019-03-31 or 31/03/2019. Values may be given as shown here or by
          their names (“Chief Inspector” for chief_inspector).
        </p>
        <DataTable
          caption="Each column of the import file"
          captionHidden
          columns={columnsOf<(typeof importColumns)[number]>([
            {
              header: "Column",
              rowHeader: true,
              cell: (column) => <code>{column.name}</code>,
            },
            { header: "Required", cell: (column) => (column.required ? "Required" : "Optional") },
            { header: "What it holds", cell: (column) => column.description },
            { header: "Allowed values", cell: (column) => <>{column.vocabulary ? column.vocabulary.keys.join(", ") : `For example ${column.example}`}</> },
          ])}
          rows={importColumns}
          rowKey={(column) => String(column.name)}
        />
      </Section>

      <Section title="Recent imports" id="imports-title">
        <TableOrEmpty
          rows={imports}
          empty={<p>No file has been imported yet.</p>}
          caption="Recent imports, newest first"
          rowKey={(i) => String(i.id)}
          columns={[
            { header: "When", cell: (i) => formatDateTime(i.importedAt) },
            { header: "File", cell: (i) => i.fileName },
            { header: "By", cell: (i) => i.importedByName },
            { header: "Rows", numeric: true, cell: (i) => i.rowCount.toLocaleString("en-GB") },
            { header: "Cases added", numeric: true, cell: (i) => i.casesAdded.toLocaleString("en-GB") },
            { header: "Subject records added", numeric: true, cell: (i) => i.subjectsAdded.toLocaleString("en-GB") },
          ]}
        />
      </Section>
    </>
  );
}
