"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { MAX_GRANT_DAYS } from "@/lib/validation/case-access";
import { approveCaseAccessAction, grantCaseAccessAction, revokeCaseAccessAction } from "../../actions";
import { TextField } from "@/components/ui/field";

export function GrantAccessForm({ caseRef }: { caseRef: string }) {
  const [state, action, pending] = useActionState(grantCaseAccessAction, null);
  return (
    <form action={action} noValidate>
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
  const [state, action, pending] = useActionState(approveCaseAccessAction, null);
  return (
    <form action={action} className="app-inline-form">
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
  const [state, action, pending] = useActionState(revokeCaseAccessAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="grantId" value={grantId} />
      <button type="submit" className="app-link-button" disabled={pending}>
        {label}
      </button>
      {state && !state.ok ? <span className="govuk-error-message"> {state.error}</span> : null}
    </form>
  );
}
