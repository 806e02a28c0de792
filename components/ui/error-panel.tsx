import type { ReactNode } from "react";

/** A problem with the whole page (a refused filter, a paused search), in GOV.UK's error summary style. */
export function ErrorPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="govuk-error-summary" role="alert">
      <h2 className="govuk-error-summary__title">{title}</h2>
      <div className="govuk-error-summary__body">{children}</div>
    </div>
  );
}
