"use client";

import { InlineError } from "@/components/ui/inline-error";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { decideAppPermissionAction, revokeAppPermissionAction } from "../actions";
import { Choices, TextField, TextareaField } from "@/components/ui/field";

/** Approve with an expiry date, or refuse with a reason the requester will see. */
export function DecideForm({ requestRef, suggestedExpiry }: { requestRef: string; suggestedExpiry: string }) {
  const { state, pending, formProps } = useKeptFormAction(decideAppPermissionAction);
  // One form per request on the page: ids carry the request.
  const idPrefix = `${requestRef}-`;
  return (
    <form {...formProps} noValidate>
      <InlineError state={state} />
      <input type="hidden" name="ref" value={requestRef} />
      <Choices
        type="radio"
        name="decision"
        idPrefix={idPrefix}
        state={state}
        legend={`Decision on ${requestRef}`}
        options={[
          { value: "approved", label: "Approve" },
          { value: "refused", label: "Refuse" },
        ]}
        inline
        small
      />
      <TextField
        name="expiresOn"
        idPrefix={idPrefix}
        state={state}
        label="If approving: expires on"
        hint="The permission is no longer held on this day; the day before is its last."
        type="date"
        defaultValue={suggestedExpiry}
      />
      <TextareaField name="reason" idPrefix={idPrefix} state={state} label="If refusing: the reason, which the requester will see" rows={2} />
      <button type="submit" className="govuk-button" disabled={pending}>
        Record decision<span className="govuk-visually-hidden"> on {requestRef}</span>
      </button>
    </form>
  );
}

export function RevokeForm({ requestRef }: { requestRef: string }) {
  const { state, pending, formProps } = useKeptFormAction(revokeAppPermissionAction);
  return (
    <form {...formProps} className="app-inline-form" noValidate>
      <input type="hidden" name="ref" value={requestRef} />
      <TextField name="reason" idPrefix={`revoke-${requestRef}-`} state={state} label={`Reason to revoke ${requestRef}`} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Revoke<span className="govuk-visually-hidden"> {requestRef}</span>
      </button>
      <InlineError state={state} />
    </form>
  );
}
