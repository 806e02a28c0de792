import type { ReactNode } from "react";

/** A filter or query form's one button (`label`), in GOV.UK's button group with any links beside it. */
export function SubmitGroup({ label, children }: { label: ReactNode; children?: ReactNode }) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button">
        {label}
      </button>
      {children}
    </div>
  );
}
