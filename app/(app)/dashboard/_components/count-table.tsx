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
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="num">
            {unit}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.count === null ? <Withheld /> : row.count}</td>
          </tr>
        ))}
      </tbody>
      {total !== undefined ? (
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num">{total === null ? <Withheld /> : total}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
