import { dimensionInfo, valueLabel } from "@/lib/stats/dimensions";
import type { StatsResult } from "@/lib/stats/result";

/** One dimension's counts as an accessible table, with its counting unit and total. */
export function StatsTable({ result, caption }: { result: StatsResult; caption: string }) {
  const dimension = result.dimensions[0]!;
  const id = `stats-${dimension}`;
  return (
    <table aria-describedby={`${id}-unit`}>
      <caption>
        {caption} <span className="unit" id={`${id}-unit`}>(counting unit: subject officers)</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{dimensionInfo[dimension].label}</th>
          <th scope="col" className="num">
            Subject officers
          </th>
        </tr>
      </thead>
      <tbody>
        {result.rows.map((row) => (
          <tr key={String(row[dimension])}>
            <th scope="row">{dimension === "year" ? String(row[dimension]) : valueLabel(dimension, String(row[dimension]))}</th>
            <td className="num">{row.count}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="num">{result.total}</td>
        </tr>
      </tfoot>
    </table>
  );
}
