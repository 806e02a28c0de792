import { TotalsFooter } from "@/components/data-table/data-table";
import { dimensionInfo } from "@/lib/stats/dimensions";
import type { Pivot, PivotCell } from "@/lib/stats/builder";
import { keyLabel } from "@/lib/stats/grid";
import { SUPPRESSED } from "@/lib/stats/suppression";

function label(_pivot: Pivot, dimension: Pivot["rowDimension"], key: string) {
  return keyLabel(dimension, key);
}

/** A withheld figure: the one symbol, with its meaning for screen readers and on hover. */
export function Withheld() {
  return <abbr title="Withheld to protect the people counted">{SUPPRESSED}</abbr>;
}

function Count({ cell, changed }: { cell: PivotCell; changed?: { now: number | null } }) {
  const shown = cell.count === null ? <Withheld /> : cell.count;
  if (!changed) return <>{shown}</>;
  return (
    <>
      {shown} <span className="govuk-tag govuk-tag--orange">Changed: now {changed.now === null ? SUPPRESSED : changed.now}</span>
    </>
  );
}

/** A statistics table as rows and columns with their totals; changes since publication flagged when given. */
export function StatsPivot({ pivot, caption, changes }: { pivot: Pivot; caption: string; changes?: Map<string, { now: number | null }> }) {
  const cols = pivot.colDimension ? pivot.colKeys : [];
  const change = (row: string, col: string) => changes?.get(`${row}\u0000${col}`);
  return (
    <table className="govuk-table app-pivot">
      <caption className="govuk-table__caption govuk-table__caption--s">
        {caption} <span className="app-unit">(counting unit: subject officers)</span>
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th className="govuk-table__header" scope="col">
            {dimensionInfo[pivot.rowDimension].label}
          </th>
          {cols.map((col) => (
            <th key={col} scope="col" className="govuk-table__header govuk-table__header--numeric">
              {label(pivot, pivot.colDimension!, col)}
            </th>
          ))}
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {pivot.colDimension ? "Total" : "Subject officers"}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {pivot.rowKeys.map((row) => (
          <tr className="govuk-table__row" key={row}>
            <th className="govuk-table__header" scope="row">
              {label(pivot, pivot.rowDimension, row)}
            </th>
            {cols.map((col) => (
              <td key={col} className="govuk-table__cell govuk-table__cell--numeric">
                <Count cell={pivot.cell(row, col)} changed={change(row, col)} />
              </td>
            ))}
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Count cell={pivot.rowTotal(row)} changed={change(row, pivot.colDimension ? "Total" : "count")} />
            </td>
          </tr>
        ))}
      </tbody>
      <TotalsFooter
        figures={[
          ...cols.map((col) => ({ key: col, figure: <Count cell={pivot.colTotal(col)} changed={change("Total", col)} /> })),
          { key: "Total", figure: <Count cell={pivot.grand} changed={change("Total", "Total")} /> },
        ]}
      />
    </table>
  );
}
