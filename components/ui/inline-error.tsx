import type { FormState } from "./form-status";

/**
 * The refusal of a small form repeated down a page (one per row), where ids cannot be
 * unique enough for the error summary's links: the message and each field's problem.
 * Success needs no message here: the page is revalidated and shows what changed.
 */
export function InlineError({ state }: { state: FormState }) {
  if (!state || state.ok) return null;
  return (
    <div role="alert" className="govuk-error-message">
      <p>{state.error}</p>
      {state.fieldErrors ? (
        <ul>
          {Object.values(state.fieldErrors).map((messages) => (
            <li key={messages.join()}>{messages.join(" ")}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
