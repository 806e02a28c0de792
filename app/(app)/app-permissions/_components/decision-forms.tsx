"use client";

import { useActionState } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { decideAppPermissionAction, revokeAppPermissionAction } from "../actions";

/** Approve with an expiry date, or refuse with a reason the requester will see. */
export function DecideForm({ requestRef, suggestedExpiry }: { requestRef: string; suggestedExpiry: string }) {
  const [state, action, pending] = useActionState(decideAppPermissionAction, null);
  const id = (name: string) => `${name}-${requestRef}`;
  return (
    <form action={action} noValidate>
      <InlineError state={state} />
      <input type="hidden" name="ref" value={requestRef} />
      <fieldset className="field">
        <legend>Decision on {requestRef}</legend>
        <label className="checkbox">
          <input type="radio" name="decision" value="approved" /> Approve
        </label>
        <label className="checkbox">
          <input type="radio" name="decision" value="refused" /> Refuse
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={id("expiresOn")}>If approving: expires on</label>
        <p className="hint" id={id("expiresOn-hint")}>
          The permission is no longer held on this day; the day before is its last.
        </p>
        <input id={id("expiresOn")} name="expiresOn" type="date" defaultValue={suggestedExpiry} aria-describedby={id("expiresOn-hint")} />
      </div>
      <div className="field">
        <label htmlFor={id("reason")}>If refusing: the reason, which the requester will see</label>
        <textarea id={id("reason")} name="reason" rows={2} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Record decision<span className="visually-hidden"> on {requestRef}</span>
      </button>
    </form>
  );
}

export function RevokeForm({ requestRef }: { requestRef: string }) {
  const [state, action, pending] = useActionState(revokeAppPermissionAction, null);
  return (
    <form action={action} className="inline-form" noValidate>
      <input type="hidden" name="ref" value={requestRef} />
      <div className="field">
        <label htmlFor={`revoke-reason-${requestRef}`}>Reason to revoke {requestRef}</label>
        <input id={`revoke-reason-${requestRef}`} name="reason" />
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        Revoke<span className="visually-hidden"> {requestRef}</span>
      </button>
      <InlineError state={state} />
    </form>
  );
}
