import type { ReactNode } from "react";

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  /** A link or button that changes this row, shown at its end. */
  action?: ReactNode;
}

/** GOV.UK summary list: what a record holds, one key and value a row. Rows given as null are left out. */
export function SummaryList({ rows, noBorder, className }: { rows: (SummaryRow | null | false | undefined)[]; noBorder?: boolean; className?: string }) {
  const shown = rows.filter((row): row is SummaryRow => !!row);
  const anyAction = shown.some((row) => row.action);
  return (
    <dl className={`govuk-summary-list${noBorder ? " govuk-summary-list--no-border" : ""}${className ? ` ${className}` : ""}`}>
      {shown.map((row, i) => (
        <div key={i} className={`govuk-summary-list__row${anyAction && !row.action ? " govuk-summary-list__row--no-actions" : ""}`}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? <dd className="govuk-summary-list__actions">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
