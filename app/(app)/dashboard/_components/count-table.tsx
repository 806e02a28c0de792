import { Withheld } from "@/components/stats-pivot";

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
    <table className="govuk-table">
      <caption className="govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th className="govuk-table__header" scope="col">{heading}</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {unit}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            <th className="govuk-table__header" scope="row">{row.label}</th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{row.count === null ? <Withheld /> : row.count}</td>
          </tr>
        ))}
      </tbody>
      {total !== undefined ? (
        <tfoot>
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="row">Total</th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{total === null ? <Withheld /> : total}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
