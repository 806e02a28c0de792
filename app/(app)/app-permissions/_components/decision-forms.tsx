"use client";

import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { CheckBeforeSending, useCheckAnswers } from "@/components/ui/check-answers";
import { InlineError } from "@/components/ui/inline-error";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { decideAppPermissionAction, revokeAppPermissionAction } from "../actions";
import { Choices, TextField, TextareaField } from "@/components/ui/field";

const Announce = createContext<(message: string) => void>(() => {});

/**
 * The requests waiting for a decision, with what the last decision did above them: a
 * decided request leaves the list, so its confirmation cannot stay beside it.
 */
export function DecisionsAnnounced({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) banner.current?.focus();
  }, [message]);
  return (
    <Announce value={setMessage}>
      {message ? (
        <NotificationBanner kind="success" role="status" ref={banner}>
          <p className="govuk-notification-banner__heading">{message}</p>
        </NotificationBanner>
      ) : null}
      {children}
    </Announce>
  );
}

/** Approve with an expiry date, or refuse with a reason the requester will see; the answers are checked first. */
export function DecideForm({ requestRef, suggestedExpiry }: { requestRef: string; suggestedExpiry: string }) {
  const announce = useContext(Announce);
  // Announced as the answer arrives, not after: the same render removes this form, and with it any effect of its own.
  const decide: typeof decideAppPermissionAction = async (previous, formData) => {
    const result = await decideAppPermissionAction(previous, formData);
    if (result.ok) announce(result.data.message);
    return result;
  };
  const { state, pending, formProps } = useKeptFormAction(decide);
  const check = useCheckAnswers(state, formProps.onSubmit, [{ question: "Request", answer: requestRef }]);
  // One form per request on the page: ids carry the request.
  const idPrefix = `${requestRef}-`;
  return (
    <form {...formProps} onSubmit={check.onSubmit} noValidate>
      <InlineError state={state} />
      <input type="hidden" name="ref" value={requestRef} />
      <CheckBeforeSending
        check={check}
        title={`decision on ${requestRef}`}
        warning="The requester is told at once. An approval can be revoked later; a refusal stands."
        confirmLabel="Confirm the decision"
        pending={pending}
        fields={
          <>
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
          </>
        }
        button={
          <button type="submit" className="govuk-button" disabled={pending}>
            Record decision<span className="govuk-visually-hidden"> on {requestRef}</span>
          </button>
        }
      />
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
