"use client";

import { useEffect, useRef } from "react";

export type FormState = { ok: true; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> } | null;

/**
 * The result of a form's action: GOV.UK's error summary, which takes focus and links
 * each problem to its field, or a success banner. `idPrefix` keeps field ids unique
 * where a page has several forms alike.
 */
export function FormStatus({ state, idPrefix = "" }: { state: FormState; idPrefix?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  if (!state) return null;
  if (state.ok) {
    return (
      <div className="govuk-notification-banner govuk-notification-banner--success" role="status" tabIndex={-1} ref={ref}>
        <div className="govuk-notification-banner__header">
          <p className="govuk-notification-banner__title">Success</p>
        </div>
        <div className="govuk-notification-banner__content">
          <p className="govuk-notification-banner__heading">{state.message ?? "Saved."}</p>
        </div>
      </div>
    );
  }
  return <ErrorSummary ref={ref} message={state.error} fieldErrors={state.fieldErrors} idPrefix={idPrefix} />;
}

/** GOV.UK error summary: the refusal, then one link per field problem to the field itself. */
export function ErrorSummary({
  message,
  fieldErrors,
  idPrefix = "",
  ref,
}: {
  message: string;
  fieldErrors?: Record<string, string[]>;
  idPrefix?: string;
  ref?: React.Ref<HTMLDivElement>;
}) {
  return (
    <div className="govuk-error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="govuk-error-summary__title">There is a problem</h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">{message}</p>
        {fieldErrors ? (
          <ul className="govuk-list govuk-error-summary__list">
            {Object.entries(fieldErrors).map(([field, messages]) => (
              <li key={field}>
                <a href={`#${idPrefix}${field}`}>{messages.join(" ")}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

export function fieldErrorOf(state: FormState, name: string): string | undefined {
  const messages = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  return messages?.join(" ");
}
