"use client";

import Link from "next/link";
import { useActionState } from "react";
import { convertReportAction } from "../../actions";

export function ConvertButton({ reportRef }: { reportRef: string }) {
  const [state, action, pending] = useActionState(convertReportAction, null);
  if (state?.ok) {
    const caseRef = (state.data as { caseRef: string }).caseRef;
    return (
      <span role="status">
        Opened <Link href={`/cases/${caseRef}`}>{caseRef}</Link>
      </span>
    );
  }
  return (
    <form action={action}>
      <input type="hidden" name="ref" value={reportRef} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Open a case<span className="govuk-visually-hidden"> from {reportRef}</span>
      </button>
      {state && !state.ok ? <span className="govuk-error-message"> {state.error}</span> : null}
    </form>
  );
}
