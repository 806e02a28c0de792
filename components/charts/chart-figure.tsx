import type { ReactNode } from "react";

/**
 * A chart with its title, counting unit, a table of the same numbers for screen
 * readers and keyboard users (a native disclosure, reachable with Tab and Enter) and a
 * CSV of its own numbers.
 */
export function ChartFigure({
  id,
  title,
  unit,
  csvHref,
  chart,
  table,
}: {
  id: string;
  title: string;
  unit: "subject officers" | "cases";
  csvHref: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 className="govuk-heading-m" id={`${id}-title`}>{title}</h2>
        <p className="unit">Counting unit: {unit}</p>
      </figcaption>
      <div className="chart__plot" aria-hidden="true">
        {chart}
      </div>
      <details className="chart__table">
        <summary>Show &ldquo;{title}&rdquo; as a table</summary>
        {table}
      </details>
      <p className="no-print">
        <a href={csvHref} download>
          Download CSV<span className="govuk-visually-hidden"> of {title}</span>
        </a>
      </p>
    </figure>
  );
}
