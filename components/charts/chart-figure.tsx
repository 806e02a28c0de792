import type { ReactNode } from "react";
import { Details } from "@/components/ui/details";

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
    <figure className="app-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 className="govuk-heading-m" id={`${id}-title`}>
          {title}
        </h2>
        <p className="govuk-hint">Counting unit: {unit}</p>
      </figcaption>
      <div className="app-chart__plot" aria-hidden="true">
        {chart}
      </div>
      <Details className="app-chart__table" summary={<>Show &ldquo;{title}&rdquo; as a table</>}>
        {table}
      </Details>
      <p className="no-print">
        <a href={csvHref} download>
          Download CSV<span className="govuk-visually-hidden"> of {title}</span>
        </a>
      </p>
    </figure>
  );
}
