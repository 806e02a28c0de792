"use client";

export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button type="button" className="govuk-button govuk-button--secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
