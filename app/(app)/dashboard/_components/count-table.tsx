import { Withheld } from "@/components/stats-pivot";
import { columnsOf, DataTable } from "@/components/data-table/data-table";

/** A chart's numbers as a table; a withheld figure shows as [c]. The total is given, not summed, so that it is read as published. */
export function CountTable({
  caption,
  heading,
  unit,
  rows,
  total,
}: {
  caption: string;
  heading: string;
  unit: string;
  rows: { key: string; label: string; count: number | null }[];
  /** Omitted where the rows overlap (Standards), so that a total would mislead. */
  total?: number | null;
}) {
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={columnsOf<(typeof rows)[number]>([
        { header: heading, rowHeader: true, cell: (row) => row.label },
        { header: unit, numeric: true, cell: (row) => (row.count === null ? <Withheld /> : row.count) },
      ])}
      rows={rows}
      rowKey={(row) => String(row.key)}
      footer={
        total === undefined ? undefined : (
          <tfoot>
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="row">
                Total
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{total === null ? <Withheld /> : total}</td>
            </tr>
          </tfoot>
        )
      }
    />
  );
}
