"use client";

import { useActionState } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { MAX_GRANT_DAYS } from "@/lib/validation/case-access";
import { approveCaseAccessAction, grantCaseAccessAction, revokeCaseAccessAction } from "../../actions";

export function GrantAccessForm({ caseRef }: { caseRef: string }) {
  const [state, action, pending] = useActionState(grantCaseAccessAction, null);
  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="ref" value={caseRef} />
      <div className="field">
        <label htmlFor="email">Email of the investigator or supervisor</label>
        <FieldError state={state} name="email" />
        <input id="email" name="email" type="email" autoComplete="off" {...invalidProps(state, "email")} />
      </div>
      <div className="field">
        <label htmlFor="reason">Reason</label>
        <FieldError state={state} name="reason" />
        <input id="reason" name="reason" {...invalidProps(state, "reason")} />
      </div>
      <div className="field">
        <label htmlFor="days">For how many days (1 to {MAX_GRANT_DAYS})</label>
        <FieldError state={state} name="days" />
        <input id="days" name="days" inputMode="numeric" defaultValue="7" {...invalidProps(state, "days")} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Grant access
      </button>
    </form>
  );
}

/** A second supervisor approves a supervisor's request for their own access (two-person rule). */
export function ApproveAccessButton({ caseRef, grantId, label }: { caseRef: string; grantId: number; label: string }) {
  const [state, action, pending] = useActionState(approveCaseAccessAction, null);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="grantId" value={grantId} />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {label}
      </button>
      {state ? <span className={state.ok ? "" : "error-text"} role="status"> {state.ok ? state.message : state.error}</span> : null}
    </form>
  );
}

export function RevokeAccessButton({ caseRef, grantId, label = "End access" }: { caseRef: string; grantId: number; label?: string }) {
  const [state, action, pending] = useActionState(revokeCaseAccessAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="grantId" value={grantId} />
      <button type="submit" className="button--link" disabled={pending}>
        {label}
      </button>
      {state && !state.ok ? <span className="error-text"> {state.error}</span> : null}
    </form>
  );
}
