import { dimensionInfo, valueLabel } from "@/lib/stats/dimensions";
import type { Pivot, PivotCell } from "@/lib/stats/builder";

function label(pivot: Pivot, dimension: Pivot["rowDimension"], key: string) {
  return dimension === "year" || dimension === "financial_year" ? key : valueLabel(dimension, key);
}

function Count({ cell, k, changed }: { cell: PivotCell; k?: number; changed?: { now: number | null } }) {
  const shown = cell.count === null ? <abbr title={`Fewer than ${k}: hidden by disclosure control`}>{`<${k}`}</abbr> : cell.count;
  if (!changed) return <>{shown}</>;
  return (
    <>
      {shown} <span className="tag tag--warning">Changed: now {changed.now === null ? `<${k}` : changed.now}</span>
    </>
  );
}

/** A statistics table as rows and columns with their totals; changes since publication flagged when given. */
export function StatsPivot({ pivot, caption, k, changes }: { pivot: Pivot; caption: string; k?: number; changes?: Map<string, { now: number | null }> }) {
  const cols = pivot.colDimension ? pivot.colKeys : [];
  const change = (row: string, col: string) => changes?.get(`${row}\u0000${col}`);
  return (
    <table className="pivot">
      <caption>
        {caption} <span className="unit">(counting unit: subject officers)</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            {dimensionInfo[pivot.rowDimension].label}
            {pivot.colDimension ? ` \\ ${dimensionInfo[pivot.colDimension].label}` : ""}
          </th>
          {cols.map((col) => (
            <th key={col} scope="col" className="num">
              {label(pivot, pivot.colDimension!, col)}
            </th>
          ))}
          <th scope="col" className="num">
            {pivot.colDimension ? "Total" : "Subject officers"}
          </th>
        </tr>
      </thead>
      <tbody>
        {pivot.rowKeys.map((row) => (
          <tr key={row}>
            <th scope="row">{label(pivot, pivot.rowDimension, row)}</th>
            {cols.map((col) => (
              <td key={col} className="num">
                <Count cell={pivot.cell(row, col)} k={k} changed={change(row, col)} />
              </td>
            ))}
            <td className="num">
              <Count cell={pivot.rowTotal(row)} k={k} changed={change(row, pivot.colDimension ? "Total" : "count")} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {cols.map((col) => (
            <td key={col} className="num">
              <Count cell={pivot.colTotal(col)} k={k} changed={change("Total", col)} />
            </td>
          ))}
          <td className="num">
            <Count cell={pivot.grand} k={k} changed={change("Total", "Total")} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
