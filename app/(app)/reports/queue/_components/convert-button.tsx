"use client";

import { Link } from "@/components/ui/link";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { convertReportAction } from "../../actions";

export function ConvertButton({ reportRef }: { reportRef: string }) {
  const { state, pending, formProps } = useKeptFormAction(convertReportAction);
  if (state?.ok) {
    const caseRef = state.data.caseRef;
    return (
      <span role="status">
        Opened <Link href={`/cases/${caseRef}`}>{caseRef}</Link>
      </span>
    );
  }
  return (
    <form {...formProps}>
      <input type="hidden" name="ref" value={reportRef} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Open a case<span className="govuk-visually-hidden"> from {reportRef}</span>
      </button>
      {state && !state.ok ? <span className="govuk-error-message"> {state.error}</span> : null}
    </form>
  );
}
