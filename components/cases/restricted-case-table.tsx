import { Link } from "@/components/ui/link";
import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { formatDate, formatDateTime } from "@/lib/format";

interface RestrictedCaseRow {
  id: number;
  ref: string;
  recordedOn: string;
  myAccessUntil: Date | null;
  myRequestWaiting: boolean;
  peopleWithAccess: number;
}

function yourAccess(row: RestrictedCaseRow): string {
  if (row.myAccessUntil) return `Yours until ${formatDateTime(row.myAccessUntil)}`;
  if (row.myRequestWaiting) return "Asked for: waits for a second supervisor";
  return "None";
}

const columns = columnsOf<RestrictedCaseRow>([
  { header: "Reference", rowHeader: true, cell: (row) => <Link href={`/cases/${row.ref}`}>{row.ref}</Link> },
  { header: "Recorded", cell: (row) => formatDate(row.recordedOn) },
  { header: "Your access", cell: yourAccess },
  { header: "People with access", numeric: true, cell: (row) => row.peopleWithAccess },
]);

/** Restricted cases as a supervisor may list them without a grant: no status, summary or names. */
export function RestrictedCaseTable({ rows }: { rows: RestrictedCaseRow[] }) {
  return <DataTable caption="Restricted cases, newest first" captionHidden columns={columns} rows={rows} rowKey={(row) => String(row.id)} />;
}
