"use client";

import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { MAX_GRANT_DAYS } from "@/lib/validation/case-access";
import { approveCaseAccessAction, grantCaseAccessAction, revokeCaseAccessAction } from "../../actions";
import { TextField } from "@/components/ui/field";

export function GrantAccessForm({ caseRef }: { caseRef: string }) {
  const { state, pending, formProps } = useKeptFormAction(grantCaseAccessAction);
  return (
    <form {...formProps} noValidate aria-label="Grant access">
      <FormStatus state={state} />
      <input type="hidden" name="ref" value={caseRef} />
      <TextField name="email" label="Email of the investigator or supervisor" state={state} type="email" autoComplete="off" />
      <TextField name="reason" label="Reason" state={state} />
      <TextField name="days" label={<>For how many days (1 to {MAX_GRANT_DAYS})</>} state={state} inputMode="numeric" defaultValue="7" />
      <button type="submit" className="govuk-button" disabled={pending}>
        Grant access
      </button>
    </form>
  );
}

/** A second supervisor approves a supervisor's request for their own access (two-person rule). */
export function ApproveAccessButton({ caseRef, grantId, label }: { caseRef: string; grantId: number; label: string }) {
  const { state, pending, formProps } = useKeptFormAction(approveCaseAccessAction);
  return (
    <form {...formProps} className="app-inline-form">
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="grantId" value={grantId} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        {label}
      </button>
      {state ? (
        <span className={state.ok ? "" : "error-text"} role="status">
          {" "}
          {state.ok ? state.message : state.error}
        </span>
      ) : null}
    </form>
  );
}

export function RevokeAccessButton({ caseRef, grantId, label = "End access" }: { caseRef: string; grantId: number; label?: string }) {
  const { state, pending, formProps } = useKeptFormAction(revokeCaseAccessAction);
  return (
    <form {...formProps}>
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="grantId" value={grantId} />
      <button type="submit" className="app-link-button" disabled={pending}>
        {label}
      </button>
      {state && !state.ok ? <span className="govuk-error-message"> {state.error}</span> : null}
    </form>
  );
}
