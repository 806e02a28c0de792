import type { ReactNode } from "react";
import type { FormState } from "./form-status";

/**
 * The result of a small form repeated down a page (one per row), where ids cannot be
 * unique enough for the error summary's links: the message and each field's problem.
 */
export function InlineResult({ state, after }: { state: FormState; after?: ReactNode }) {
  if (!state) return null;
  if (state.ok)
    return (
      <p role="status">
        {state.message ?? "Saved."} {after}
      </p>
    );
  return (
    <div role="alert" className="error-text">
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
