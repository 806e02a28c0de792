import type { ReactNode } from "react";

/** GOV.UK details: a native disclosure (keyboard and screen readers need no script) with a target large enough to hit. */
export function Details({ summary, className, children }: { summary: ReactNode; className?: string; children: ReactNode }) {
  return (
    <details className={`govuk-details${className ? ` ${className}` : ""}`}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
